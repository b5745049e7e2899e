/**
 * The kit's one render-pacing policy, stated once:
 *
 * - While a reply streams, subscribers hear about new message content at most once per animation
 *   frame (about 60 times a second), however many chunks arrive: a burst of 50,000 frames becomes
 *   one notification per frame, so a UI commits at most once per frame.
 * - Anything else (status, error, draft, branch switch, history) is published at once, and
 *   publishing flushes pending content first: the final text, an error or a stop is never a
 *   frame late. One exception: what a send changes before its request has left (the user's
 *   message, `submitted`, a new conversation's id) waits for the next frame or for the request,
 *   so the request is not held back by a render of the whole thread.
 * - `none` publishes every change at once (tests, non-visual hosts).
 *
 * The other half of the budget (no task over 50 ms) belongs to the renderer: the markdown renderer
 * takes on a bounded slice of new text per commit (see @agent-chat/ui's markdown).
 */
export type RenderPacing = 'frame' | 'none';

/** Coalesces calls into at most one per animation frame. */
export interface FrameScheduler {
  schedule(): void;
  /** Runs a pending call now. */
  flush(): void;
  cancel(): void;
}

type Cancel = () => void;

function requestFrame(callback: () => void): Cancel {
  if (typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(handle);
  }
  // No frames outside a browser (Node, SSR, workers): ~60 Hz instead.
  const handle = setTimeout(callback, 16);
  return () => clearTimeout(handle);
}

/** Calls `run` at most once per animation frame however often `schedule` is called. */
export function createFrameScheduler(run: () => void, pacing: RenderPacing = 'frame'): FrameScheduler {
  if (pacing === 'none') return { schedule: run, flush() {}, cancel() {} };
  let cancel: Cancel | undefined;
  const fire = () => {
    cancel = undefined;
    run();
  };
  return {
    schedule() {
      cancel ??= requestFrame(fire);
    },
    flush() {
      if (!cancel) return;
      cancel();
      fire();
    },
    cancel() {
      cancel?.();
      cancel = undefined;
    },
  };
}
