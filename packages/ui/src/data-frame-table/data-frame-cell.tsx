import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import type { FormattedCell } from './format-cell.ts';

/** Props of `DataFrameCell`. */
export interface DataFrameCellProps extends React.ComponentProps<'td'> {
  /** The formatted value; undefined while the cell's page loads (a placeholder). */
  cell: FormattedCell | undefined;
}

/**
 * One formatted value: numbers right-aligned in tabular figures, dates with the raw ISO text as a
 * tooltip; a placeholder while its page loads. Both are the same `<td>`, so a cell focused while
 * loading keeps the focus when its value arrives.
 */
export function DataFrameCell({ cell, className, ...props }: DataFrameCellProps) {
  const t = useMessages();
  return (
    <td
      data-slot={cell ? 'data-frame-cell' : 'data-frame-placeholder'}
      data-kind={cell?.kind}
      title={cell === undefined || cell.kind === 'empty' ? undefined : cell.raw}
      className={cn(
        'flex shrink-0 items-center truncate border-r border-border px-3 text-sm outline-none last:border-r-0 focus-visible:-outline-offset-2',
        focusRing,
        cell?.kind === 'number' && 'justify-end text-right tabular-nums',
        (cell?.kind === 'json' || cell?.kind === 'boolean') && 'font-mono text-xs',
        className,
      )}
      {...props}
    >
      {cell === undefined ? (
        <>
          <span className="sr-only">{t.loading}</span>
          <span aria-hidden="true" className="block h-3 w-2/3 animate-pulse rounded bg-muted" />
        </>
      ) : cell.kind === 'empty' ? (
        <>
          <span className="sr-only">{t.emptyCell}</span>
          <span aria-hidden="true" className="text-muted-foreground">
            —
          </span>
        </>
      ) : (
        <span className="truncate">{cell.text}</span>
      )}
    </td>
  );
}
