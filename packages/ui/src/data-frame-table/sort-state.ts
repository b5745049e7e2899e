/** Sorting of the table: one column, ascending or descending, or none. */
export type SortState = { column: string; direction: 'ascending' | 'descending' } | undefined;

/** Reads an `orderBy` value (`col` or `-col`) back into a sort state. */
export function parseOrderBy(orderBy: string | undefined): SortState {
  if (!orderBy) return undefined;
  if (orderBy.startsWith('-')) {
    const column = orderBy.slice(1);
    return column ? { column, direction: 'descending' } : undefined;
  }
  return { column: orderBy, direction: 'ascending' };
}

/** The `orderBy` the backend takes: the column name, prefixed with `-` when descending. */
export function toOrderBy(sort: SortState): string | undefined {
  if (sort === undefined) return undefined;
  return sort.direction === 'descending' ? `-${sort.column}` : sort.column;
}

/** Next state after a click on `column`'s header: ascending → descending → none; another column starts ascending. */
export function nextSort(current: SortState, column: string): SortState {
  if (current === undefined || current.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : undefined;
}

/** The `aria-sort` value of a column header. */
export function ariaSortOf(sort: SortState, column: string): 'ascending' | 'descending' | 'none' {
  return sort !== undefined && sort.column === column ? sort.direction : 'none';
}
