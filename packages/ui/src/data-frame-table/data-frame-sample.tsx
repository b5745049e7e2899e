import type { DataFrameInfo } from '@agent-chat/client';
import { useLocale, useMessages } from '@agent-chat/react';
import * as React from 'react';
import { focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { createCellFormatters, formatCell } from './format-cell.ts';

/** Props of `DataFrameSample`. */
export interface DataFrameSampleProps extends React.ComponentProps<'section'> {
  info: DataFrameInfo;
  /** Sample rows shown at most. */
  maxRows?: number;
  /** Columns shown at most; the caption says how many more there are. */
  maxColumns?: number;
  /** Locale of numbers and dates; the kit's locale when absent. */
  locale?: string | string[];
}

/**
 * A compact preview of a data frame: its first rows (`DataFrameInfo.sample`) in a small table
 * with a caption giving its size.
 * @example <DataFrameSample info={frame} maxRows={3} />
 */
export function DataFrameSample({
  info,
  maxRows = 5,
  maxColumns = 6,
  locale,
  className,
  ...props
}: DataFrameSampleProps) {
  const t = useMessages();
  const kitLocale = useLocale().locale;
  const formatLocale = locale ?? kitLocale;
  const formatters = React.useMemo(
    () => createCellFormatters({ locale: formatLocale, invalidDate: t.invalidDate }),
    [formatLocale, t.invalidDate],
  );
  const columns = info.columns.slice(0, maxColumns);
  const hidden = info.columns.length - columns.length;
  const rows = (info.sample ?? []).slice(0, maxRows);
  const size = [
    info.rowCount === undefined
      ? undefined
      : t.rowCount(formatters.number.format(info.rowCount), info.rowCount, false),
    t.columnCount(formatters.number.format(info.columns.length), info.columns.length),
  ]
    .filter(Boolean)
    .join(' × ');
  return (
    // A focusable region, so keyboard users can scroll a sample wider than its panel.
    <section
      data-slot="data-frame-sample"
      aria-label={t.sampleOf(info.name)}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className={cn('min-w-0 overflow-x-auto rounded-md border border-border', focusRing, className)}
      {...props}
    >
      <table className="w-full border-collapse text-xs">
        <caption className="px-2 py-1.5 text-start text-muted-foreground">
          <span className="sr-only">{`${t.sampleOf(info.name)}, `}</span>
          {size}
          {hidden > 0 ? t.moreColumnsNotShown(hidden) : ''}
        </caption>
        <thead className="bg-muted">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="max-w-40 truncate px-2 py-1 text-start font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={Math.max(1, columns.length)} className="px-2 py-2 text-muted-foreground">
                {t.noSampleRows}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => (
              // Sample rows have no identity of their own; their position is stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <tr key={index} className="border-t border-border">
                {columns.map((column) => {
                  const cell = formatCell(row[column], formatters);
                  return (
                    <td
                      key={column}
                      title={cell.raw || undefined}
                      className={cn(
                        'max-w-40 truncate px-2 py-1',
                        cell.kind === 'number' && 'text-right tabular-nums',
                      )}
                    >
                      {cell.kind === 'empty' ? <span className="text-muted-foreground">—</span> : cell.text}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
