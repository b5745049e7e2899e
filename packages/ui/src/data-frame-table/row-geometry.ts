/**
 * Browsers stop growing an element at a few ten million pixels (Chromium ~33.5M, Firefox ~17.9M),
 * so a million 36px rows cannot be laid out at full height. Past this height the scroll space is
 * compressed: each row gets a smaller "slot" of scroll space, and the rows in view are spread
 * back out to their real height around the scroll position.
 */
export const MAX_SCROLL_HEIGHT = 15_000_000;

/** How rows map onto the scroll space. With no compression `slot === rowHeight` and `stretch === 1`. */
export interface RowGeometry {
  rowCount: number;
  /** Rendered height of a row, in pixels. */
  rowHeight: number;
  /** Scroll space taken by one row. */
  slot: number;
  /** `rowHeight / slot`: how far rows in view are spread out from the scroll position. */
  stretch: number;
  /** Scroll space after the last slot, so the last rows can reach the bottom of the viewport. */
  endPadding: number;
  /** Height of the area rows show in (the viewport below the header). */
  viewportHeight: number;
}

/** Computes the geometry for `rowCount` rows in a viewport of `viewportHeight` pixels. */
export function rowGeometry(
  rowCount: number,
  rowHeight: number,
  viewportHeight: number,
  maxScrollHeight = MAX_SCROLL_HEIGHT,
): RowGeometry {
  const viewport = Math.max(0, viewportHeight);
  if (rowCount * rowHeight <= maxScrollHeight || rowCount === 0) {
    return { rowCount, rowHeight, slot: rowHeight, stretch: 1, endPadding: 0, viewportHeight: viewport };
  }
  const slot = Math.max(1e-3, (maxScrollHeight - viewport) / rowCount);
  const stretch = rowHeight / slot;
  // At the largest offset, offset / slot must equal the index of the first of the last rows in view.
  return {
    rowCount,
    rowHeight,
    slot,
    stretch,
    endPadding: viewport * (1 - 1 / stretch),
    viewportHeight: viewport,
  };
}

/** Total scroll height of the rows. */
export function scrollHeightOf(geometry: RowGeometry): number {
  return geometry.rowCount * geometry.slot + geometry.endPadding;
}

/** Where a row is drawn (pixels from the top of the rows area) at scroll offset `offset`. */
export function rowTop(index: number, offset: number, geometry: RowGeometry): number {
  return offset + (index * geometry.slot - offset) * geometry.stretch;
}

/** The rows at least partly in view at `offset`, inclusive; `end < start` when there are none. */
export function visibleRows(offset: number, geometry: RowGeometry): { start: number; end: number } {
  const { rowCount, slot, rowHeight, viewportHeight } = geometry;
  if (rowCount === 0) return { start: 0, end: -1 };
  const first = Math.min(rowCount - 1, Math.max(0, Math.floor(offset / slot)));
  const last = Math.min(rowCount - 1, Math.ceil(offset / slot + viewportHeight / rowHeight) - 1);
  return { start: first, end: Math.max(first, last) };
}

/** The largest scroll offset. */
export function maxOffsetOf(geometry: RowGeometry): number {
  return Math.max(0, scrollHeightOf(geometry) - geometry.viewportHeight);
}

/** The offset that brings row `index` fully into view with the least movement; undefined when it already is. */
export function offsetToReveal(index: number, offset: number, geometry: RowGeometry): number | undefined {
  const { slot, stretch, rowHeight, viewportHeight } = geometry;
  const relativeTop = (index * slot - offset) * stretch;
  let target: number;
  if (relativeTop < 0) target = index * slot;
  else if (relativeTop + rowHeight > viewportHeight)
    target = index * slot - (viewportHeight - rowHeight) / stretch;
  else return undefined;
  return Math.min(maxOffsetOf(geometry), Math.max(0, target));
}
