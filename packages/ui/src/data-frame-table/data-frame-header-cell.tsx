import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from '../lib/icons.tsx';
import { ariaSortOf, nextSort, type SortState } from './sort-state.ts';

/** Props of `DataFrameHeaderCell`. */
export interface DataFrameHeaderCellProps extends Omit<React.ComponentProps<'th'>, 'children'> {
  column: string;
  /** Position among the shown columns, for keyboard navigation. */
  columnIndex: number;
  sort: SortState;
  /** Right-align the label over a column of numbers. */
  numeric: boolean;
  /** The header is the grid's one tab stop. */
  tabbable: boolean;
  onSort(): void;
}

/**
 * A column header whose button cycles the sort: ascending, descending, none (`aria-sort` follows);
 * its description (and tooltip) says what the next click does.
 */
export function DataFrameHeaderCell({
  column,
  columnIndex,
  sort,
  numeric,
  tabbable,
  onSort,
  className,
  ...props
}: DataFrameHeaderCellProps) {
  const t = useMessages();
  const direction = ariaSortOf(sort, column);
  const next = ariaSortOf(nextSort(sort, column), column);
  const Icon =
    direction === 'ascending' ? ArrowUpIcon : direction === 'descending' ? ArrowDownIcon : ArrowUpDownIcon;
  return (
    <th
      scope="col"
      aria-sort={direction}
      data-slot="data-frame-header-cell"
      data-state={direction}
      className={cn('flex shrink-0 items-stretch border-r border-border p-0 last:border-r-0', className)}
      {...props}
    >
      <button
        type="button"
        data-row={-1}
        data-column={columnIndex}
        tabIndex={tabbable ? 0 : -1}
        title={t.sortColumn(column, next)}
        onClick={onSort}
        className={cn(
          'flex min-w-0 flex-1 items-center gap-1 px-3 text-left text-sm font-medium hover:bg-accent hover:text-accent-foreground focus-visible:-outline-offset-2',
          focusRing,
          numeric && 'flex-row-reverse text-right',
        )}
      >
        <span className="truncate">{column}</span>
        <Icon
          className={cn('size-3.5 shrink-0', direction === 'none' && 'text-muted-foreground opacity-60')}
        />
      </button>
    </th>
  );
}
