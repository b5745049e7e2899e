import { useLocale, useMessages } from '@agent-chat/react';
import {
  type ColumnDef,
  getCoreRowModel,
  type SortingState,
  type Updater,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { useCopyToClipboard } from '../lib/use-copy-to-clipboard.ts';
import { csvFileName, toCsv } from './csv.ts';
import { DataFrameHeaderCell } from './data-frame-header-cell.tsx';
import { DataFrameRow, type FrameRow } from './data-frame-row.tsx';
import { DataFrameToolbar } from './data-frame-toolbar.tsx';
import { downloadText } from './download-file.ts';
import { createCellFormatters, formatCell, isNumericColumn } from './format-cell.ts';
import { nextSort, type SortState, toOrderBy } from './sort-state.ts';
import { useGridNavigation } from './use-grid-navigation.ts';
import { useVirtualRows } from './use-virtual-rows.ts';

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 40;
const COLUMN_WIDTH = 176;
const INDEX_WIDTH = 96;
const coreRowModel = getCoreRowModel<FrameRow>();

/**
 * What the grid reads rows from: the result of `useDataFrame`, or any source of the same shape
 * (rows generated or held in memory).
 */
export interface DataFrameSource {
  /** The columns of the rows it holds. */
  columns: readonly string[];
  /** Total rows, when known. */
  rowCount: number | undefined;
  /**
   * Rows known to exist while the total is not (`useDataFrame` gives it). The grid then shows
   * these plus one loading row, whose `ensureRange` fetches the next page, until `rowCount` is
   * known. Without it, an unknown total shows no rows.
   */
  knownRowCount?: number;
  /** A row, or undefined while its page loads. */
  getRow(index: number): Record<string, unknown> | undefined;
  /** Called with the rows in view (plus a margin), inclusive, so that their pages load. */
  ensureRange(start: number, end: number): void;
  isLoading: boolean;
  isFetching: boolean;
  error: unknown;
}

/** Props of `DataFrameGrid`. */
export interface DataFrameGridProps extends Omit<React.ComponentProps<'div'>, 'children'> {
  /** Name of the data frame (labels and export file names). */
  name: string;
  source: DataFrameSource;
  /** Every column of the frame; read from an unfiltered source when absent. */
  availableColumns?: readonly string[];
  /** The sort the source applies. */
  sort: SortState;
  onSortChange(sort: SortState): void;
  /** The columns the source was asked for; undefined for all. */
  columns: readonly string[] | undefined;
  onColumnsChange(columns: string[] | undefined): void;
  /** Locale of numbers and dates; the kit's locale (`AgentChatProvider`) when absent. */
  locale?: string | string[];
  timeZone?: string;
  /** Accessible name of the grid; `Data frame <name>` (in the kit's language) by default. */
  label?: string;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The view of `DataFrameTable` over any `DataFrameSource`, with sort and columns controlled by
 * the caller: a virtualized grid whose DOM holds only the rows in view.
 * @example <DataFrameGrid name="sales" source={frame} sort={sort} onSortChange={setSort} columns={undefined} onColumnsChange={setColumns} />
 */
export function DataFrameGrid({
  name,
  source: frame,
  availableColumns,
  sort,
  onSortChange,
  columns: chosen,
  onColumnsChange,
  locale,
  timeZone,
  label,
  className,
  ...props
}: DataFrameGridProps) {
  const t = useMessages();
  const kitLocale = useLocale().locale;
  // The frame reports only the fetched columns, so remember the full list from an unfiltered fetch.
  const [seenColumns, setSeenColumns] = React.useState<readonly string[]>([]);
  const frameColumnsKey = frame.columns.join('\u0000');
  React.useEffect(() => {
    if (chosen === undefined && frameColumnsKey !== '') setSeenColumns(frameColumnsKey.split('\u0000'));
  }, [chosen, frameColumnsKey]);
  const allColumns = React.useMemo(() => {
    const base = availableColumns ?? (seenColumns.length > 0 ? seenColumns : frame.columns);
    return [...base, ...(chosen ?? []).filter((column) => !base.includes(column))];
  }, [availableColumns, seenColumns, frame.columns, chosen]);

  const columnVisibility = React.useMemo<VisibilityState>(
    () =>
      Object.fromEntries(
        allColumns.map((column) => [column, chosen === undefined || chosen.includes(column)]),
      ),
    [allColumns, chosen],
  );
  const sorting = React.useMemo<SortingState>(
    () => (sort ? [{ id: sort.column, desc: sort.direction === 'descending' }] : []),
    [sort],
  );
  const columnDefs = React.useMemo<ColumnDef<FrameRow, unknown>[]>(
    () =>
      allColumns.map((column) => ({
        id: column,
        header: column,
        size: COLUMN_WIDTH,
        accessorFn: (row) => row.values?.[column],
      })),
    [allColumns],
  );

  const updateSort = onSortChange;
  const onColumnVisibilityChange = (updater: Updater<VisibilityState>) => {
    const next = typeof updater === 'function' ? updater(columnVisibility) : updater;
    const shown = allColumns.filter((column) => next[column] !== false);
    if (shown.length === 0) return;
    const nextChosen = shown.length === allColumns.length ? undefined : shown;
    onColumnsChange(nextChosen);
    // Ordering by a column that is no longer fetched would fail on the server.
    if (sort && !shown.includes(sort.column)) updateSort(undefined);
  };

  // An unknown total: the known rows and one more, which loads the next page when it comes into view.
  const rowCount = frame.rowCount ?? (frame.knownRowCount === undefined ? 0 : frame.knownRowCount + 1);
  const virtual = useVirtualRows({ rowCount, rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT });
  const { rendered, visible } = virtual;
  // A new order makes the rows in view meaningless; start again from the top, like a fresh query.
  const orderBy = toOrderBy(sort);
  const firstOrder = React.useRef(orderBy);
  React.useEffect(() => {
    if (orderBy === firstOrder.current) return;
    firstOrder.current = orderBy;
    virtual.scrollRef.current?.scrollTo({ top: 0 });
  }, [orderBy, virtual.scrollRef]);
  const { ensureRange } = frame;
  React.useEffect(() => {
    if (rendered.end >= rendered.start) ensureRange(rendered.start, rendered.end);
  }, [ensureRange, rendered.start, rendered.end]);

  const data: FrameRow[] = [];
  for (let index = rendered.start; index <= rendered.end; index++)
    data.push({ index, values: frame.getRow(index) });

  const table = useReactTable<FrameRow>({
    data,
    columns: columnDefs,
    getCoreRowModel: coreRowModel,
    getRowId: (row) => String(row.index),
    manualSorting: true,
    manualPagination: true,
    state: { sorting, columnVisibility },
    onColumnVisibilityChange,
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const visibleColumns = headers.map((header) => header.column.id);

  const gridRef = React.useRef<HTMLTableElement>(null);
  const pageRows = Math.max(1, Math.floor(virtual.geometry.viewportHeight / ROW_HEIGHT) - 1);
  const navigation = useGridNavigation({
    rowCount,
    columnCount: visibleColumns.length,
    pageRows,
    reveal: virtual.reveal,
    gridRef,
  });
  const { active } = navigation;
  const activeRendered = active.row >= rendered.start && active.row <= rendered.end;

  const formatLocale = locale ?? kitLocale;
  const formatters = React.useMemo(
    () => createCellFormatters({ locale: formatLocale, timeZone, invalidDate: t.invalidDate }),
    [formatLocale, timeZone, t.invalidDate],
  );
  const { copied, copy } = useCopyToClipboard();
  const activeColumn = visibleColumns[active.column];
  const activeValues = active.row >= 0 ? frame.getRow(active.row) : undefined;
  const copyActiveCell = () => {
    if (activeValues && activeColumn !== undefined)
      void copy(formatCell(activeValues[activeColumn], formatters).raw);
  };
  const exportVisible = () => {
    const rows: Record<string, unknown>[] = [];
    for (let index = visible.start; index <= visible.end; index++) {
      const values = frame.getRow(index);
      if (values) rows.push(values);
    }
    downloadText(toCsv(visibleColumns, rows), csvFileName(name, visible.start + 1, visible.end + 1));
  };

  const captionId = React.useId();
  const count = (value: number) => formatters.number.format(value);
  // Rows the caption counts: the total, or those known so far (the loading row is not one).
  const counted = frame.rowCount ?? frame.knownRowCount;
  const shownEnd = counted === undefined ? visible.end : Math.min(visible.end, counted - 1);
  const caption =
    counted === undefined || (frame.rowCount === undefined && counted === 0)
      ? frame.isLoading
        ? t.loadingDataFrame
        : t.rowCountUnknown
      : [
          t.rowCount(count(counted), counted, frame.rowCount === undefined),
          shownEnd >= visible.start ? t.rowsInView(count(visible.start + 1), count(shownEnd + 1)) : undefined,
          t.columnsShown(count(visibleColumns.length), count(allColumns.length), allColumns.length),
        ]
          .filter(Boolean)
          .join(' · ');
  const tableWidth = INDEX_WIDTH + visibleColumns.length * COLUMN_WIDTH;

  return (
    <div data-slot="data-frame-grid" className={cn('flex h-96 min-h-0 flex-col gap-2', className)} {...props}>
      <DataFrameToolbar
        caption={caption}
        captionId={captionId}
        copied={copied}
        canCopy={activeValues !== undefined}
        onCopy={copyActiveCell}
        columns={allColumns}
        visibleColumns={visibleColumns}
        onVisibleColumnsChange={(shown) =>
          table.setColumnVisibility(
            Object.fromEntries(allColumns.map((column) => [column, shown.has(column)])),
          )
        }
        canExport={visible.end >= visible.start}
        onExport={exportVisible}
      />
      {frame.error ? (
        <div
          role="alert"
          data-slot="data-frame-error"
          className="rounded-md border border-destructive px-3 py-2 text-sm text-destructive"
        >
          {t.loadDataFrameFailed(name, errorText(frame.error))}
        </div>
      ) : null}
      <div
        ref={virtual.scrollRef}
        data-slot="data-frame-scroll"
        className="relative min-h-0 flex-1 overflow-auto rounded-md border border-border bg-background"
      >
        <table
          ref={gridRef}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table with arrow-key cell navigation is an ARIA grid (WAI-ARIA APG data grid).
          role="grid"
          aria-label={label ?? t.dataFrame(name)}
          aria-describedby={captionId}
          aria-rowcount={frame.rowCount === undefined ? -1 : rowCount + 1}
          aria-colcount={visibleColumns.length + 1}
          aria-busy={frame.isFetching || undefined}
          onKeyDown={(event) => {
            if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c' && active.row >= 0) {
              // Leave a real text selection to the browser's own copy.
              if (!window.getSelection()?.toString()) {
                event.preventDefault();
                copyActiveCell();
              }
              return;
            }
            navigation.onKeyDown(event);
          }}
          onFocus={navigation.onFocus}
          className="grid content-start overflow-clip"
          style={{ height: HEADER_HEIGHT + virtual.totalHeight, width: tableWidth, minWidth: '100%' }}
        >
          <thead className="sticky top-0 z-10 grid bg-muted">
            <tr aria-rowindex={1} className="flex border-b border-border" style={{ height: HEADER_HEIGHT }}>
              <th
                scope="col"
                className="flex shrink-0 items-center justify-end border-r border-border px-3 text-xs font-medium text-muted-foreground"
                style={{ width: INDEX_WIDTH }}
              >
                <span className="sr-only">{t.rowNumber}</span>
                <span aria-hidden="true">#</span>
              </th>
              {headers.map((header, column) => (
                <DataFrameHeaderCell
                  key={header.id}
                  column={header.column.id}
                  columnIndex={column}
                  sort={sort}
                  numeric={isNumericColumn(data.map((row) => row.values?.[header.column.id]))}
                  tabbable={active.column === column && (active.row === -1 || !activeRendered)}
                  onSort={() => updateSort(nextSort(sort, header.column.id))}
                  style={{ width: header.getSize() }}
                />
              ))}
            </tr>
          </thead>
          <tbody ref={virtual.bodyRef} className="relative grid">
            {table.getRowModel().rows.map((row) => (
              <DataFrameRow
                key={row.id}
                row={row}
                height={ROW_HEIGHT}
                indexWidth={INDEX_WIDTH}
                formatters={formatters}
                activeColumn={active.row === row.original.index ? active.column : undefined}
              />
            ))}
          </tbody>
        </table>
        {frame.rowCount === 0 ? (
          <p className="absolute inset-x-0 top-12 text-center text-sm text-muted-foreground">
            {t.dataFrameNoRows}
          </p>
        ) : null}
      </div>
    </div>
  );
}
