import { formatBytes, useLocale, useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { AlertIcon, FileIcon, XIcon } from '../lib/icons.tsx';
import type { ComposerAttachment } from './types.ts';

/** Props of `AttachmentChip`. */
export interface AttachmentChipProps extends React.ComponentProps<'li'> {
  attachment: ComposerAttachment;
  onRemove?: ((id: string) => void) | undefined;
}

/**
 * One attached file: preview or icon, name, size, progress while processing, the error in words
 * when it failed, and a remove button named after the file.
 * @example <AttachmentChip attachment={item} onRemove={remove} />
 */
export function AttachmentChip({ attachment, onRemove, className, ...props }: AttachmentChipProps) {
  const { name, size, status, progress, error, previewUrl } = attachment;
  const errorId = `${attachment.id}-error`;
  const busy = status === 'pending' || status === 'processing';
  const t = useMessages();
  const { locale } = useLocale();
  return (
    <li
      data-slot="attachment-chip"
      data-state={status}
      aria-describedby={error ? errorId : undefined}
      className={cn(
        'relative flex w-56 max-w-full items-center gap-2 rounded-lg border border-border bg-muted p-1.5 pe-8 text-xs text-foreground data-[state=error]:border-destructive',
        className,
      )}
      {...props}
    >
      {previewUrl ? (
        <img
          src={previewUrl}
          alt=""
          data-slot="attachment-preview"
          className="size-9 shrink-0 rounded object-cover"
        />
      ) : (
        <span
          data-slot="attachment-icon"
          className="flex size-9 shrink-0 items-center justify-center rounded bg-background text-muted-foreground"
        >
          {status === 'error' ? <AlertIcon className="text-destructive" /> : <FileIcon />}
        </span>
      )}
      <span data-slot="attachment-details" className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span data-slot="attachment-name" className="truncate font-medium" title={name}>
          {name}
        </span>
        {error ? (
          <span id={errorId} data-slot="attachment-error" className="text-destructive">
            {error}
          </span>
        ) : (
          <span data-slot="attachment-size" className="text-muted-foreground">
            {formatBytes(size, locale, t.unknownSize)}
          </span>
        )}
        {busy ? (
          <progress
            data-slot="attachment-progress"
            aria-label={t.processingFile(name)}
            className="h-1 w-full overflow-hidden rounded-full accent-primary"
            {...(progress === undefined ? {} : { value: progress, max: 1 })}
          />
        ) : null}
      </span>
      {onRemove ? (
        <Button
          variant="ghost"
          size="icon"
          data-slot="attachment-remove"
          aria-label={t.removeFile(name)}
          onClick={() => onRemove(attachment.id)}
          className="absolute end-1 top-1 size-6 rounded-full hover:bg-background hover:text-foreground"
        >
          <XIcon width="14" height="14" />
        </Button>
      ) : null}
    </li>
  );
}
