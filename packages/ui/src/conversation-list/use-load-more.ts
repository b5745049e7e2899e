import * as React from 'react';

/** Options of `useLoadMore`. */
export interface LoadMoreOptions {
  hasMore: boolean;
  isLoading: boolean;
  /** Items shown now; when it grows the sentinel is checked again (a short page may leave it in view). */
  itemCount: number;
  loadMore(): void;
  /** The scroll container the sentinel is seen through; the viewport when null. */
  root?: React.RefObject<Element | null>;
  /** How early to load, as an IntersectionObserver margin. */
  rootMargin?: string;
}

/**
 * Infinite scroll: returns a ref for a sentinel element at the end of a list; when it comes into
 * view and more is available, `loadMore` runs. Without IntersectionObserver nothing happens, so
 * keep a "Load more" button beside it.
 */
export function useLoadMore({
  hasMore,
  isLoading,
  itemCount,
  loadMore,
  root,
  rootMargin = '200px',
}: LoadMoreOptions) {
  const sentinel = React.useRef<HTMLDivElement | null>(null);
  const latest = React.useRef({ hasMore, isLoading, loadMore });
  latest.current = { hasMore, isLoading, loadMore };

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-observing after each page (or load) makes a still-visible sentinel fire again, so short pages chain.
  React.useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined' || !hasMore) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const state = latest.current;
        if (entries.some((entry) => entry.isIntersecting) && state.hasMore && !state.isLoading)
          state.loadMore();
      },
      { root: root?.current ?? null, rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, isLoading, itemCount, root, rootMargin]);

  return sentinel;
}
