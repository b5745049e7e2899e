import * as React from 'react';
import type { HighlightTree } from './highlight.ts';

/** Code longer than this stays plain: highlighting it would block the main thread too long. */
export const HIGHLIGHT_MAX_LENGTH = 20_000;

type Highlighter = typeof import('./highlight.ts');
let loading: Promise<Highlighter> | undefined;
let loaded: Highlighter | undefined;

function loadHighlighter(): Promise<Highlighter> {
  loading ??= import('./highlight.ts').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

// Highlighted trees by language and code, so a block re-mounted by a virtualised list shows
// its colours on the first paint instead of flashing plain text.
const cache = new Map<string, HighlightTree | null>();
const CACHE_SIZE = 200;

function cached(key: string): HighlightTree | null | undefined {
  return cache.get(key);
}

function remember(key: string, tree: HighlightTree | null): void {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, tree);
}

function compute(
  highlighter: Highlighter,
  code: string,
  language: string,
  key: string,
): HighlightTree | null {
  let tree: HighlightTree | null;
  try {
    tree = highlighter.highlightCode(code, language) ?? null;
  } catch {
    tree = null;
  }
  remember(key, tree);
  return tree;
}

/**
 * The highlighted tree for a code block once the highlighter has loaded, or null (render plain
 * text meanwhile). Does nothing while `enabled` is false, which callers use for the streaming
 * tail: highlighting is only worth doing once, on finished code.
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
    tree: active ? (cached(key) ?? (loaded && language ? compute(loaded, code, language, key) : null)) : null,
  }));
  React.useEffect(() => {
    if (!active || !language) return;
    const hit = cached(key);
    if (hit !== undefined) {
      setState((previous) => (previous.key === key && previous.tree === hit ? previous : { key, tree: hit }));
      return;
    }
    let cancelled = false;
    void loadHighlighter().then((highlighter) => {
      if (cancelled) return;
      const tree = compute(highlighter, code, language, key);
      React.startTransition(() => setState({ key, tree }));
    });
    return () => {
      cancelled = true;
    };
  }, [active, code, language, key]);
  return active && state.key === key ? state.tree : null;
}
