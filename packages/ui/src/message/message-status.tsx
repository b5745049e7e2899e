import { describeError, isAgentChatError, type RetryWait } from '@agent-chat/client';
import { type AgentChatMessages, useMessages } from '@agent-chat/react';
import * as React from 'react';
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
  const t = useMessages();
  return (
    <div
      data-slot="message-interrupted"
      className={cn('flex flex-wrap items-center gap-2 text-sm text-muted-foreground', className)}
      {...props}
    >
      <span data-slot="message-interrupted-text">{t.replyInterrupted}</span>
      {onResume ? (
        <button type="button" data-slot="message-resume" className={noticeButton} onClick={onResume}>
          {t.resume}
        </button>
      ) : null}
      {onRetry ? (
        <button type="button" data-slot="message-retry" className={noticeButton} onClick={onRetry}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}

/** Props of `MessageError`. */
export interface MessageErrorProps extends React.ComponentProps<'div'> {
  error?: Error | string | undefined;
  onRetry?: (() => void) | undefined;
  /** A retry the controller will make by itself: at a time (a countdown), or once back online. */
  retryWait?: RetryWait | undefined;
}

/** The sentence to show: the kit's advice, or the server's own words when it sent an error text. */
function headline(
  error: Error | string | undefined,
  t: AgentChatMessages,
): { title: string; detail: string | undefined } {
  if (error === undefined) return { title: t.somethingWentWrong, detail: undefined };
  if (typeof error === 'string') return { title: error, detail: undefined };
  const described = describeError(error, t.errors);
  // An error part of a reply carries a sentence written for people; show it as it is.
  const own = !isAgentChatError(error) && described.kind === 'unknown' && error.message;
  return own
    ? { title: error.message, detail: undefined }
    : { title: described.title, detail: described.detail };
}

/** Seconds left until `at`, ticking once a second while mounted. */
function useSecondsUntil(at: number | undefined): number | undefined {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    if (at === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * The error that ended a reply, announced assertively: a sentence a person can act on, the
 * technical detail behind a disclosure, Retry where available, and the countdown of an automatic
 * retry (a busy server's `Retry-After`) or the wait for the network.
 */
export function MessageError({ error, onRetry, retryWait, className, ...props }: MessageErrorProps) {
  const t = useMessages();
  const { title, detail } = headline(error, t);
  const seconds = useSecondsUntil(retryWait && 'at' in retryWait ? retryWait.at : undefined);
  const waiting =
    retryWait === undefined
      ? undefined
      : 'online' in retryWait
        ? t.waitingForNetwork
        : t.retryingIn(seconds ?? 0);
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
        {title}
      </span>
      {onRetry ? (
        <button type="button" data-slot="message-retry" className={noticeButton} onClick={onRetry}>
          {retryWait ? t.retryNow : t.retry}
        </button>
      ) : null}
      {waiting ? (
        // Not inside the alert's first announcement: a countdown read every second would be noise.
        <span
          data-slot="message-error-retry-wait"
          aria-live="off"
          className="basis-full text-muted-foreground"
        >
          {waiting}
        </span>
      ) : null}
      {detail ? (
        <details data-slot="message-error-detail" className="basis-full text-xs text-muted-foreground">
          <summary className="cursor-pointer rounded-sm focus-visible:outline-2 focus-visible:outline-ring">
            {t.errorDetails}
          </summary>
          <p className="mt-1 whitespace-pre-wrap break-words font-mono">{detail}</p>
        </details>
      ) : null}
    </div>
  );
}
