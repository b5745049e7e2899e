import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { CopyIcon, DownloadIcon } from '../lib/icons.tsx';
import { DataFrameColumnMenu } from './data-frame-column-menu.tsx';

/** Props of `DataFrameToolbar`. */
export interface DataFrameToolbarProps extends Omit<React.ComponentProps<'div'>, 'children'> {
  /** Row count and position, also the grid's description. */
  caption: string;
  captionId: string;
  /** The last copy succeeded a moment ago. */
  copied: boolean;
  /** A loaded body cell is active. */
  canCopy: boolean;
  onCopy(): void;
  columns: readonly string[];
  visibleColumns: readonly string[];
  onVisibleColumnsChange(visible: Set<string>): void;
  /** Rows are in view. */
  canExport: boolean;
  onExport(): void;
}

const buttonClass =
  'inline-flex h-8 items-center gap-1.5 rounded-md border border-border px-2.5 text-sm hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-ring disabled:pointer-events-none disabled:opacity-50';

/** The bar above the grid: caption, copy the active cell, choose columns, export the rows in view. */
export function DataFrameToolbar({
  caption,
  captionId,
  copied,
  canCopy,
  onCopy,
  columns,
  visibleColumns,
  onVisibleColumnsChange,
  canExport,
  onExport,
  className,
  ...props
}: DataFrameToolbarProps) {
  return (
    <div
      data-slot="data-frame-toolbar"
      className={cn('flex flex-wrap items-center gap-2', className)}
      {...props}
    >
      <p
        id={captionId}
        data-slot="data-frame-caption"
        className="mr-auto text-sm text-muted-foreground tabular-nums"
      >
        {caption}
      </p>
      <span role="status" className="sr-only">
        {copied ? 'Cell copied' : ''}
      </span>
      <button type="button" disabled={!canCopy} onClick={onCopy} className={buttonClass}>
        <CopyIcon />
        {copied ? 'Copied' : 'Copy cell'}
      </button>
      <DataFrameColumnMenu
        columns={columns}
        visible={new Set(visibleColumns)}
        onVisibleChange={onVisibleColumnsChange}
      />
      <button type="button" disabled={!canExport} onClick={onExport} className={buttonClass}>
        <DownloadIcon />
        Export CSV
      </button>
    </div>
  );
}
