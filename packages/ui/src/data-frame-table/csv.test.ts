import { describe, expect, it } from 'vitest';
import { csvFieldText, csvFileName, escapeCsvField, toCsv } from './csv.ts';

describe('escapeCsvField', () => {
  it('leaves plain text alone', () => {
    expect(escapeCsvField('plain text 12')).toBe('plain text 12');
  });

  it('quotes delimiters, quotes, line breaks and edge spaces', () => {
    expect(escapeCsvField('a,b')).toBe('"a,b"');
    expect(escapeCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvField('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvField('cr\rhere')).toBe('"cr\rhere"');
    expect(escapeCsvField(' padded')).toBe('" padded"');
  });
});

describe('csvFieldText', () => {
  it('renders each kind of value', () => {
    expect(csvFieldText(null)).toBe('');
    expect(csvFieldText(undefined)).toBe('');
    expect(csvFieldText(1.5)).toBe('1.5');
    expect(csvFieldText(10n)).toBe('10');
    expect(csvFieldText(false)).toBe('false');
    expect(csvFieldText(new Date(Date.UTC(2024, 0, 2)))).toBe('2024-01-02T00:00:00.000Z');
    expect(csvFieldText({ a: [1, 2] })).toBe('{"a":[1,2]}');
  });

  it('survives a cyclic object', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(csvFieldText(cyclic)).toBe('[object Object]');
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated line per row in the given column order', () => {
    const csv = toCsv(
      ['name', 'note', 'n'],
      [
        { n: 1, name: 'Ann', note: 'likes "tea", cake' },
        { n: null, name: 'Bo' },
      ],
    );
    expect(csv).toBe('name,note,n\r\n' + 'Ann,"likes ""tea"", cake",1\r\n' + 'Bo,,\r\n');
  });

  it('escapes column names too', () => {
    expect(toCsv(['a,b'], [])).toBe('"a,b"\r\n');
  });
});

describe('csvFileName', () => {
  it('keeps letters and digits and replaces the rest', () => {
    expect(csvFileName('sales 2024/Q1', 1, 40)).toBe('sales-2024-Q1-rows-1-40.csv');
    expect(csvFileName('///', 3, 4)).toBe('data-frame-rows-3-4.csv');
  });
});
