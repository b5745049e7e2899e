/** A focused cell; row -1 is the header row. */
export interface GridPosition {
  row: number;
  column: number;
}

/** Size of the grid for keyboard moves. */
export interface GridBounds {
  rowCount: number;
  columnCount: number;
  /** Rows moved by PageUp / PageDown. */
  pageRows: number;
}

/** The keys of a keyboard event that move the focus. */
export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Where focus goes for a key, following the WAI-ARIA grid pattern (arrows, Home/End in the row,
 * Ctrl+Home/End to the first/last cell, PageUp/PageDown); undefined when the key does not move.
 */
export function moveInGrid(from: GridPosition, input: GridKey, bounds: GridBounds): GridPosition | undefined {
  const lastRow = bounds.rowCount - 1;
  const lastColumn = bounds.columnCount - 1;
  if (lastColumn < 0) return undefined;
  const modified = input.ctrlKey === true || input.metaKey === true;
  const at = (row: number, column: number): GridPosition => ({
    row: clamp(row, -1, lastRow),
    column: clamp(column, 0, lastColumn),
  });
  switch (input.key) {
    case 'ArrowUp':
      return at(from.row - 1, from.column);
    case 'ArrowDown':
      return at(from.row + 1, from.column);
    case 'ArrowLeft':
      return at(from.row, from.column - 1);
    case 'ArrowRight':
      return at(from.row, from.column + 1);
    case 'Home':
      return modified ? at(bounds.rowCount > 0 ? 0 : -1, 0) : at(from.row, 0);
    case 'End':
      return modified ? at(lastRow, lastColumn) : at(from.row, lastColumn);
    case 'PageUp':
      return at(Math.max(from.row - bounds.pageRows, bounds.rowCount > 0 ? 0 : -1), from.column);
    case 'PageDown':
      return at(from.row + bounds.pageRows, from.column);
    default:
      return undefined;
  }
}
