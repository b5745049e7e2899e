/**
 * Speech adapters for stories and tests, passed in as an app passes its own: nothing is spoken
 * or heard (no audio in headless Chromium); the story moves each utterance and dictation along.
 */
import type {
  DictationAdapter,
  DictationStatus,
  DictationTranscript,
  ListenOptions,
  SpeechSynthesisAdapter,
  SpeechUtteranceStatus,
} from '@agent-chat/react';

/** A status with listeners that never leaves `ended`. */
function statusCell<Status extends { type: string }>(initial: Status) {
  let status = initial;
  const listeners = new Set<(status: Status) => void>();
  return {
    get: () => status,
    set(next: Status) {
      if (status.type === 'ended' || next.type === status.type) return;
      status = next;
      for (const listener of [...listeners]) listener(next);
    },
    subscribe(listener: (status: Status) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** One `speak` call as the story sees it. */
export interface ScriptedUtterance {
  text: string;
  lang: string;
  status(): SpeechUtteranceStatus;
  /** The voice becomes audible. */
  begin(): void;
  /** The voice reaches the end of the text. */
  finish(): void;
}

/** One `listen` call as the story sees it. */
export interface ScriptedDictation {
  lang: string;
  status(): DictationStatus;
  /** The microphone opens. */
  open(): void;
  /** The recogniser has heard this much so far. */
  hear(transcript: DictationTranscript): void;
  /** The microphone could not be used. */
  fail(error: string): void;
}

/** A synthesis and a dictation adapter, with every utterance and dictation they were asked for. */
export function scriptedSpeech() {
  const utterances: ScriptedUtterance[] = [];
  const dictations: ScriptedDictation[] = [];
  const synthesis: SpeechSynthesisAdapter = {
    speak(text, { lang }) {
      const cell = statusCell<SpeechUtteranceStatus>({ type: 'starting' });
      utterances.push({
        text,
        lang,
        status: cell.get,
        begin: () => cell.set({ type: 'speaking' }),
        finish: () => cell.set({ type: 'ended', reason: 'finished' }),
      });
      return {
        get status() {
          return cell.get();
        },
        subscribe: cell.subscribe,
        stop: () => cell.set({ type: 'ended', reason: 'stopped' }),
      };
    },
  };
  const dictation: DictationAdapter = {
    listen({ lang, onText }: ListenOptions) {
      const cell = statusCell<DictationStatus>({ type: 'starting' });
      dictations.push({
        lang,
        status: cell.get,
        open: () => cell.set({ type: 'listening' }),
        hear: (transcript) => {
          if (cell.get().type !== 'ended') onText(transcript);
        },
        fail: (error) => cell.set({ type: 'ended', reason: 'error', error }),
      });
      return {
        get status() {
          return cell.get();
        },
        subscribe: cell.subscribe,
        stop: () => cell.set({ type: 'ended', reason: 'stopped' }),
      };
    },
  };
  return { synthesis, dictation, utterances, dictations };
}

/** What `scriptedSpeech` returns. */
export type ScriptedSpeech = ReturnType<typeof scriptedSpeech>;
