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

/** The `q` quantile (0–1) of `values`, 0 when there are none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Records the gaps between animation frames from now on; the stop function returns the p95 and the largest. */
export function recordFrameGaps(): () => { frameGapP95: number; frameGapMax: number; frames: number } {
  const gaps: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = (time: number) => {
    gaps.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    running = false;
    return { frameGapP95: quantile(gaps, 0.95), frameGapMax: Math.max(0, ...gaps), frames: gaps.length };
  };
}

declare global {
  interface Window {
    __benchKeyLatencies?: number[];
  }
}

/**
 * Records, for every keydown in a textarea, the time from the event (its hardware timestamp) to
 * the end of the next frame: input → next paint, as a user would see the character appear.
 */
export function recordKeystrokeLatency(): void {
  const latencies: number[] = [];
  window.__benchKeyLatencies = latencies;
  document.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof HTMLTextAreaElement)) return;
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        // A message posted from rAF is handled after that frame's style, layout and paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => latencies.push(performance.now() - start);
        channel.port2.postMessage(undefined);
      });
    },
    { capture: true },
  );
}

/** The composer's textarea under `root`, once it is there. */
export function composerInput(root: HTMLElement): Promise<HTMLTextAreaElement> {
  return new Promise<HTMLTextAreaElement>((resolve) => {
    const find = () => {
      const found = root.querySelector('textarea');
      if (found) resolve(found);
      else requestAnimationFrame(find);
    };
    find();
  });
}

/** Types `text` into the page's textarea the way React sees a user's input, then submits its form. */
export async function sendThroughComposer(root: HTMLElement, text: string): Promise<() => void> {
  const textarea = await composerInput(root);
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  setValue?.call(textarea, text);
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  // Let the composer re-render with the text (and enable Send) before the clock starts.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const form = textarea.closest('form');
  if (!form) throw new Error('the composer has no form');
  return () => form.requestSubmit();
}

/** One request the page made: its absolute URL, when it was made and when its response (headers) came. */
export interface RequestRecord {
  url: string;
  /** `performance.now()` when the page called `fetch` or `XMLHttpRequest.send`. */
  at: number;
  /** `performance.now()` when the response's headers arrived or the request failed. */
  settledAt?: number;
}

/**
 * Calls `onRequest` for every request the page makes from now on through `fetch` or
 * `XMLHttpRequest`, at the moment it is made. Install it before the app mounts: a library that
 * keeps its own reference to `fetch` would go around it.
 */
export function recordRequests(onRequest: (request: RequestRecord) => void): void {
  const urlOf = (input: RequestInfo | URL) =>
    new URL(input instanceof Request ? input.url : String(input), location.href).href;
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    const request: RequestRecord = { url: urlOf(input), at: performance.now() };
    onRequest(request);
    const settle = () => {
      request.settledAt = performance.now();
    };
    const response = fetch.call(window, input, init);
    response.then(settle, settle);
    return response;
  };
  const urls = new WeakMap<XMLHttpRequest, string>();
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<typeof open>) {
    urls.set(this, urlOf(args[1]));
    return open.apply(this, args);
  } as typeof open;
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
    const request: RequestRecord = { url: urls.get(this) ?? '', at: performance.now() };
    onRequest(request);
    const settle = () => {
      request.settledAt ??= performance.now();
    };
    this.addEventListener('readystatechange', () => {
      if (this.readyState >= XMLHttpRequest.HEADERS_RECEIVED) settle();
    });
    this.addEventListener('loadend', settle);
    return send.call(this, body);
  };
}

/**
 * Records the `timeStamp` of every click on a button from now on (on the clock of
 * `performance.now()`), in the capture phase on the document: before any handler of the page.
 */
export function recordButtonClicks(): number[] {
  const clicks: number[] = [];
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('button')) clicks.push(event.timeStamp);
    },
    { capture: true },
  );
  return clicks;
}
