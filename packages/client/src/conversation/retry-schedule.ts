/** When an automatic retry will happen: at a time (a server said `Retry-After`), or when back online. */
export type RetryWait = { at: number } | { online: true };

/**
 * One pending automatic retry: after the time a busy server asked for, or once the browser is
 * online again. Replaced by the next schedule, cancelled by anything the user does.
 */
export class RetrySchedule {
  #cancel: (() => void) | undefined;
  #wait: RetryWait | undefined;

  /** The pending wait, if any. */
  get wait(): RetryWait | undefined {
    return this.#wait;
  }

  schedule(wait: RetryWait, run: () => void): void {
    this.cancel();
    this.#wait = wait;
    const fire = () => {
      this.#cancel = undefined;
      this.#wait = undefined;
      run();
    };
    if ('at' in wait) {
      const timer = setTimeout(fire, Math.max(0, wait.at - Date.now()));
      this.#cancel = () => clearTimeout(timer);
      return;
    }
    const target = globalThis as {
      addEventListener?: typeof addEventListener;
      removeEventListener?: typeof removeEventListener;
    };
    target.addEventListener?.('online', fire, { once: true });
    this.#cancel = () => target.removeEventListener?.('online', fire);
  }

  /** Drop the pending retry; true when there was one. */
  cancel(): boolean {
    const had = this.#cancel !== undefined;
    this.#cancel?.();
    this.#cancel = undefined;
    this.#wait = undefined;
    return had;
  }
}

/** Whether the browser says it is offline (false outside browsers). */
export function isOffline(): boolean {
  const navigatorLike = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
  return navigatorLike?.onLine === false;
}
