import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maxOffsetOf,
  offsetToReveal,
  rowGeometry,
  rowTop,
  scrollHeightOf,
  visibleRows,
} from './row-geometry.ts';

describe('rowGeometry without compression', () => {
  const geometry = rowGeometry(1000, 36, 360);

  it('gives each row its own height', () => {
    expect(geometry).toMatchObject({ slot: 36, stretch: 1, endPadding: 0 });
    expect(scrollHeightOf(geometry)).toBe(36_000);
    expect(rowTop(10, 123, geometry)).toBe(360);
  });

  it('finds the rows in view', () => {
    expect(visibleRows(0, geometry)).toEqual({ start: 0, end: 9 });
    expect(visibleRows(50, geometry)).toEqual({ start: 1, end: 11 });
    expect(visibleRows(maxOffsetOf(geometry), geometry)).toEqual({ start: 990, end: 999 });
  });

  it('scrolls the least needed to reveal a row', () => {
    expect(offsetToReveal(5, 0, geometry)).toBeUndefined();
    expect(offsetToReveal(10, 0, geometry)).toBe(36);
    expect(offsetToReveal(3, 360, geometry)).toBe(108);
    expect(offsetToReveal(999, 0, geometry)).toBe(maxOffsetOf(geometry));
  });
});

describe('rowGeometry for a million rows', () => {
  const geometry = rowGeometry(1_000_000, 36, 400, 15_000_000);

  it('keeps the scroll height under the limit', () => {
    expect(geometry.stretch).toBeGreaterThan(1);
    expect(scrollHeightOf(geometry)).toBeLessThanOrEqual(15_000_000);
  });

  it('shows the first rows at the top and the last rows at the bottom', () => {
    expect(visibleRows(0, geometry).start).toBe(0);
    const end = visibleRows(maxOffsetOf(geometry), geometry);
    expect(end.end).toBe(999_999);
    const lastTop = rowTop(999_999, maxOffsetOf(geometry), geometry) - maxOffsetOf(geometry);
    expect(lastTop + 36).toBeCloseTo(400, 6);
  });

  it('lays the rows in view out edge to edge at their real height', () => {
    const offset = 7_654_321;
    const { start, end } = visibleRows(offset, geometry);
    for (let index = start; index < end; index++) {
      expect(rowTop(index + 1, offset, geometry) - rowTop(index, offset, geometry)).toBeCloseTo(36, 6);
    }
    expect(rowTop(start, offset, geometry)).toBeLessThanOrEqual(offset);
    expect(rowTop(end, offset, geometry) + 36).toBeGreaterThanOrEqual(offset + 400 - 1e-6);
  });

  it('reveals any row so that it is fully in view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (index, at) => {
          const offset = at * maxOffsetOf(geometry);
          const target = offsetToReveal(index, offset, geometry) ?? offset;
          const top = rowTop(index, target, geometry) - target;
          expect(top).toBeGreaterThanOrEqual(-1e-6);
          expect(top + 36).toBeLessThanOrEqual(400 + 1e-6);
          expect(target).toBeLessThanOrEqual(maxOffsetOf(geometry));
        },
      ),
    );
  });
});

it('has no rows in view for an empty frame', () => {
  expect(visibleRows(0, rowGeometry(0, 36, 400))).toEqual({ start: 0, end: -1 });
});
