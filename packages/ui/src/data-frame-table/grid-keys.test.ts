import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-keys.ts';

const bounds = { rowCount: 100, columnCount: 4, pageRows: 10 };

describe('moveInGrid', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(moveInGrid({ row: 5, column: 1 }, { key: 'ArrowDown' }, bounds)).toEqual({ row: 6, column: 1 });
    expect(moveInGrid({ row: 5, column: 1 }, { key: 'ArrowRight' }, bounds)).toEqual({ row: 5, column: 2 });
    expect(moveInGrid({ row: 0, column: 0 }, { key: 'ArrowUp' }, bounds)).toEqual({ row: -1, column: 0 });
    expect(moveInGrid({ row: -1, column: 0 }, { key: 'ArrowUp' }, bounds)).toEqual({ row: -1, column: 0 });
    expect(moveInGrid({ row: 99, column: 3 }, { key: 'ArrowDown' }, bounds)).toEqual({ row: 99, column: 3 });
    expect(moveInGrid({ row: 2, column: 0 }, { key: 'ArrowLeft' }, bounds)).toEqual({ row: 2, column: 0 });
  });

  it('jumps with Home, End and their Ctrl/Cmd forms', () => {
    expect(moveInGrid({ row: 5, column: 2 }, { key: 'Home' }, bounds)).toEqual({ row: 5, column: 0 });
    expect(moveInGrid({ row: 5, column: 2 }, { key: 'End' }, bounds)).toEqual({ row: 5, column: 3 });
    expect(moveInGrid({ row: 5, column: 2 }, { key: 'Home', ctrlKey: true }, bounds)).toEqual({
      row: 0,
      column: 0,
    });
    expect(moveInGrid({ row: 5, column: 2 }, { key: 'End', metaKey: true }, bounds)).toEqual({
      row: 99,
      column: 3,
    });
  });

  it('pages by the rows in view', () => {
    expect(moveInGrid({ row: 5, column: 2 }, { key: 'PageDown' }, bounds)).toEqual({ row: 15, column: 2 });
    expect(moveInGrid({ row: 95, column: 2 }, { key: 'PageDown' }, bounds)).toEqual({ row: 99, column: 2 });
    expect(moveInGrid({ row: 5, column: 2 }, { key: 'PageUp' }, bounds)).toEqual({ row: 0, column: 2 });
  });

  it('ignores other keys and empty grids', () => {
    expect(moveInGrid({ row: 5, column: 2 }, { key: 'a' }, bounds)).toBeUndefined();
    expect(
      moveInGrid({ row: -1, column: 0 }, { key: 'ArrowDown' }, { ...bounds, columnCount: 0 }),
    ).toBeUndefined();
    expect(moveInGrid({ row: -1, column: 0 }, { key: 'ArrowDown' }, { ...bounds, rowCount: 0 })).toEqual({
      row: -1,
      column: 0,
    });
  });
});
