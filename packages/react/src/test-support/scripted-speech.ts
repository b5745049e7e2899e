import type {
  DictationAdapter,
  DictationSession,
  DictationStatus,
  DictationTranscript,
  ListenOptions,
  SpeakOptions,
  SpeechSynthesisAdapter,
  SpeechUtterance,
  SpeechUtteranceStatus,
} from '../speech/speech-adapters.ts';
import { StatusStore } from '../speech/status-store.ts';

/** An utterance a test moves along by hand. */
export interface ScriptedUtterance extends SpeechUtterance {
  text: string;
  options: SpeakOptions;
  begin(): void;
  finish(): void;
}

/** A synthesis adapter that speaks nothing and records every `speak`, as an app's own adapter would be used. */
export function scriptedSynthesis() {
  const spoken: ScriptedUtterance[] = [];
  const adapter: SpeechSynthesisAdapter = {
    speak(text, options) {
      const store = new StatusStore<SpeechUtteranceStatus>({ type: 'starting' });
      const utterance: ScriptedUtterance = {
        text,
        options,
        get status() {
          return store.status;
        },
        subscribe: store.subscribe,
        stop: () => store.set({ type: 'ended', reason: 'stopped' }),
        begin: () => store.set({ type: 'speaking' }),
        finish: () => store.set({ type: 'ended', reason: 'finished' }),
      };
      spoken.push(utterance);
      return utterance;
    },
  };
  return { adapter, spoken };
}

/** A dictation session a test moves along by hand. */
export interface ScriptedSession extends DictationSession {
  options: ListenOptions;
  open(): void;
  hear(transcript: DictationTranscript): void;
  fail(error: unknown): void;
  stopped: boolean;
}

/** A dictation adapter that hears what the test says, recording every `listen`. */
export function scriptedDictation() {
  const sessions: ScriptedSession[] = [];
  const adapter: DictationAdapter = {
    listen(options) {
      const store = new StatusStore<DictationStatus>({ type: 'starting' });
      const session: ScriptedSession = {
        options,
        stopped: false,
        get status() {
          return store.status;
        },
        subscribe: store.subscribe,
        stop() {
          session.stopped = true;
          store.set({ type: 'ended', reason: 'stopped' });
        },
        open: () => store.set({ type: 'listening' }),
        hear: (transcript) => options.onText(transcript),
        fail: (error) => store.set({ type: 'ended', reason: 'error', error }),
      };
      sessions.push(session);
      return session;
    },
  };
  return { adapter, sessions };
}
