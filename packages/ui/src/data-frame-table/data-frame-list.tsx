import type { DataFrameInfo } from '@agent-chat/client';
import { useAgentChat, useDataFrames, useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { TableIcon } from '../lib/icons.tsx';
import { DataFrameSample } from './data-frame-sample.tsx';

/** Props of `DataFrameList`. */
export interface DataFrameListProps extends Omit<React.ComponentProps<'section'>, 'onOpen'> {
  conversationId: string | undefined;
  /** Opens a frame, e.g. in a `DataFrameTable`. */
  onOpen(info: DataFrameInfo): void;
  /** Sample rows fetched per frame. */
  numSamples?: number;
  /** Accessible name of the section. */
  label?: string;
}

/**
 * The data frames of a conversation, each with a sample and an "Open" button.
 * @example <DataFrameList conversationId={id} onOpen={(frame) => setOpenFrame(frame.name)} />
 */
export function DataFrameList({
  conversationId,
  onOpen,
  numSamples = 5,
  label,
  className,
  ...props
}: DataFrameListProps) {
  const { capabilities } = useAgentChat();
  const t = useMessages();
  const { dataFrames, isLoading, error, refetch } = useDataFrames(
    capabilities.dataFrames ? conversationId : undefined,
    { numSamples },
  );
  return (
    <section
      aria-label={label ?? t.dataFrames}
      data-slot="data-frame-list"
      className={cn('grid content-start gap-3', className)}
      {...props}
    >
      {isLoading ? (
        <p role="status" className="text-sm text-muted-foreground">
          {t.loadingDataFrames}
        </p>
      ) : null}
      {error ? (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md border border-destructive px-3 py-2 text-sm text-destructive"
        >
          <span>{t.listDataFramesFailed(error instanceof Error ? error.message : String(error))}</span>
          <Button
            variant="outline"
            onClick={() => void refetch()}
            className="h-auto px-2 py-1 text-foreground"
          >
            {t.tryAgain}
          </Button>
        </div>
      ) : null}
      {!capabilities.dataFrames ? (
        <p className="text-sm text-muted-foreground">{t.dataFramesUnsupported}</p>
      ) : null}
      {capabilities.dataFrames && !isLoading && !error && dataFrames.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t.noDataFrames}</p>
      ) : null}
      {dataFrames.length > 0 ? (
        <ul className="grid gap-3">
          {dataFrames.map((frame) => (
            <li
              key={frame.name}
              data-slot="data-frame-list-item"
              className="grid gap-2 rounded-lg border border-border bg-card p-3 text-card-foreground"
            >
              <div className="flex items-center gap-2">
                <TableIcon className="text-muted-foreground" />
                <h3 className="min-w-0 flex-1 truncate text-sm font-medium">{frame.name}</h3>
                <Button size="sm" aria-label={t.openDataFrame(frame.name)} onClick={() => onOpen(frame)}>
                  {t.open}
                </Button>
              </div>
              <DataFrameSample info={frame} maxRows={numSamples} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
