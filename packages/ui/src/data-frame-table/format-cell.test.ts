import { describe, expect, it } from 'vitest';
import { createCellFormatters, formatCell, isNumericColumn, isoDateKind } from './format-cell.ts';

const formatters = createCellFormatters({ locale: 'en-US', timeZone: 'UTC' });

describe('formatCell', () => {
  it('groups numbers and limits fractions, keeping the raw value', () => {
    expect(formatCell(1234567.891234, formatters)).toEqual({
      text: '1,234,567.8912',
      kind: 'number',
      raw: '1234567.891234',
    });
    expect(formatCell(12n, formatters).text).toBe('12');
    expect(formatCell(Number.NaN, formatters)).toEqual({ text: 'NaN', kind: 'number', raw: 'NaN' });
  });

  it('follows the locale', () => {
    const german = createCellFormatters({ locale: 'de-DE', timeZone: 'UTC' });
    expect(formatCell(1234.5, german).text).toBe('1.234,5');
  });

  it('formats ISO dates and date-times, and leaves other strings alone', () => {
    expect(formatCell('2024-03-05', formatters)).toEqual({
      text: 'Mar 5, 2024',
      kind: 'date',
      raw: '2024-03-05',
    });
    expect(formatCell('2024-03-05T14:30:00Z', formatters).text).toBe('Mar 5, 2024, 2:30 PM');
    expect(formatCell('2024-13-45', formatters).kind).toBe('text');
    expect(formatCell('hello', formatters)).toEqual({ text: 'hello', kind: 'text', raw: 'hello' });
  });

  it('keeps a date-only value on its day whatever the time zone', () => {
    const tokyo = createCellFormatters({ locale: 'en-US', timeZone: 'Asia/Tokyo' });
    const honolulu = createCellFormatters({ locale: 'en-US', timeZone: 'Pacific/Honolulu' });
    expect(formatCell('2024-03-05', tokyo).text).toBe('Mar 5, 2024');
    expect(formatCell('2024-03-05', honolulu).text).toBe('Mar 5, 2024');
  });

  it('renders empties, booleans, Date objects and structures', () => {
    expect(formatCell(null, formatters)).toEqual({ text: '', kind: 'empty', raw: '' });
    expect(formatCell(undefined, formatters).kind).toBe('empty');
    expect(formatCell(true, formatters)).toEqual({ text: 'true', kind: 'boolean', raw: 'true' });
    expect(formatCell(new Date(Date.UTC(2020, 0, 1, 8)), formatters).text).toBe('Jan 1, 2020, 8:00 AM');
    expect(formatCell({ a: 1 }, formatters)).toEqual({ text: '{"a":1}', kind: 'json', raw: '{"a":1}' });
  });
});

describe('isoDateKind', () => {
  it('tells dates from date-times', () => {
    expect(isoDateKind('2024-01-01')).toBe('date');
    expect(isoDateKind('2024-01-01T10:00')).toBe('date-time');
    expect(isoDateKind('2024-01-01 10:00:00.123+02:00')).toBe('date-time');
    expect(isoDateKind('01/02/2024')).toBeUndefined();
  });
});

describe('isNumericColumn', () => {
  it('is true only for columns of numbers with at least one value', () => {
    expect(isNumericColumn([1, null, 2.5])).toBe(true);
    expect(isNumericColumn([1, '2'])).toBe(false);
    expect(isNumericColumn([null, undefined])).toBe(false);
  });
});
