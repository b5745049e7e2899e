import { useVirtualizer } from '@tanstack/react-virtual';
import * as React from 'react';
import { offsetToReveal, type RowGeometry, rowGeometry, rowTop, visibleRows } from './row-geometry.ts';

/** Options of `useVirtualRows`. */
export interface VirtualRowsOptions {
  rowCount: number;
  rowHeight: number;
  /** Height of the sticky header inside the scroll container, which rows scroll under. */
  headerHeight: number;
  /** Extra rows rendered above and below the viewport. */
  overscan?: number;
}

/** What `useVirtualRows` gives the table. */
export interface VirtualRows {
  /** Attach to the scroll container. */
  scrollRef: React.RefObject<HTMLDivElement | null>;
  /** Attach to the element that holds the rendered rows (it is moved into place on scroll). */
  bodyRef: React.RefObject<HTMLTableSectionElement | null>;
  /** Height of all rows in the scroll space. */
  totalHeight: number;
  /** Rows in view, inclusive (for `ensureRange`, export and the caption). */
  visible: { start: number; end: number };
  /** Rows to render, inclusive: the rows in view plus the overscan. */
  rendered: { start: number; end: number };
  geometry: RowGeometry;
  /** Scrolls the least needed to bring a row fully into view. */
  reveal(index: number): void;
}

/**
 * Row virtualization over TanStack Virtual that keeps working past the browsers' maximum element
 * height: the virtualizer observes the scroll container and re-renders when the rows in view
 * change, and the rows are placed from the compressed geometry (see row-geometry.ts).
 */
export function useVirtualRows({
  rowCount,
  rowHeight,
  headerHeight,
  overscan = 4,
}: VirtualRowsOptions): VirtualRows {
  const scrollRef = React.useRef<HTMLDivElement | null>(null);
  const bodyRef = React.useRef<HTMLTableSectionElement | null>(null);
  const [viewportHeight, setViewportHeight] = React.useState(0);

  React.useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () => setViewportHeight(Math.max(0, element.clientHeight - headerHeight));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [headerHeight]);

  const geometry = React.useMemo(
    () => rowGeometry(rowCount, rowHeight, viewportHeight),
    [rowCount, rowHeight, viewportHeight],
  );
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => geometry.slot,
    paddingEnd: geometry.endPadding,
    overscan,
  });

  // The virtualizer caches sizes; a new slot size (frame or viewport resized) must reach it.
  const slot = geometry.slot;
  React.useLayoutEffect(() => {
    if (slot > 0) virtualizer.measure();
  }, [virtualizer, slot]);

  const offset = virtualizer.scrollOffset ?? 0;
  const visible = visibleRows(offset, geometry);
  const rendered =
    visible.end < visible.start
      ? visible
      : { start: Math.max(0, visible.start - overscan), end: Math.min(rowCount - 1, visible.end + overscan) };

  // In compressed geometry a row's position depends on the exact scroll offset, not only on
  // which rows are in view, so the body is moved on every scroll event without a React render.
  const placement = React.useRef({ first: rendered.start, geometry });
  placement.current = { first: rendered.start, geometry };
  React.useLayoutEffect(() => {
    const element = scrollRef.current;
    const body = bodyRef.current;
    if (!element || !body) return;
    const place = () => {
      const { first, geometry: current } = placement.current;
      // `top` rather than a transform: layout units keep sub-pixel precision at millions of pixels.
      body.style.top = `${rowTop(first, element.scrollTop, current)}px`;
    };
    place();
    element.addEventListener('scroll', place, { passive: true });
    return () => element.removeEventListener('scroll', place);
  });

  const reveal = React.useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const target = offsetToReveal(index, element.scrollTop, placement.current.geometry);
      if (target !== undefined) virtualizer.scrollToOffset(target);
    },
    [virtualizer],
  );

  return { scrollRef, bodyRef, totalHeight: virtualizer.getTotalSize(), visible, rendered, geometry, reveal };
}
