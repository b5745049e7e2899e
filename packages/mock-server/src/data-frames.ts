/** A data frame the mock serves: rows are computed, never stored, for the large one. */
export interface MockDataFrame {
  name: string;
  columns: string[];
  rowCount: number;
  createdAt: string;
  /** The row at a position of the frame in the requested order. */
  rowAt(position: number, orderBy: string | undefined): Record<string, unknown>;
}

/** A slice request. */
export interface SliceQuery {
  offset: number;
  limit: number;
  columns?: string[];
  orderBy?: string;
}

const regions = ['north', 'south', 'east', 'west'];
const products = ['widget', 'gadget', 'gizmo', 'doohickey', 'sprocket'];

/** 500 deterministic sales rows, sorted in memory (small enough). */
export function salesFrame(name: string): MockDataFrame {
  const rows = Array.from({ length: 500 }, (_, index) => ({
    id: index + 1,
    region: regions[index % regions.length],
    product: products[(index * 7) % products.length],
    units: (index * 37) % 200,
    price: Math.round(((index * 53) % 1000) + 99) / 100,
    date: new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
  }));
  const sorted = new Map<string, Record<string, unknown>[]>();
  const order = (orderBy: string | undefined) => {
    if (!orderBy) return rows;
    let cached = sorted.get(orderBy);
    if (!cached) {
      const descending = orderBy.startsWith('-');
      const column = descending ? orderBy.slice(1) : orderBy;
      cached = [...rows].sort((a, b) => {
        const left = a[column as keyof typeof a] as string | number;
        const right = b[column as keyof typeof b] as string | number;
        const compared = left < right ? -1 : left > right ? 1 : 0;
        return descending ? -compared : compared;
      });
      sorted.set(orderBy, cached);
    }
    return cached;
  };
  return {
    name,
    columns: ['id', 'region', 'product', 'units', 'price', 'date'],
    rowCount: rows.length,
    createdAt: new Date().toISOString(),
    rowAt: (position, orderBy) => order(orderBy)[position] as Record<string, unknown>,
  };
}

const LARGE_ROWS = 1_000_000;
const START = Date.UTC(2026, 0, 1);

// Every column is a monotonic function of the row index (ascending, or descending for `score`),
// so any order is index arithmetic and no row is ever stored.
const largeColumns: Record<string, { direction: 1 | -1; value: (index: number) => unknown }> = {
  id: { direction: 1, value: (index) => index + 1 },
  timestamp: { direction: 1, value: (index) => new Date(START + index * 1000).toISOString() },
  user: { direction: 1, value: (index) => `user-${String(Math.floor(index / 1000)).padStart(4, '0')}` },
  region: { direction: 1, value: (index) => regions[Math.floor((index * regions.length) / LARGE_ROWS)] },
  amount: { direction: 1, value: (index) => Math.round(index * 37) / 100 },
  score: { direction: -1, value: (index) => LARGE_ROWS - index },
};

/** A 1,000,000-row frame of events whose rows are computed from their index. */
export function eventsFrame(name: string): MockDataFrame {
  const row = (index: number) =>
    Object.fromEntries(Object.entries(largeColumns).map(([column, { value }]) => [column, value(index)]));
  return {
    name,
    columns: Object.keys(largeColumns),
    rowCount: LARGE_ROWS,
    createdAt: new Date().toISOString(),
    rowAt(position, orderBy) {
      if (!orderBy) return row(position);
      const descending = orderBy.startsWith('-');
      const column = largeColumns[descending ? orderBy.slice(1) : orderBy];
      // Ties keep index order, as a stable sort would.
      const ascendingByIndex = (column?.direction ?? 1) === 1;
      return row(ascendingByIndex !== descending ? position : LARGE_ROWS - 1 - position);
    },
  };
}

/** Rows `offset … offset + limit` of a frame, with only the chosen columns. */
export function sliceFrame(frame: MockDataFrame, query: SliceQuery): Record<string, unknown>[] {
  const columns = query.columns?.length ? query.columns : frame.columns;
  const end = Math.min(frame.rowCount, query.offset + query.limit);
  const rows: Record<string, unknown>[] = [];
  for (let position = Math.max(0, query.offset); position < end; position++) {
    const row = frame.rowAt(position, query.orderBy);
    rows.push(Object.fromEntries(columns.map((column) => [column, row[column]])));
  }
  return rows;
}

/** Checks `order_by` and `column_names` against the frame; a sentence when one is unknown. */
export function queryProblem(frame: MockDataFrame, query: SliceQuery): string | undefined {
  const unknown = (query.columns ?? []).filter((column) => !frame.columns.includes(column));
  if (unknown.length > 0)
    return `column_names: unknown column ${unknown.join(', ')} (columns: ${frame.columns.join(', ')})`;
  const sortColumn = query.orderBy?.replace(/^-/, '');
  if (sortColumn && !frame.columns.includes(sortColumn)) {
    return `order_by: unknown column ${sortColumn} (columns: ${frame.columns.join(', ')})`;
  }
  return undefined;
}
