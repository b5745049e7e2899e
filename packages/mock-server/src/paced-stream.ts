/** Waits `ms` milliseconds, or less when `signal` aborts; never rejects. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    // The listener goes once the wait is over, so a long reply does not pile them up on the signal.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Lets timers and I/O run (a `/health` request, other readers). Stream pipelines that are fed
 * synchronously resolve entirely in microtasks and would otherwise hold the event loop until
 * the whole reply is out.
 */
export function yieldToEventLoop(): Promise<void> {
  // Node's `setImmediate` runs right after pending I/O. A browser has no such thing, and clamps
  // nested `setTimeout(0)` to 4 ms; a message to itself is a task without the clamp.
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (immediate) return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How many items an unpaced stream hands over between two turns of the event loop. */
export const ITEMS_PER_TURN = 64;

/** Pacing of `pacedStream`. */
export interface Pacing {
  /** Milliseconds before each item; 0 sends batches of `ITEMS_PER_TURN` with a yield between them. */
  delayMs: number;
  /** Milliseconds before the first item (a slow first token). */
  firstDelayMs?: number;
  /** Ends the stream early (the run was stopped). */
  signal?: AbortSignal;
}

/**
 * A stream over `items`, pulled lazily: nothing is produced before a reader asks for it, so a
 * five-million-character reply never exists in memory as a whole and never blocks the event loop.
 */
export function pacedStream<T>(
  items: Iterable<T>,
  { delayMs, firstDelayMs = 0, signal }: Pacing,
): ReadableStream<T> {
  const iterator = items[Symbol.iterator]();
  let started = false;
  return new ReadableStream<T>({
    async pull(controller) {
      if (!started) {
        started = true;
        await sleep(firstDelayMs, signal);
      } else if (delayMs <= 0) {
        await yieldToEventLoop();
      }
      const count = delayMs > 0 ? 1 : ITEMS_PER_TURN;
      for (let index = 0; index < count; index++) {
        if (delayMs > 0) await sleep(delayMs, signal);
        if (signal?.aborted) {
          controller.close();
          return;
        }
        const next = iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(next.value);
      }
    },
    cancel() {
      iterator.return?.();
    },
  });
}

/** Cuts a text, given as pieces, into deltas of `width` characters across piece boundaries. */
export function* deltasOf(pieces: Iterable<string>, width = 4): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    let offset = 0;
    for (; offset + width <= pending.length; offset += width) yield pending.slice(offset, offset + width);
    pending = pending.slice(offset);
  }
  if (pending) yield pending;
}
