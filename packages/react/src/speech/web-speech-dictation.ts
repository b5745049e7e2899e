import type {
  DictationAdapter,
  DictationSession,
  DictationStatus,
  ListenOptions,
} from './speech-adapters.ts';
import { StatusStore } from './status-store.ts';

/** One alternative of a recognition result (the best one is first). */
interface RecognitionAlternative {
  transcript: string;
}

/** One recognition result: its alternatives, and whether it is settled. */
interface RecognitionResult extends ArrayLike<RecognitionAlternative> {
  isFinal: boolean;
}

/** The parts of a `SpeechRecognition` the adapter uses (typed here: only Chromium's is prefixed). */
export interface RecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onstart: ((event: Event) => void) | null;
  onresult: ((event: { results: ArrayLike<RecognitionResult> }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: ((event: Event) => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

/** A `SpeechRecognition` constructor (or a fake in tests). */
export type RecognitionConstructor = new () => RecognitionLike;

/** Options of `webSpeechDictation`. */
export interface WebSpeechDictationOptions {
  /** The recognition class to use; the browser's (`SpeechRecognition` or `webkitSpeechRecognition`) when absent. */
  SpeechRecognition?: RecognitionConstructor | undefined;
}

/** The browser's recognition class, or undefined where there is none (server, Firefox). */
function browserRecognition(): RecognitionConstructor | undefined {
  // Read at call time, never at import, so importing the kit on a server is safe.
  const scope = globalThis as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
}

/** True where the browser can turn speech into text (`SpeechRecognition`); false on a server. */
export function supportsWebSpeechDictation(): boolean {
  return browserRecognition() !== undefined;
}

/**
 * Speech to text over the browser's `SpeechRecognition` (prefixed in Chromium and Safari), or
 * undefined where the browser has none. Listens continuously with interim results until
 * stopped; the browser may end a session on its own after a silence.
 * @example <AgentChatProvider backend={backend} speech={{ dictation: webSpeechDictation() }}>
 */
export function webSpeechDictation(options: WebSpeechDictationOptions = {}): DictationAdapter | undefined {
  const Recognition = options.SpeechRecognition ?? browserRecognition();
  if (!Recognition) return undefined;
  return { listen: (listenOptions) => new WebDictationSession(new Recognition(), listenOptions) };
}

/** Errors that end a session without anything having gone wrong. */
const QUIET_ENDS: Record<string, 'finished' | 'stopped'> = { 'no-speech': 'finished', aborted: 'stopped' };

class WebDictationSession implements DictationSession {
  readonly #store = new StatusStore<DictationStatus>({ type: 'starting' });
  readonly #recognition: RecognitionLike;
  #stopping = false;

  constructor(recognition: RecognitionLike, { lang, onText }: ListenOptions) {
    this.#recognition = recognition;
    recognition.lang = lang;
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.onstart = () => this.#store.set({ type: 'listening' });
    recognition.onresult = (event) => {
      if (this.#store.ended) return;
      // In continuous mode `results` holds the whole session, so the transcript is rebuilt each time.
      const final: string[] = [];
      const interim: string[] = [];
      for (const result of Array.from(event.results)) {
        const words = result[0]?.transcript.trim();
        if (words) (result.isFinal ? final : interim).push(words);
      }
      onText({ final: final.join(' '), interim: interim.join(' ') });
    };
    recognition.onerror = (event) => {
      const quiet = QUIET_ENDS[event.error];
      this.#store.set(
        quiet ? { type: 'ended', reason: quiet } : { type: 'ended', reason: 'error', error: event.error },
      );
    };
    recognition.onend = () => {
      this.#store.set({ type: 'ended', reason: this.#stopping ? 'stopped' : 'finished' });
    };
    try {
      recognition.start();
    } catch (error) {
      this.#store.set({ type: 'ended', reason: 'error', error });
    }
  }

  get status(): DictationStatus {
    return this.#store.status;
  }

  subscribe = (listener: (status: DictationStatus) => void) => this.#store.subscribe(listener);

  stop = (): void => {
    if (this.#store.ended || this.#stopping) return;
    this.#stopping = true;
    // stop(), not abort(): the words already spoken still arrive as a final result, then `end`.
    this.#recognition.stop();
  };
}
