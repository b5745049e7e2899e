import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { AlertIcon } from '../lib/icons.tsx';

const noticeButton =
  'inline-flex h-7 items-center rounded-md border border-border bg-background px-2.5 text-xs font-medium text-foreground hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring';

/** Three pulsing dots shown while a reply is being written. Purely visual; the list announces replies. */
export function StreamingIndicator({ className, ...props }: React.ComponentProps<'span'>) {
  return (
    <span
      data-slot="streaming-indicator"
      aria-hidden="true"
      className={cn('inline-flex items-center gap-1 py-2', className)}
      {...props}
    >
      {[0, 150, 300].map((delay) => (
        <span
          key={delay}
          data-slot="streaming-indicator-dot"
          className="size-1.5 animate-pulse rounded-full bg-muted-foreground"
          style={{ animationDelay: `${delay}ms` }}
        />
      ))}
    </span>
  );
}

/** Props of `InterruptedNotice`. */
export interface InterruptedNoticeProps extends React.ComponentProps<'div'> {
  onResume?: (() => void) | undefined;
  onRetry?: (() => void) | undefined;
}

/** Says the reply was cut off, with Resume (continue) and Retry (start again) where available. */
export function InterruptedNotice({ onResume, onRetry, className, ...props }: InterruptedNoticeProps) {
  return (
    <div
      data-slot="message-interrupted"
      className={cn('flex flex-wrap items-center gap-2 text-sm text-muted-foreground', className)}
      {...props}
    >
      <span data-slot="message-interrupted-text">The reply was interrupted.</span>
      {onResume ? (
        <button type="button" data-slot="message-resume" className={noticeButton} onClick={onResume}>
          Resume
        </button>
      ) : null}
      {onRetry ? (
        <button type="button" data-slot="message-retry" className={noticeButton} onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}

/** Props of `MessageError`. */
export interface MessageErrorProps extends React.ComponentProps<'div'> {
  error?: Error | string | undefined;
  onRetry?: (() => void) | undefined;
}

/** The error that ended a reply, announced assertively, with Retry where available. */
export function MessageError({ error, onRetry, className, ...props }: MessageErrorProps) {
  const text = typeof error === 'string' ? error : error?.message || 'Something went wrong.';
  return (
    <div
      role="alert"
      data-slot="message-error"
      className={cn(
        'flex flex-wrap items-center gap-2 rounded-lg border border-destructive/40 px-3 py-2 text-sm text-foreground',
        className,
      )}
      {...props}
    >
      <AlertIcon className="shrink-0 text-destructive" />
      <span data-slot="message-error-text" className="min-w-0 flex-1 break-words">
        {text}
      </span>
      {onRetry ? (
        <button type="button" data-slot="message-retry" className={noticeButton} onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
