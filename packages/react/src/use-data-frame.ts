import { type DataFrameSlice, requireFacet } from '@agent-chat/client';
import { useQueries } from '@tanstack/react-query';
import * as React from 'react';
import { useAgentChat } from './agent-chat-provider.tsx';
import { queryKeys } from './query-keys.ts';

/** Options of `useDataFrame`. */
export interface UseDataFrameOptions {
  /** Columns to fetch (`column_names`); all when absent. */
  columns?: string[];
  /** Column to order by; `-column` for descending (`order_by`). */
  orderBy?: string;
  /** Rows per request. Default 100. */
  pageSize?: number;
  /** Pages kept in memory at most; the farthest from the view are dropped first. Default 10. */
  maxCachedPages?: number;
}

/** A window onto a data frame of any size. */
export interface DataFrameState {
  columns: string[];
  /** Total rows, when the backend reports it or a short page showed where the frame ends. */
  rowCount: number | undefined;
  /**
   * Rows known to exist: `rowCount` when known, else the end of the farthest page loaded. While
   * the total is unknown, a table shows these plus one row whose `ensureRange` loads the next page,
   * and so pages on until a short page.
   */
  knownRowCount: number;
  /** A row by its index in the (ordered) frame, or undefined while its page loads. */
  getRow(index: number): Record<string, unknown> | undefined;
  /** Tell the hook which rows are in view: missing pages load, far ones are evicted. */
  ensureRange(start: number, end: number): void;
  /** Rows held in memory now. */
  loadedRowCount: number;
  isLoading: boolean;
  isFetching: boolean;
  error: Error | null;
}

/** What the pages loaded so far say about a frame's shape. */
interface KnownShape {
  key: readonly unknown[];
  columns: string[];
  /** The total the backend reported. */
  rowCount?: number;
  /** End of the farthest page with rows. */
  end: number;
  /** The total a short page revealed, when the backend reports none. */
  endSeen?: number;
}

function learnShape(known: KnownShape, slice: DataFrameSlice, offset: number, pageSize: number): void {
  if (slice.rowCount !== undefined) known.rowCount = slice.rowCount;
  if (slice.columns.length > 0) known.columns = slice.columns;
  const rows = slice.rows.length;
  if (rows > 0) known.end = Math.max(known.end, offset + rows);
  // A short page is the last one: nothing lies after it (an empty one: nothing after the rows seen).
  if (rows < pageSize && known.end <= offset + rows) known.endSeen = rows > 0 ? offset + rows : known.end;
}

/**
 * Random access to a data frame, one page of rows per request, holding only the pages around the
 * view (plus a bounded cache), so a table can scroll a 1,000,000-row frame. Pages are independent
 * queries rather than one infinite query: a jump to row 900,000 must not load what lies before it.
 * A backend that reports no total still shows every row: `knownRowCount` grows page by page until
 * a short page says where the frame ends (then `rowCount` is that end).
 * @example const frame = useDataFrame(conversationId, 'sales', { orderBy: '-units' });
 */
export function useDataFrame(
  conversationId: string | undefined,
  name: string | undefined,
  { columns, orderBy, pageSize = 100, maxCachedPages = 10 }: UseDataFrameOptions = {},
): DataFrameState {
  const { backend, capabilities, queryClient } = useAgentChat('useDataFrame');
  const shape = JSON.stringify({ columns: columns ?? null, orderBy: orderBy ?? null, pageSize });
  const baseKey = React.useMemo(
    () => queryKeys.dataFrame(backend, conversationId ?? '', name ?? '', shape),
    [backend, conversationId, name, shape],
  );
  const [view, setView] = React.useState({ key: baseKey, first: 0, last: 0 });
  // A new frame, order or column choice starts again from the top.
  const current = view.key === baseKey ? view : { key: baseKey, first: 0, last: 0 };
  if (current !== view) setView(current);

  const enabled = conversationId !== undefined && name !== undefined && capabilities.dataFrames;
  const pageIndexes = React.useMemo(() => {
    const indexes: number[] = [];
    for (let page = current.first; page <= current.last; page++) indexes.push(page);
    return indexes;
  }, [current.first, current.last]);

  const results = useQueries({
    queries: pageIndexes.map((page) => ({
      queryKey: [...baseKey, page],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        requireFacet(backend, 'dataFrames').dataFrames.get(conversationId as string, name as string, {
          offset: page * pageSize,
          limit: pageSize,
          columns,
          orderBy,
          signal,
        }),
      enabled,
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 60_000,
    })),
  });

  // Keep at most `maxCachedPages`, dropping those farthest from the view first.
  React.useEffect(() => {
    const cached = queryClient.getQueryCache().findAll({ queryKey: baseKey });
    if (cached.length <= maxCachedPages) return;
    const center = (current.first + current.last) / 2;
    const far = cached
      .map((query) => ({ query, page: query.queryKey[baseKey.length] as number }))
      .filter(({ page }) => page < current.first || page > current.last)
      .sort((a, b) => Math.abs(b.page - center) - Math.abs(a.page - center))
      .slice(0, cached.length - maxCachedPages);
    for (const { query } of far) queryClient.removeQueries({ queryKey: query.queryKey, exact: true });
  }, [queryClient, baseKey, current.first, current.last, maxCachedPages]);

  const loaded = results
    .map((result) => result.data)
    .filter((data): data is DataFrameSlice => data !== undefined);
  const known = React.useRef<KnownShape>({ key: baseKey, columns: [], end: 0 });
  if (known.current.key !== baseKey) known.current = { key: baseKey, columns: [], end: 0 };
  results.forEach((result, index) => {
    const slice = result.data;
    const page = pageIndexes[index];
    if (slice === undefined || page === undefined) return;
    learnShape(known.current, slice, page * pageSize, pageSize);
  });
  const rowCount = known.current.rowCount ?? known.current.endSeen;

  const dataKey = results.map((result) => result.dataUpdatedAt).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page of data must give a new getRow
  const getRow = React.useCallback(
    (index: number) => {
      const page = Math.floor(index / pageSize);
      const slice = queryClient.getQueryData<DataFrameSlice>([...baseKey, page]);
      return slice?.rows[index - page * pageSize];
    },
    [queryClient, baseKey, pageSize, dataKey],
  );

  const ensureRange = React.useCallback(
    (start: number, end: number) => {
      const first = Math.max(0, Math.floor(Math.max(0, start) / pageSize));
      const last = Math.max(first, Math.floor(Math.max(0, end) / pageSize));
      setView((previous) =>
        previous.key === baseKey && previous.first === first && previous.last === last
          ? previous
          : { key: baseKey, first, last },
      );
    },
    [baseKey, pageSize],
  );

  const loadedRowCount = queryClient
    .getQueryCache()
    .findAll({ queryKey: baseKey })
    .reduce((sum, query) => sum + ((query.state.data as DataFrameSlice | undefined)?.rows.length ?? 0), 0);

  return {
    columns: known.current.columns,
    rowCount,
    knownRowCount: rowCount ?? known.current.end,
    getRow,
    ensureRange,
    loadedRowCount,
    isLoading: enabled && loaded.length === 0 && results.some((result) => result.isLoading),
    isFetching: results.some((result) => result.isFetching),
    error: results.find((result) => result.error)?.error ?? null,
  };
}
