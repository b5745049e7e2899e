import * as React from 'react';
import { type GridPosition, moveInGrid } from './grid-keys.ts';

/** Options of `useGridNavigation`. */
export interface GridNavigationOptions {
  rowCount: number;
  columnCount: number;
  /** Rows moved by PageUp / PageDown. */
  pageRows: number;
  /** Brings a body row into view before it is focused. */
  reveal(row: number): void;
  /** The grid element; cells carry `data-row` / `data-column`. */
  gridRef: React.RefObject<HTMLElement | null>;
}

/** Roving focus over the cells of a virtualized grid. */
export interface GridNavigation {
  active: GridPosition;
  onKeyDown(event: React.KeyboardEvent): void;
  onFocus(event: React.FocusEvent): void;
}

function readPosition(target: EventTarget | null): GridPosition | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  const cell = target.closest<HTMLElement>('[data-row][data-column]');
  if (!cell) return undefined;
  return { row: Number(cell.dataset.row), column: Number(cell.dataset.column) };
}

/**
 * Keyboard navigation of the WAI-ARIA grid pattern: one cell is tabbable, arrows move it, and a
 * cell out of the rendered window is scrolled into view and focused once it renders.
 */
export function useGridNavigation({
  rowCount,
  columnCount,
  pageRows,
  reveal,
  gridRef,
}: GridNavigationOptions): GridNavigation {
  const [active, setActive] = React.useState<GridPosition>({ row: -1, column: 0 });
  const pendingFocus = React.useRef(false);

  // Columns can be hidden and frames re-sorted; keep the active cell inside the grid.
  const clamped: GridPosition = {
    row: Math.min(active.row, rowCount - 1),
    column: Math.max(0, Math.min(active.column, columnCount - 1)),
  };

  // The target may render only after the virtualizer scrolled to it, so try after every render.
  React.useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const element = gridRef.current?.querySelector<HTMLElement>(
      `[data-row="${clamped.row}"][data-column="${clamped.column}"]`,
    );
    if (element) {
      pendingFocus.current = false;
      element.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey || event.shiftKey) return;
    const from = readPosition(event.target);
    if (!from) return;
    const next = moveInGrid(from, event, { rowCount, columnCount, pageRows });
    if (!next) return;
    event.preventDefault();
    setActive(next);
    if (next.row >= 0) reveal(next.row);
    pendingFocus.current = true;
  };

  const onFocus = (event: React.FocusEvent) => {
    const position = readPosition(event.target);
    if (position && (position.row !== active.row || position.column !== active.column)) setActive(position);
  };

  return { active: clamped, onKeyDown, onFocus };
}
