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
  // No frames outside a browser (tests, SSR): ~60 Hz instead.
  const handle = setTimeout(callback, 16);
  return () => clearTimeout(handle);
}

/** Calls `run` at most once per animation frame however often `schedule` is called. */
export function createFrameScheduler(run: () => void): FrameScheduler {
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
