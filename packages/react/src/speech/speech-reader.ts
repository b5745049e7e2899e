import type { SpeakOptions, SpeechSynthesisAdapter, SpeechUtterance } from './speech-adapters.ts';

/** What is being read aloud: nothing, or one message, starting or audible. */
export type ReadingState =
  | { status: 'idle'; messageId: undefined }
  | { status: 'starting' | 'speaking'; messageId: string };

const IDLE: ReadingState = { status: 'idle', messageId: undefined };

/**
 * Reads one message at a time through a synthesis adapter: reading another stops the first.
 * Framework-free; state is read with `subscribe` + `getSnapshot` (the same object until it changes).
 */
export class SpeechReader {
  readonly #adapter: SpeechSynthesisAdapter;
  readonly #listeners = new Set<() => void>();
  #utterance: SpeechUtterance | undefined;
  #snapshot: ReadingState = IDLE;

  constructor(adapter: SpeechSynthesisAdapter) {
    this.#adapter = adapter;
  }

  /** Read `text` aloud as message `messageId`, stopping whatever was being read. */
  read(messageId: string, text: string, options: SpeakOptions): void {
    this.stop();
    const utterance = this.#adapter.speak(text, options);
    this.#utterance = utterance;
    let unsubscribe: (() => void) | undefined;
    const update = () => {
      // A stopped utterance may still report; only the current one moves the state.
      if (this.#utterance !== utterance) return;
      const { status } = utterance;
      if (status.type === 'ended') {
        this.#utterance = undefined;
        unsubscribe?.();
        this.#set(IDLE);
      } else {
        this.#set({ status: status.type, messageId });
      }
    };
    unsubscribe = utterance.subscribe(update);
    update();
  }

  /** Stop reading (only if `messageId` is the one being read, when given). */
  stop(messageId?: string): void {
    const utterance = this.#utterance;
    if (!utterance || (messageId !== undefined && this.#snapshot.messageId !== messageId)) return;
    this.#utterance = undefined;
    this.#set(IDLE);
    utterance.stop();
  }

  /** Listen to changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** The current state; the same object until something changes. */
  getSnapshot = (): ReadingState => this.#snapshot;

  #set(next: ReadingState): void {
    if (next.status === this.#snapshot.status && next.messageId === this.#snapshot.messageId) return;
    this.#snapshot = next;
    for (const listener of [...this.#listeners]) listener();
  }
}

/** The state of a reader that reads nothing (no speech, or on a server). */
export const idleReading: ReadingState = IDLE;
