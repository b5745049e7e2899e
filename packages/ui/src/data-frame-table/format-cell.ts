/** How a cell value is shown: numbers right-aligned, dates formatted, nullish as a dash. */
export type CellKind = 'number' | 'date' | 'boolean' | 'text' | 'json' | 'empty';

/** A value ready to render: display text, its kind, and the raw text for a tooltip or a copy. */
export interface FormattedCell {
  text: string;
  kind: CellKind;
  /** The value as stored (ISO date, full number, JSON), used for copy and `title`. */
  raw: string;
}

/** Formatters shared by every cell of a table (creating Intl objects per cell is slow). */
export interface CellFormatters {
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  /** Shown for an invalid `Date`; English when absent. */
  invalidDate?: string;
}

/** Options of `createCellFormatters`. */
export interface CellFormatOptions {
  locale?: string | string[];
  /** Time zone for date-times; date-only values are always shown as written. */
  timeZone?: string;
  /** Text for an invalid `Date` in the reader's language (`useMessages().invalidDate`). */
  invalidDate?: string;
}

/** Builds the Intl formatters once per locale and time zone. */
export function createCellFormatters({
  locale,
  timeZone,
  invalidDate,
}: CellFormatOptions = {}): CellFormatters {
  return {
    invalidDate,
    number: new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }),
    // A date-only value names a calendar day, not an instant: format it in UTC so no zone shifts it.
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Says whether text is an ISO 8601 date (`2024-05-01`) or date-time (`2024-05-01T10:00Z`). */
export function isoDateKind(text: string): 'date' | 'date-time' | undefined {
  if (DATE_ONLY.test(text)) return 'date';
  if (DATE_TIME.test(text)) return 'date-time';
  return undefined;
}

function formatIsoDate(text: string, formatters: CellFormatters): string | undefined {
  const kind = isoDateKind(text);
  if (kind === undefined) return undefined;
  const time = kind === 'date' ? Date.parse(`${text}T00:00:00Z`) : Date.parse(text.replace(' ', 'T'));
  if (Number.isNaN(time)) return undefined;
  return (kind === 'date' ? formatters.date : formatters.dateTime).format(time);
}

/** Formats one cell value for display. */
export function formatCell(value: unknown, formatters: CellFormatters): FormattedCell {
  if (value === null || value === undefined) return { text: '', kind: 'empty', raw: '' };
  if (typeof value === 'number' || typeof value === 'bigint') {
    const raw = String(value);
    if (typeof value === 'number' && !Number.isFinite(value)) return { text: raw, kind: 'number', raw };
    return { text: formatters.number.format(value), kind: 'number', raw };
  }
  if (typeof value === 'boolean') return { text: String(value), kind: 'boolean', raw: String(value) };
  if (typeof value === 'string') {
    const date = formatIsoDate(value, formatters);
    return date === undefined
      ? { text: value, kind: 'text', raw: value }
      : { text: date, kind: 'date', raw: value };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      const text = formatters.invalidDate ?? 'Invalid date';
      return { text, kind: 'text', raw: text };
    }
    return { text: formatters.dateTime.format(value), kind: 'date', raw: value.toISOString() };
  }
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return { text: json, kind: 'json', raw: json };
}

/** Whether a column holds numbers, judged by its loaded non-empty values (for header alignment). */
export function isNumericColumn(values: Iterable<unknown>): boolean {
  let seen = false;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' && typeof value !== 'bigint') return false;
    seen = true;
  }
  return seen;
}
