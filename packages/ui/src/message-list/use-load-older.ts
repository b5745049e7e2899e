import * as React from 'react';

/**
 * Calls `onLoadOlder` when the user scrolls within `threshold` pixels of the top, at most once
 * at a time (a returned promise holds the next call until it settles).
 */
export function useLoadOlder(
  scrollElement: HTMLElement | null,
  onLoadOlder: (() => unknown) | undefined,
  threshold = 200,
): void {
  const latest = React.useRef(onLoadOlder);
  React.useLayoutEffect(() => {
    latest.current = onLoadOlder;
  });
  const enabled = onLoadOlder !== undefined;
  React.useEffect(() => {
    if (!scrollElement || !enabled) return;
    let pending = false;
    let lastTop = scrollElement.scrollTop;
    const onScroll = () => {
      const top = scrollElement.scrollTop;
      const goingUp = top < lastTop;
      lastTop = top;
      if (pending || !goingUp || top > threshold) return;
      const result = latest.current?.();
      if (result instanceof Promise) {
        pending = true;
        result.finally(() => {
          pending = false;
        });
      }
    };
    scrollElement.addEventListener('scroll', onScroll, { passive: true });
    return () => scrollElement.removeEventListener('scroll', onScroll);
  }, [scrollElement, enabled, threshold]);
}
