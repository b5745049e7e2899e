/**
 * The seams an app plugs its own speech service into. Framework-free: an adapter is a plain
 * object, so a cloud text-to-speech or speech-to-text service fits as well as the browser's.
 */

/** Where one spoken reply is: asked for, audible, or over (and why). */
export type SpeechUtteranceStatus =
  | { type: 'starting' }
  | { type: 'speaking' }
  | { type: 'ended'; reason: 'finished' | 'stopped' | 'error'; error?: unknown };

/** One text being spoken, as `SpeechSynthesisAdapter.speak` hands it back. */
export interface SpeechUtterance {
  /** Where it is now; `ended` is final. */
  readonly status: SpeechUtteranceStatus;
  /** Hear each change of `status`; returns the unsubscribe function. */
  subscribe(listener: (status: SpeechUtteranceStatus) => void): () => void;
  /** Stop speaking now; the status becomes `ended` with reason `stopped` (no-op once ended). */
  stop(): void;
}

/** Options of one `speak` call. */
export interface SpeakOptions {
  /** BCP 47 language of the text (the kit passes its UI locale), to pick a matching voice. */
  lang: string;
}

/** Text to speech: reads a reply aloud. */
export interface SpeechSynthesisAdapter {
  speak(text: string, options: SpeakOptions): SpeechUtterance;
}

/** Where one dictation is: opening the microphone, hearing speech, or over (and why). */
export type DictationStatus =
  | { type: 'starting' }
  | { type: 'listening' }
  | { type: 'ended'; reason: 'finished' | 'stopped' | 'error'; error?: unknown };

/**
 * What was heard so far in one dictation: `final` is settled (every final result of the
 * session, in order), `interim` the tentative words after it that may still change.
 */
export interface DictationTranscript {
  final: string;
  interim: string;
}

/** Options of one `listen` call. */
export interface ListenOptions {
  /** BCP 47 language the user speaks (the kit passes its UI locale). */
  lang: string;
  /** Called with the whole transcript so far each time it changes (not only the new words). */
  onText(transcript: DictationTranscript): void;
}

/** One dictation, as `DictationAdapter.listen` hands it back. */
export interface DictationSession {
  /** Where it is now; `ended` is final. */
  readonly status: DictationStatus;
  /** Hear each change of `status`; returns the unsubscribe function. */
  subscribe(listener: (status: DictationStatus) => void): () => void;
  /** Stop listening; words already spoken may still arrive as a last `onText` before `ended`. */
  stop(): void;
}

/** Speech to text: dictates into the composer. */
export interface DictationAdapter {
  listen(options: ListenOptions): DictationSession;
}
