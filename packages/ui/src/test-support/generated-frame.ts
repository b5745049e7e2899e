import * as React from 'react';
import type { DataFrameSource } from '../data-frame-table/data-frame-grid.tsx';
import type { SortState } from '../data-frame-table/sort-state.ts';

/** Columns of the generated frame; every one grows with the row id, so any sort is a direction. */
export const GENERATED_COLUMNS = ['id', 'region', 'amount', 'closed_on', 'note'] as const;

const REGIONS = ['East', 'North', 'South', 'West'];
const DAY = 86_400_000;

/** Row `id` of a frame of `rowCount` rows, computed, never stored. */
export function generatedRow(id: number, rowCount: number): Record<string, unknown> {
  return {
    id,
    region: REGIONS[Math.min(REGIONS.length - 1, Math.floor((id * REGIONS.length) / rowCount))],
    amount: id * 1.25,
    closed_on: new Date(Date.UTC(2020, 0, 1) + Math.floor(id / 1000) * DAY).toISOString().slice(0, 10),
    note: `entry ${String(id).padStart(7, '0')}`,
  };
}

/** Options of `useGeneratedFrame`. */
export interface GeneratedFrameOptions {
  rowCount: number;
  sort: SortState;
  columns: readonly string[] | undefined;
  pageSize?: number;
  /** Time a page takes to arrive, so placeholders show as they would over a network. */
  latencyMs?: number;
}

/**
 * A data-frame source of computed rows, paged asynchronously like a server: the grid can be
 * shown with a million rows without a backend, holding only the pages asked for.
 */
export function useGeneratedFrame({
  rowCount,
  sort,
  columns,
  pageSize = 100,
  latencyMs = 30,
}: GeneratedFrameOptions): DataFrameSource {
  const key = `${sort?.column}:${sort?.direction}:${columns?.join(',')}`;
  const [pages, setPages] = React.useState(() => new Map<string, Record<string, unknown>[]>());
  const requested = React.useRef(new Set<string>());
  const timers = React.useRef(new Set<ReturnType<typeof setTimeout>>());
  React.useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const ensureRange = React.useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / pageSize); page <= Math.floor(end / pageSize); page++) {
        const id = `${key}#${page}`;
        if (requested.current.has(id)) continue;
        requested.current.add(id);
        const timer = setTimeout(() => {
          timers.current.delete(timer);
          const rows: Record<string, unknown>[] = [];
          for (let index = page * pageSize; index < Math.min(rowCount, (page + 1) * pageSize); index++) {
            const row = generatedRow(
              sort?.direction === 'descending' ? rowCount - 1 - index : index,
              rowCount,
            );
            rows.push(columns ? Object.fromEntries(columns.map((column) => [column, row[column]])) : row);
          }
          setPages((current) => new Map(current).set(id, rows));
        }, latencyMs);
        timers.current.add(timer);
      }
    },
    [key, pageSize, rowCount, sort, columns, latencyMs],
  );

  return {
    columns: columns ?? GENERATED_COLUMNS,
    rowCount,
    getRow: (index) => pages.get(`${key}#${Math.floor(index / pageSize)}`)?.[index % pageSize],
    ensureRange,
    isLoading: false,
    isFetching: false,
    error: undefined,
  };
}
