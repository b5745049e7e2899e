import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { Button } from '../lib/button.tsx';
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

/** Toolbar buttons (and the column menu's trigger) are a little tighter than a plain small button. */
export const toolbarButton = 'px-2.5 disabled:pointer-events-none';

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
  const t = useMessages();
  return (
    <div
      data-slot="data-frame-toolbar"
      className={cn('flex flex-wrap items-center gap-2', className)}
      {...props}
    >
      <p
        id={captionId}
        data-slot="data-frame-caption"
        className="me-auto text-sm text-muted-foreground tabular-nums"
      >
        {caption}
      </p>
      <span role="status" className="sr-only">
        {copied ? t.cellCopied : ''}
      </span>
      <Button variant="outline" size="sm" disabled={!canCopy} onClick={onCopy} className={toolbarButton}>
        <CopyIcon />
        {copied ? t.copied : t.copyCell}
      </Button>
      <DataFrameColumnMenu
        columns={columns}
        visible={new Set(visibleColumns)}
        onVisibleChange={onVisibleColumnsChange}
      />
      <Button variant="outline" size="sm" disabled={!canExport} onClick={onExport} className={toolbarButton}>
        <DownloadIcon />
        {t.exportCsv}
      </Button>
    </div>
  );
}
