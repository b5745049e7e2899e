import { formatBytes, formatNumber, useLocale, useMessages } from '@agent-chat/react';
import * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { AlertIcon, FileIcon, RefreshIcon, XIcon } from '../lib/icons.tsx';
import { AttachmentProgress } from './attachment-progress.tsx';
import type { ComposerAttachment } from './types.ts';

/** Props of `AttachmentChip`. */
export interface AttachmentChipProps extends React.ComponentProps<'li'> {
  attachment: ComposerAttachment;
  /** Remove the file; while it uploads, the button says "Cancel upload" and this cancels it. */
  onRemove?: ((id: string) => void) | undefined;
  /** Try a failed upload again; the button shows only for an error marked `retryable`. */
  onRetry?: ((id: string) => void) | undefined;
}

/**
 * One attached file: preview or icon, name, size, a progress bar while it is processed or
 * uploaded (with the percentage while uploading), the error in words when it failed (and Retry
 * when trying again may help), and a remove button named after the file, which cancels an upload.
 * @example <AttachmentChip attachment={item} onRemove={remove} onRetry={retry} />
 */
export function AttachmentChip({ attachment, onRemove, onRetry, className, ...props }: AttachmentChipProps) {
  const { name, size, status, progress, error, previewUrl, retryable } = attachment;
  const errorId = `${attachment.id}-error`;
  const uploading = status === 'uploading';
  const busy = status === 'pending' || status === 'processing' || uploading;
  const canRetry = status === 'error' && retryable === true && onRetry !== undefined;
  const t = useMessages();
  const { locale } = useLocale();
  const removeRef = React.useRef<HTMLButtonElement>(null);
  return (
    <li
      data-slot="attachment-chip"
      data-state={status}
      aria-describedby={error ? errorId : undefined}
      className={cn(
        'relative flex w-56 max-w-full items-center gap-2 rounded-lg border border-border bg-muted p-1.5 pe-8 text-xs text-foreground data-[state=error]:border-destructive',
        canRetry && 'pe-14',
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
          <span data-slot="attachment-size" className="flex gap-1 text-muted-foreground">
            <span>{formatBytes(size, locale, t.unknownSize)}</span>
            {uploading && progress !== undefined ? (
              // The bar's value text says the same to assistive technology.
              <span aria-hidden="true" data-slot="attachment-percent" className="ms-auto tabular-nums">
                {formatNumber(progress, locale, { style: 'percent', maximumFractionDigits: 0 })}
              </span>
            ) : null}
          </span>
        )}
        {busy ? (
          <AttachmentProgress
            value={progress}
            label={uploading ? t.uploadingFile(name) : t.processingFile(name)}
          />
        ) : null}
      </span>
      {canRetry ? (
        <Button
          variant="ghost"
          size="icon"
          data-slot="attachment-retry"
          aria-label={t.retryUpload(name)}
          onClick={() => {
            onRetry(attachment.id);
            // Retry vanishes as the upload starts again; its Cancel button is the next thing to use.
            removeRef.current?.focus();
          }}
          className="absolute end-7 top-1 size-6 rounded-full hover:bg-background hover:text-foreground"
        >
          <RefreshIcon width="14" height="14" />
        </Button>
      ) : null}
      {onRemove ? (
        <Button
          variant="ghost"
          size="icon"
          ref={removeRef}
          data-slot="attachment-remove"
          data-action={uploading ? 'cancel' : 'remove'}
          aria-label={uploading ? t.cancelUpload(name) : t.removeFile(name)}
          onClick={() => onRemove(attachment.id)}
          className="absolute end-1 top-1 size-6 rounded-full hover:bg-background hover:text-foreground"
        >
          <XIcon width="14" height="14" />
        </Button>
      ) : null}
    </li>
  );
}
