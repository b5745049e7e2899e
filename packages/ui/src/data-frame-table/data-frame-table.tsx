import { useDataFrame, useDataFrames } from '@agent-chat/react';
import * as React from 'react';
import { DataFrameGrid, type DataFrameGridProps } from './data-frame-grid.tsx';
import { parseOrderBy, type SortState, toOrderBy } from './sort-state.ts';

/** Props of `DataFrameTable`. */
export interface DataFrameTableProps
  extends Omit<DataFrameGridProps, 'source' | 'sort' | 'onSortChange' | 'columns' | 'onColumnsChange'> {
  conversationId: string | undefined;
  /** Columns shown at first; all when absent. */
  defaultColumns?: readonly string[];
  /** Sort at first: a column, `-column` for descending. */
  defaultOrderBy?: string;
  onOrderByChange?(orderBy: string | undefined): void;
  /** Called with the chosen columns, or undefined when all are shown. */
  onColumnsChange?(columns: string[] | undefined): void;
  /** Rows fetched per request. */
  pageSize?: number;
}

/**
 * A virtualized, server-paged grid over one data frame of a conversation (`useDataFrame`): only
 * the rows in view are in the DOM, pages load as they scroll into view, headers sort on the
 * server (`order_by`), a menu chooses the columns fetched (`column_names`), a focused cell copies
 * with Ctrl/Cmd+C and the rows in view export as CSV.
 * @example <DataFrameTable conversationId={id} name="sales" className="h-[480px]" />
 */
export function DataFrameTable({
  conversationId,
  name,
  defaultColumns,
  defaultOrderBy,
  onOrderByChange,
  onColumnsChange,
  pageSize,
  availableColumns,
  ...props
}: DataFrameTableProps) {
  const [sort, setSort] = React.useState<SortState>(() => parseOrderBy(defaultOrderBy));
  const [columns, setColumns] = React.useState<string[] | undefined>(
    () => defaultColumns && [...defaultColumns],
  );
  const frame = useDataFrame(conversationId, name, { columns, orderBy: toOrderBy(sort), pageSize });
  // A frame opened on a few columns still offers all of them: its summary lists them.
  const summaries = useDataFrames(availableColumns || !defaultColumns ? undefined : conversationId, {
    numSamples: 1,
  });
  const listed = summaries.dataFrames.find((info) => info.name === name)?.columns;
  return (
    <DataFrameGrid
      {...props}
      name={name}
      source={frame}
      availableColumns={availableColumns ?? listed}
      sort={sort}
      onSortChange={(next) => {
        setSort(next);
        onOrderByChange?.(toOrderBy(next));
      }}
      columns={columns}
      onColumnsChange={(next) => {
        setColumns(next);
        onColumnsChange?.(next);
      }}
    />
  );
}
