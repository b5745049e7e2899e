import * as React from 'react';

/**
 * How many of `total` items to render. A component that mounts with more than `initial`
 * items shows `initial` at once and `step` more per task (yielding to the browser in between)
 * until it has caught up; from then on everything shows at once, so items added later (a
 * reply still streaming) are never held back. A very long document mounted at once (a long
 * reply scrolled back into view) then costs several short tasks instead of one long one.
 */
export function useProgressiveCount(total: number, initial: number, step: number): number {
  const [progress, setProgress] = React.useState(() => ({ count: initial, done: total <= initial }));
  React.useEffect(() => {
    if (progress.done) return;
    if (progress.count >= total) {
      setProgress({ count: progress.count, done: true });
      return;
    }
    const timer = setTimeout(() => {
      React.startTransition(() => setProgress((current) => ({ count: current.count + step, done: false })));
    }, 0);
    return () => clearTimeout(timer);
  }, [progress, total, step]);
  return progress.done ? total : Math.min(progress.count, total);
}
