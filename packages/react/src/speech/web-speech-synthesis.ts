import { speechChunks } from './speakable-text.ts';
import type {
  SpeakOptions,
  SpeechSynthesisAdapter,
  SpeechUtterance,
  SpeechUtteranceStatus,
} from './speech-adapters.ts';
import { StatusStore } from './status-store.ts';

/** The parts of the browser's Web Speech synthesis the adapter uses (a fake in tests). */
export interface WebSpeechSynthesisEnvironment {
  speechSynthesis: Pick<SpeechSynthesis, 'speak' | 'cancel'> & Partial<Pick<SpeechSynthesis, 'getVoices'>>;
  SpeechSynthesisUtterance: new (text?: string) => SpeechSynthesisUtterance;
}

/** Options of `webSpeechSynthesis`. */
export interface WebSpeechSynthesisOptions {
  /** Speaking rate, 0.1–10 (1 by default). */
  rate?: number;
  /** The browser objects to use; `window`'s when absent. */
  environment?: WebSpeechSynthesisEnvironment | undefined;
}

/** The browser's speech synthesis objects, or undefined where there are none (server, old browsers). */
function browserSynthesis(): WebSpeechSynthesisEnvironment | undefined {
  // Read at call time, never at import, so importing the kit on a server is safe.
  const scope = globalThis as Partial<WebSpeechSynthesisEnvironment>;
  if (!scope.speechSynthesis || typeof scope.SpeechSynthesisUtterance !== 'function') return undefined;
  return { speechSynthesis: scope.speechSynthesis, SpeechSynthesisUtterance: scope.SpeechSynthesisUtterance };
}

/** True where the browser can read text aloud (`speechSynthesis`); false on a server. */
export function supportsWebSpeechSynthesis(): boolean {
  return browserSynthesis() !== undefined;
}

/**
 * Text to speech over the browser's `speechSynthesis`, or undefined where the browser has none.
 * Long text is spoken as a queue of sentence-sized utterances (some browsers stop partway
 * through a long one); starting a new text cancels whatever the page was saying.
 * @example <AgentChatProvider backend={backend} speech={{ synthesis: webSpeechSynthesis({ rate: 1.1 }) }}>
 */
export function webSpeechSynthesis(
  options: WebSpeechSynthesisOptions = {},
): SpeechSynthesisAdapter | undefined {
  const environment = options.environment ?? browserSynthesis();
  if (!environment) return undefined;
  return {
    speak: (text, speakOptions) => new WebSpeechUtterance(environment, text, speakOptions, options.rate),
  };
}

class WebSpeechUtterance implements SpeechUtterance {
  readonly #store = new StatusStore<SpeechUtteranceStatus>({ type: 'starting' });
  readonly #synthesis: WebSpeechSynthesisEnvironment['speechSynthesis'];

  constructor(
    environment: WebSpeechSynthesisEnvironment,
    text: string,
    { lang }: SpeakOptions,
    rate: number | undefined,
  ) {
    this.#synthesis = environment.speechSynthesis;
    const chunks = speechChunks(text);
    // One reply at a time on the page: whatever was queued before is dropped.
    this.#synthesis.cancel();
    if (chunks.length === 0) {
      this.#store.set({ type: 'ended', reason: 'finished' });
      return;
    }
    const voice = matchingVoice(environment.speechSynthesis, lang);
    chunks.forEach((chunk, index) => {
      const utterance = new environment.SpeechSynthesisUtterance(chunk);
      utterance.lang = lang;
      if (voice) utterance.voice = voice;
      if (rate !== undefined) utterance.rate = rate;
      if (index === 0) utterance.onstart = () => this.#store.set({ type: 'speaking' });
      if (index === chunks.length - 1) {
        utterance.onend = () => this.#store.set({ type: 'ended', reason: 'finished' });
      }
      utterance.onerror = (event) => {
        // `interrupted` / `canceled` come from our own (or the page's) cancel: a stop, not a failure.
        const stopped = event.error === 'interrupted' || event.error === 'canceled';
        this.#store.set(
          stopped
            ? { type: 'ended', reason: 'stopped' }
            : { type: 'ended', reason: 'error', error: event.error },
        );
        // After a failure the rest of the reply would start midway: drop it (once ended, so the
        // cancel's own `interrupted` errors change nothing).
        if (!stopped) this.#synthesis.cancel();
      };
      this.#synthesis.speak(utterance);
    });
  }

  get status(): SpeechUtteranceStatus {
    return this.#store.status;
  }

  subscribe = (listener: (status: SpeechUtteranceStatus) => void) => this.#store.subscribe(listener);

  stop = (): void => {
    if (this.#store.ended) return;
    // Ended before cancelling, so the `interrupted` errors the cancel fires find it over already.
    this.#store.set({ type: 'ended', reason: 'stopped' });
    this.#synthesis.cancel();
  };
}

/** A voice for `lang` (exact tag first, then its language), or undefined to let the browser choose. */
function matchingVoice(
  synthesis: WebSpeechSynthesisEnvironment['speechSynthesis'],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const voices = synthesis.getVoices?.() ?? [];
  const wanted = lang.toLowerCase();
  const language = wanted.split('-')[0];
  const tag = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((voice) => tag(voice) === wanted) ??
    voices.find((voice) => tag(voice).split('-')[0] === language && voice.default) ??
    voices.find((voice) => tag(voice).split('-')[0] === language)
  );
}
