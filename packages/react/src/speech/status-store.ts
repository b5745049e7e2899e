/**
 * A value with listeners, the part every utterance and dictation session shares. Once the
 * status is `ended` it never changes again, so late browser events cannot revive a session.
 */
export class StatusStore<Status extends { type: string }> {
  #status: Status;
  readonly #listeners = new Set<(status: Status) => void>();

  constructor(initial: Status) {
    this.#status = initial;
  }

  get status(): Status {
    return this.#status;
  }

  get ended(): boolean {
    return this.#status.type === 'ended';
  }

  /** Move to `status` and tell the listeners; ignored after `ended`. */
  set(status: Status): void {
    if (this.ended || status.type === this.#status.type) return;
    this.#status = status;
    for (const listener of [...this.#listeners]) listener(status);
  }

  subscribe = (listener: (status: Status) => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };
}
