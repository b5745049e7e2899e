import * as React from 'react';
import type { DictationAdapter, SpeechSynthesisAdapter } from './speech-adapters.ts';
import { SpeechReader } from './speech-reader.ts';
import { webSpeechDictation } from './web-speech-dictation.ts';
import { webSpeechSynthesis } from './web-speech-synthesis.ts';

/**
 * Which speech services the kit uses. Each entry is an adapter of your own, `true` for the
 * browser's Web Speech API where the browser has it (the default for a missing entry), or
 * `false` for none. Create adapters once (outside render or in a memo): a new adapter stops
 * what the old one was reading.
 */
export interface SpeechConfig {
  /** Read replies aloud. */
  synthesis?: SpeechSynthesisAdapter | boolean | undefined;
  /** Dictate into the composer. */
  dictation?: DictationAdapter | boolean | undefined;
}

/** What `useSpeech` gives: the adapters in use (undefined where off or unsupported) and the reader. */
export interface SpeechContextValue {
  synthesis: SpeechSynthesisAdapter | undefined;
  dictation: DictationAdapter | undefined;
  /** Reads one message at a time; undefined without synthesis. */
  reader: SpeechReader | undefined;
}

const OFF: SpeechContextValue = { synthesis: undefined, dictation: undefined, reader: undefined };

const SpeechContext = React.createContext<SpeechContextValue>(OFF);

/** Props of `SpeechProvider`. */
export interface SpeechProviderProps extends SpeechConfig {
  children?: React.ReactNode;
}

const subscribeNever = () => () => {};

/**
 * Turns on read aloud and dictation for the components below it. `<AgentChatProvider speech>`
 * renders one; use it alone where components are shown without a backend. Without any, speech
 * is off and its buttons are not shown.
 * @example <SpeechProvider synthesis={myTextToSpeech} dictation={false}><Thread /></SpeechProvider>
 */
export function SpeechProvider({ synthesis = true, dictation = true, children }: SpeechProviderProps) {
  // The browser's services are looked up only after hydration: the server (which has none)
  // and the first client render then agree, and the buttons appear on the next render.
  const inBrowser = React.useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const synthesisAdapter = React.useMemo(
    () => resolve(synthesis, inBrowser, webSpeechSynthesis),
    [synthesis, inBrowser],
  );
  const dictationAdapter = React.useMemo(
    () => resolve(dictation, inBrowser, webSpeechDictation),
    [dictation, inBrowser],
  );
  const reader = React.useMemo(
    () => (synthesisAdapter ? new SpeechReader(synthesisAdapter) : undefined),
    [synthesisAdapter],
  );
  // Nothing keeps talking after its provider is gone (or its adapter replaced).
  React.useEffect(() => () => reader?.stop(), [reader]);
  const value = React.useMemo<SpeechContextValue>(
    () => ({ synthesis: synthesisAdapter, dictation: dictationAdapter, reader }),
    [synthesisAdapter, dictationAdapter, reader],
  );
  return <SpeechContext.Provider value={value}>{children}</SpeechContext.Provider>;
}

function resolve<Adapter>(
  setting: Adapter | boolean,
  inBrowser: boolean,
  browserDefault: () => Adapter | undefined,
): Adapter | undefined {
  if (setting === false) return undefined;
  if (setting === true) return inBrowser ? browserDefault() : undefined;
  return setting;
}

/** The speech services of the enclosing `SpeechProvider` (all undefined outside one: speech off). */
export function useSpeech(): SpeechContextValue {
  return React.useContext(SpeechContext);
}
