import * as React from 'react';
import type { HighlightTree } from './highlight.ts';

/** Code longer than this stays plain: highlighting it would block the main thread too long. */
export const HIGHLIGHT_MAX_LENGTH = 12_000;

type Highlighter = typeof import('./highlight.ts');
let loading: Promise<Highlighter> | undefined;

function loadHighlighter(): Promise<Highlighter> {
  loading ??= import('./highlight.ts');
  return loading;
}

// Highlighted trees by language and code, so a block re-mounted by a virtualised list shows
// its colours on the first paint instead of flashing plain text.
const cache = new Map<string, HighlightTree | null>();
const CACHE_SIZE = 200;

function remember(key: string, tree: HighlightTree | null): void {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, tree);
}

interface HighlightJob {
  key: string;
  code: string;
  language: string;
  cancelled: boolean;
  done(tree: HighlightTree | null): void;
}

// Highlighting runs in idle time, a few blocks per slice, never inside the task that renders
// streamed text: a reply settling many code blocks at once must not stall a frame.
const queue: HighlightJob[] = [];
let scheduled = false;
const SLICE_MS = 8;

type IdleDeadline = { timeRemaining(): number };
type IdleWindow = {
  requestIdleCallback?: (run: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number;
};

function schedule(highlighter: Highlighter): void {
  if (scheduled) return;
  scheduled = true;
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  if (idle) idle((deadline) => runQueue(highlighter, () => deadline.timeRemaining() > 1), { timeout: 1000 });
  else {
    setTimeout(() => {
      const start = performance.now();
      runQueue(highlighter, () => performance.now() - start < SLICE_MS);
    }, 16);
  }
}

function runQueue(highlighter: Highlighter, hasTime: () => boolean): void {
  scheduled = false;
  do {
    const job = queue.shift();
    if (!job) return;
    if (job.cancelled) continue;
    let tree = cache.get(job.key);
    if (tree === undefined) {
      try {
        tree = highlighter.highlightCode(job.code, job.language) ?? null;
      } catch {
        tree = null;
      }
      remember(job.key, tree);
    }
    job.done(tree);
  } while (hasTime());
  if (queue.length > 0) schedule(highlighter);
}

/**
 * The highlighted tree for a code block once the highlighter has loaded and had idle time, or
 * null (render plain text meanwhile). Does nothing while `enabled` is false, which callers use
 * for the streaming tail: highlighting is only worth doing once, on finished code.
 */
export function useHighlight(
  code: string,
  language: string | undefined,
  enabled: boolean,
): HighlightTree | null {
  const key = `${language ?? ''}\u0000${code}`;
  const active = enabled && !!language && code.length <= HIGHLIGHT_MAX_LENGTH;
  const [state, setState] = React.useState<{ key: string; tree: HighlightTree | null }>(() => ({
    key,
    tree: active ? (cache.get(key) ?? null) : null,
  }));
  React.useEffect(() => {
    if (!active || !language) return;
    const hit = cache.get(key);
    if (hit !== undefined) {
      setState((previous) => (previous.key === key && previous.tree === hit ? previous : { key, tree: hit }));
      return;
    }
    const job: HighlightJob = {
      key,
      code,
      language,
      cancelled: false,
      done: (tree) => React.startTransition(() => setState({ key, tree })),
    };
    // The highlighter's core, then the grammar of this block's language, each fetched once.
    void loadHighlighter().then(async (highlighter) => {
      await highlighter.loadLanguage(language);
      if (job.cancelled) return;
      queue.push(job);
      schedule(highlighter);
    });
    return () => {
      job.cancelled = true;
    };
  }, [active, code, language, key]);
  return active && state.key === key ? state.tree : null;
}
