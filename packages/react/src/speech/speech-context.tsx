import * as React from 'react';
import { type BrowserAdapter, browserDictation, browserSynthesis } from './browser-adapters.ts';
import type { DictationAdapter, SpeechSynthesisAdapter } from './speech-adapters.ts';
import { SpeechReader } from './speech-reader.ts';

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
  // and the first client render then agree, and the buttons appear once their adapter is there.
  const inBrowser = React.useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const synthesisAdapter = useAdapter(synthesis, inBrowser, browserSynthesis);
  const dictationAdapter = useAdapter(dictation, inBrowser, browserDictation);
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

/**
 * The adapter a setting names: none for `false`, the app's own as it is, and for `true` the
 * browser's, in a browser once its module has loaded (fetched on the first such render).
 */
function useAdapter<Adapter>(
  setting: Adapter | boolean,
  inBrowser: boolean,
  browser: BrowserAdapter<Adapter>,
): Adapter | undefined {
  const wanted = setting === true && inBrowser;
  const [factory, setFactory] = React.useState(() => browser.current);
  React.useEffect(() => {
    if (!wanted || factory) return;
    let cancelled = false;
    browser.load().then(
      (loaded) => !cancelled && setFactory(() => loaded),
      () => undefined, // a failed load leaves the service off, as where the browser has none
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, factory, browser]);
  return React.useMemo(() => {
    if (setting === false || setting === true) return wanted && factory ? factory() : undefined;
    return setting;
  }, [setting, wanted, factory]);
}

/** The speech services of the enclosing `SpeechProvider` (all undefined outside one: speech off). */
export function useSpeech(): SpeechContextValue {
  return React.useContext(SpeechContext);
}
