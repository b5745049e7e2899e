/** Results a scenario hands back to the runner. */
export type BenchResult = Record<string, number> | { error: string };

declare global {
  interface Window {
    __benchResult?: BenchResult;
  }
}

/** Publishes a scenario's result for the runner to read. */
export function report(result: BenchResult): void {
  window.__benchResult = result;
}

/** Records long tasks (> 50 ms) from now on. */
export function observeLongTasks(): () => {
  longestTaskMs: number;
  longTaskCount: number;
  longTaskTotalMs: number;
} {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return () => {
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
    return {
      longestTaskMs: Math.max(0, ...durations),
      longTaskCount: durations.length,
      longTaskTotalMs: durations.reduce((sum, value) => sum + value, 0),
    };
  };
}

/** Counts animation frames and calls `check` on each until it returns true. */
export function untilFrame(check: () => boolean): Promise<{ frames: number; at: number }> {
  return new Promise((resolve) => {
    let frames = 0;
    const tick = (time: number) => {
      frames++;
      if (check()) resolve({ frames, at: time });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Scrolls `element` by `step` px per frame for `count` frames and returns frame-time statistics. */
export async function scrollFrames(
  element: HTMLElement,
  step: number,
  count = 120,
): Promise<{ frameP50: number; frameP95: number; frameMax: number }> {
  const gaps: number[] = [];
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let index = 0; index < count; index++) {
    element.scrollTop += step;
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    gaps.push(now - last);
    last = now;
  }
  gaps.sort((a, b) => a - b);
  const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
  return { frameP50: at(0.5), frameP95: at(0.95), frameMax: gaps[gaps.length - 1] ?? 0 };
}

/** Number of elements in the document. */
export function domNodes(): number {
  return document.getElementsByTagName('*').length;
}
