const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A byte count as people of `locale` read it: `812 bytes`, `1.5 kB`, `30 MB` in English (powers
 * of 1024, one decimal under 10). `unknown` is said for a negative or non-finite count.
 * @example formatBytes(30 * 1024 * 1024, 'pt') // "30 MB"
 */
export function formatBytes(bytes: number, locale = 'en', unknown = 'unknown size'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return unknown;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    // "812 bytes" reads better than "812 byte"; the larger units have well-known short forms.
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value >= 10 ? 0 : 1,
  }).format(value);
}

/** A number with the locale's digits and separators. */
export function formatNumber(value: number, locale = 'en', options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** A wait in words: `45 seconds`, or whole minutes (rounded up) from a minute on. */
export function formatDuration(seconds: number, locale = 'en'): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 60
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds)
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** How long ago (or how soon) `date` is, in the largest fitting unit: `5 minutes ago`, `yesterday`. */
export function formatRelativeTime(date: Date | number, locale = 'en', now: number = Date.now()): string {
  let value = ((typeof date === 'number' ? date : date.getTime()) - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

/** A date (and time) in the locale's own style. */
export function formatDate(
  date: Date | number,
  locale = 'en',
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(locale, options).format(date);
}
