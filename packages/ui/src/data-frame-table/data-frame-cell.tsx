import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import type { FormattedCell } from './format-cell.ts';

/** Props of `DataFrameCell`. */
export interface DataFrameCellProps extends React.ComponentProps<'td'> {
  cell: FormattedCell;
}

/** One formatted value: numbers right-aligned in tabular figures, dates with the raw ISO text as a tooltip. */
export function DataFrameCell({ cell, className, ...props }: DataFrameCellProps) {
  const t = useMessages();
  return (
    <td
      data-slot="data-frame-cell"
      data-kind={cell.kind}
      title={cell.kind === 'empty' ? undefined : cell.raw}
      className={cn(
        'flex shrink-0 items-center truncate border-r border-border px-3 text-sm outline-none last:border-r-0 focus-visible:-outline-offset-2',
        focusRing,
        cell.kind === 'number' && 'justify-end text-right tabular-nums',
        (cell.kind === 'json' || cell.kind === 'boolean') && 'font-mono text-xs',
        className,
      )}
      {...props}
    >
      {cell.kind === 'empty' ? (
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
