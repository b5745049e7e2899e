import * as React from 'react';

type IdleWindow = {
  requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * How many of `total` items to render: `initial` at once, then `step` more per idle period
 * until all are shown. A very long document mounted at once (a long reply scrolled back into
 * view) then costs several short tasks instead of one long one.
 */
export function useProgressiveCount(total: number, initial: number, step: number): number {
  const [count, setCount] = React.useState(initial);
  React.useEffect(() => {
    // Runs again after each step (count changes) until everything is shown.
    if (count >= total) return;
    const grow = () => React.startTransition(() => setCount((current) => current + step));
    const idle = globalThis as IdleWindow;
    if (idle.requestIdleCallback && idle.cancelIdleCallback) {
      const handle = idle.requestIdleCallback(grow, { timeout: 200 });
      return () => idle.cancelIdleCallback?.(handle);
    }
    const timer = setTimeout(grow, 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
