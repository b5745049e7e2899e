/** Renders one value as CSV field text: objects as JSON, dates as ISO, nullish as empty. */
export function csvFieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    // Cyclic structures cannot come from JSON, but a custom backend might hand one over.
    return String(value);
  }
}

/** Quotes a CSV field when it holds a delimiter, a quote, a line break or edge spaces (RFC 4180). */
export function escapeCsvField(text: string): string {
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/**
 * Serialises rows to RFC 4180 CSV (CRLF line ends), a header line first; values are read by
 * column name so the column order is the caller's.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(escapeCsvField).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => escapeCsvField(csvFieldText(row[column]))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name for an exported slice: `sales-rows-101-140.csv`, safe on every file system. */
export function csvFileName(frameName: string, firstRow: number, lastRow: number): string {
  const base = frameName.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'data-frame';
  return `${base}-rows-${firstRow}-${lastRow}.csv`;
}
