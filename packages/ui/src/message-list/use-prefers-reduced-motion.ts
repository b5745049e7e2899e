import * as React from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

let media: MediaQueryList | undefined;

/** The query's list, made once: `matchMedia` parses the query at every call. */
function query(): MediaQueryList | undefined {
  if (typeof window === 'undefined' || !window.matchMedia) return undefined;
  media ??= window.matchMedia(QUERY);
  return media;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

function getSnapshot(): boolean {
  return query()?.matches ?? false;
}

/** True when the user asked the system for less motion (no smooth scrolling, no animations). */
export function usePrefersReducedMotion(): boolean {
  return React.useSyncExternalStore(subscribe, getSnapshot, () => false);
}
