import { describe, expect, it } from 'vitest';
import { ariaSortOf, nextSort, parseOrderBy, type SortState, toOrderBy } from './sort-state.ts';

describe('nextSort', () => {
  it('cycles one column through ascending, descending and none', () => {
    const first = nextSort(undefined, 'price');
    expect(first).toEqual({ column: 'price', direction: 'ascending' });
    const second = nextSort(first, 'price');
    expect(second).toEqual({ column: 'price', direction: 'descending' });
    expect(nextSort(second, 'price')).toBeUndefined();
  });

  it('starts another column ascending', () => {
    expect(nextSort({ column: 'price', direction: 'descending' }, 'name')).toEqual({
      column: 'name',
      direction: 'ascending',
    });
  });
});

describe('orderBy round trip', () => {
  it('prefixes descending columns with a minus', () => {
    expect(toOrderBy({ column: 'price', direction: 'descending' })).toBe('-price');
    expect(toOrderBy({ column: 'price', direction: 'ascending' })).toBe('price');
    expect(toOrderBy(undefined)).toBeUndefined();
  });

  it('parses what it writes', () => {
    const states: SortState[] = [
      undefined,
      { column: 'a', direction: 'ascending' },
      { column: 'b', direction: 'descending' },
    ];
    for (const state of states) expect(parseOrderBy(toOrderBy(state))).toEqual(state);
    expect(parseOrderBy('-')).toBeUndefined();
    expect(parseOrderBy('')).toBeUndefined();
  });
});

describe('ariaSortOf', () => {
  it('names the direction only on the sorted column', () => {
    const sort: SortState = { column: 'a', direction: 'descending' };
    expect(ariaSortOf(sort, 'a')).toBe('descending');
    expect(ariaSortOf(sort, 'b')).toBe('none');
    expect(ariaSortOf(undefined, 'a')).toBe('none');
  });
});
