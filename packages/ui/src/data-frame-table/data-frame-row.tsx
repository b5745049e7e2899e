import type { Row } from '@tanstack/react-table';
import { DataFrameCell } from './data-frame-cell.tsx';
import { type CellFormatters, formatCell } from './format-cell.ts';

/** A row of the grid as TanStack Table holds it: its index in the frame and its values once loaded. */
export interface FrameRow {
  index: number;
  values: Record<string, unknown> | undefined;
}

/** Props of `DataFrameRow`. */
export interface DataFrameRowProps {
  row: Row<FrameRow>;
  height: number;
  indexWidth: number;
  formatters: CellFormatters;
  /** Column of the grid's one tab stop when it is in this row, else undefined. */
  activeColumn: number | undefined;
}

/** One body row: its number as a row header, then formatted cells, or placeholders while its page loads. */
export function DataFrameRow({ row, height, indexWidth, formatters, activeColumn }: DataFrameRowProps) {
  const { index, values } = row.original;
  return (
    <tr
      aria-rowindex={index + 2}
      data-slot="data-frame-row"
      data-state={values ? 'loaded' : 'loading'}
      className="flex border-b border-border hover:bg-muted/50"
      style={{ height }}
    >
      <th
        scope="row"
        className="flex shrink-0 items-center justify-end border-r border-border px-3 text-xs font-normal text-muted-foreground tabular-nums"
        style={{ width: indexWidth }}
      >
        {formatters.number.format(index + 1)}
      </th>
      {row.getVisibleCells().map((cell, column) => {
        const focus = {
          'data-row': index,
          'data-column': column,
          tabIndex: activeColumn === column ? 0 : -1,
          style: { width: cell.column.getSize() },
        };
        return (
          <DataFrameCell
            key={cell.id}
            cell={values ? formatCell(cell.getValue(), formatters) : undefined}
            {...focus}
          />
        );
      })}
    </tr>
  );
}
