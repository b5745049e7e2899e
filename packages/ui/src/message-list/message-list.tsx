import type { RetryWait } from '@agent-chat/client';
import { useMessages } from '@agent-chat/react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ChatStatus, UIMessage } from 'ai';
import * as React from 'react';
import { afterNextPaint } from '../lib/after-next-paint.ts';
import { cn } from '../lib/cn.ts';
import type { DataPartRegistry } from '../message/data-part-registry.tsx';
import { MessageActionsProvider, type MessageActionsValue } from '../message/message-context.tsx';
import { InterruptedNotice, MessageError, StreamingIndicator } from '../message/message-status.tsx';
import type { MessageCallbacks } from '../message/types.ts';
import { countNewMessages } from './count-new-messages.ts';
import { JumpToLatest } from './jump-to-latest.tsx';
import { type ListFooter, listFooter, rowStatus } from './list-rows.ts';
import { LiveRegions } from './live-regions.tsx';
import { defaultRenderMessage, type MessageListItemProps, MessageListRow } from './message-list-row.tsx';
import { useLoadOlder } from './use-load-older.ts';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion.ts';
import { useReplyAnnouncements } from './use-reply-announcements.ts';
import { useRovingRows } from './use-roving-rows.ts';
import { useStableCallbacks } from './use-stable-callbacks.ts';
import { useStickToBottom } from './use-stick-to-bottom.ts';

/** Props of `MessageList`. */
export interface MessageListProps extends Omit<React.ComponentProps<'div'>, 'children'>, MessageCallbacks {
  messages: UIMessage[];
  /** Status of the current exchange (AI SDK `ChatStatus`); defaults to `ready`. */
  status?: ChatStatus;
  /** The error of a failed exchange, shown on the newest message and announced assertively. */
  error?: Error | string | undefined;
  /** The last reply was cut off and not resumed: shows Resume / Retry. */
  interrupted?: boolean;
  /** Render a message yourself; defaults to the kit's `Message`. Keep its identity stable. */
  renderMessage?: (props: MessageListItemProps) => React.ReactNode;
  /** Components for `data-*` parts, passed to every message. */
  dataParts?: DataPartRegistry | undefined;
  /** Called when the user scrolls near the top; return a promise to hold further calls until it settles. */
  onLoadOlder?: () => unknown;
  /** Shown instead of the list when there are no messages. */
  emptyState?: React.ReactNode;
  /** Accessible name of the log region. */
  label?: string;
  /** Guessed row height before a row is measured, in pixels. */
  estimateSize?: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  /** Where a message sits among its turn's versions (`useConversation().branchOf`). */
  branchOf?: MessageActionsValue['branchOf'];
  /** Bumps when branches change (`useConversation().branchVersion`). */
  branchVersion?: number;
  /** Edits and regenerations branch on the server; when false the buttons say they send new turns. */
  branches?: boolean;
  /** Approvals and tool outputs reach the server; when false requests are shown read-only. */
  toolResponses?: boolean;
  /** Ratings given, by message id. */
  feedback?: MessageActionsValue['feedback'];
  /** The failed send will be retried by itself (`useConversation().retryWait`): shows the wait. */
  retryWait?: RetryWait | undefined;
}

function FooterRow({
  kind,
  error,
  retryWait,
  onRetry,
  onResume,
}: { kind: ListFooter } & MessageCallbacks & {
    error?: Error | string | undefined;
    retryWait?: RetryWait | undefined;
  }) {
  switch (kind) {
    case 'pending':
      return <StreamingIndicator data-slot="message-list-pending" />;
    case 'error':
      return <MessageError error={error} onRetry={onRetry} retryWait={retryWait} />;
    case 'interrupted':
      return <InterruptedNotice onResume={onResume} onRetry={onRetry} />;
  }
}

/**
 * The conversation as a virtualized `log` region: only the rows in view are in the DOM, it
 * follows a streaming reply unless the user scrolls away, offers "Jump to latest" with the count
 * of new messages, keeps its place when older history is prepended, and announces each finished
 * reply once. It is one Tab stop: ArrowUp/ArrowDown/Home/End move between messages, Enter goes
 * into a message's controls and Escape comes back (see `useRovingRows`).
 * @example <MessageList messages={messages} status={status} error={error} onRetry={retry} />
 */
export function MessageList({
  messages,
  status = 'ready',
  error,
  interrupted = false,
  renderMessage = defaultRenderMessage,
  dataParts,
  onLoadOlder,
  emptyState,
  label,
  estimateSize = 120,
  overscan = 6,
  onRegenerate,
  onEdit,
  onRetry,
  onResume,
  onToolApproval,
  onCopied,
  onToolOutput,
  onFeedback,
  onSwitchBranch,
  branchOf,
  branchVersion,
  branches,
  toolResponses,
  feedback,
  retryWait,
  className,
  ...props
}: MessageListProps) {
  const callbacks = useStableCallbacks({
    onRegenerate,
    onEdit,
    onRetry,
    onResume,
    onToolApproval,
    onCopied,
    onToolOutput,
    onFeedback,
    onSwitchBranch,
  });
  // One value for every row: it changes only when a callback appears or goes, a branch is made or
  // switched, a rating is given, what the platform hears changes, or an exchange starts or ends.
  const busy = status === 'submitted' || status === 'streaming';
  const actions = React.useMemo<MessageActionsValue>(
    () => ({ ...callbacks, branchOf, branchVersion, branches, toolResponses, feedback, busy }),
    [callbacks, branchOf, branchVersion, branches, toolResponses, feedback, busy],
  );
  const { scrollRef, scrollElement, contentRef, isAtBottom, scrollToBottom } = useStickToBottom();
  const reducedMotion = usePrefersReducedMotion();
  const t = useMessages();
  const announcements = useReplyAnnouncements(status, messages, error);
  useLoadOlder(scrollElement, onLoadOlder);

  const footer = listFooter(messages, status, interrupted);
  const count = messages.length + (footer ? 1 : 0);
  // A new key function makes the virtualizer re-measure every row; keep it stable while a reply
  // streams (same first and last ids) and change it when messages are added, prepended or swapped.
  const latestMessages = React.useRef(messages);
  latestMessages.current = messages;
  const firstId = messages[0]?.id;
  const lastId = messages[messages.length - 1]?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the edge ids and footer are the identity of the key list.
  const getItemKey = React.useCallback(
    (index: number) => latestMessages.current[index]?.id ?? `footer-${footer}`,
    [firstId, lastId, footer],
  );
  // The first screenful paints alone; the rows just out of view follow once it has been drawn.
  const painted = usePainted();
  const virtualizer = useVirtualizer<HTMLElement, HTMLDivElement>({
    count,
    getScrollElement: () => scrollElement,
    estimateSize: () => estimateSize,
    overscan: painted ? overscan : 0,
    getItemKey,
    // Prepending history keeps the first visible row where it was.
    anchorTo: 'end',
    // A growing reply is followed by useStickToBottom alone, which knows when the user has
    // scrolled away. The virtualizer's own following (within this distance of the end) would
    // write a second offset past the one already written, and retry it, reading the layout, at
    // every commit until the list had grown that far.
    scrollEndThreshold: -1,
    // A thread opens at its end: render the newest rows first, not the oldest ones and then,
    // once scrolled to the bottom, the newest ones as well.
    initialOffset: () => count * estimateSize,
    useAnimationFrameWithResizeObserver: true,
  });

  const roving = useRovingRows({
    messages,
    viewport: scrollElement,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  });

  // The newest message id while the user was at the bottom: what counts as "seen".
  const lastSeenId = React.useRef<string | undefined>(undefined);
  if (isAtBottom || lastSeenId.current === undefined) lastSeenId.current = lastId;
  const newCount = isAtBottom ? 0 : countNewMessages(messages, lastSeenId.current);

  React.useLayoutEffect(() => {
    if (scrollElement) scrollToBottom();
  }, [scrollElement, scrollToBottom]);

  const jump = () => {
    const far = scrollElement
      ? scrollElement.scrollHeight - scrollElement.scrollTop > scrollElement.clientHeight * 3
      : true;
    scrollToBottom(reducedMotion || far ? 'auto' : 'smooth');
    scrollElement?.focus({ preventScroll: true });
  };

  const items = virtualizer.getVirtualItems();
  // The list is one Tab stop: the remembered row when it is rendered, else the log itself (from
  // which the arrow keys bring that row back).
  const rowInTabOrder = items.some((item) => item.index === roving.activeIndex);
  return (
    <MessageActionsProvider value={actions}>
      <div
        data-slot="message-list"
        data-state={status}
        className={cn('relative flex min-h-0 flex-1 flex-col', className)}
        {...props}
      >
        <div
          ref={scrollRef}
          role="log"
          aria-label={label ?? t.conversationLabel}
          aria-busy={busy}
          // Announcements come from the live regions below, once per reply, never per token.
          aria-live="off"
          // Reachable by keyboard (to scroll it) only while no message row is: see rowInTabOrder.
          tabIndex={rowInTabOrder ? -1 : 0}
          {...roving.handlers}
          data-slot="message-list-viewport"
          // At most the window's height: in a parent with no height of its own the list still
          // scrolls and renders a screenful of rows, instead of growing to hold every message.
          className="max-h-dvh min-h-0 flex-1 overflow-y-auto overscroll-contain focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring"
        >
          {count === 0 ? (
            emptyState
          ) : (
            <div
              ref={contentRef}
              data-slot="message-list-content"
              className="relative w-full"
              // The rows are in the flow, padded by the rows not rendered: the list's height is
              // its content's the moment a streaming reply grows, so following it never writes a
              // scroll offset past the end (which the virtualizer would then retry, reading the
              // layout, at every commit).
              style={{
                paddingTop: items[0]?.start ?? 0,
                paddingBottom: Math.max(0, virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)),
              }}
            >
              <div data-slot="message-list-items">
                {items.map((item) => {
                  const message = messages[item.index];
                  if (!message) {
                    return (
                      <div
                        key={item.key}
                        ref={virtualizer.measureElement}
                        data-index={item.index}
                        data-slot="message-list-row"
                        className="mx-auto w-full max-w-3xl px-4 py-3"
                      >
                        {footer ? (
                          <FooterRow kind={footer} error={error} retryWait={retryWait} {...callbacks} />
                        ) : null}
                      </div>
                    );
                  }
                  const rowState = rowStatus(item.index, messages, status, interrupted);
                  return (
                    <MessageListRow
                      key={item.key}
                      measure={virtualizer.measureElement}
                      render={renderMessage}
                      total={messages.length}
                      active={item.index === roving.activeIndex}
                      item={{
                        message,
                        index: item.index,
                        status: rowState,
                        error: rowState === 'error' ? error : undefined,
                        dataParts,
                        ...callbacks,
                      }}
                    />
                  );
                })}
              </div>
            </div>
          )}
        </div>
        {!isAtBottom && count > 0 ? (
          <JumpToLatest
            newCount={newCount}
            onClick={jump}
            className="absolute bottom-3 left-1/2 -translate-x-1/2"
          />
        ) : null}
        <LiveRegions polite={announcements.polite} assertive={announcements.assertive} />
      </div>
    </MessageActionsProvider>
  );
}

/**
 * False until the component's first render has been painted (the frame after mount, and the task
 * after it), then true: for work that can wait until the user sees something.
 */
function usePainted(): boolean {
  const [painted, setPainted] = React.useState(false);
  React.useEffect(() => afterNextPaint(() => React.startTransition(() => setPainted(true))), []);
  return painted;
}
