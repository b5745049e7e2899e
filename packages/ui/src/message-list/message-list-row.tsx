import { useMessages } from '@agent-chat/react';
import type { UIMessage } from 'ai';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import type { DataPartRegistry } from '../message/data-part-registry.tsx';
import { Message, messageRowFocusClass } from '../message/message.tsx';
import { MessageRowProvider, ROW_TARGET_ATTRIBUTE } from '../message/message-row.tsx';
import type { MessageCallbacks, MessageStatus } from '../message/types.ts';
import { ROW_ID_ATTRIBUTE } from './use-roving-rows.ts';

/** What `MessageList` hands to `renderMessage` for each visible message. */
export interface MessageListItemProps extends MessageCallbacks {
  message: UIMessage;
  /** Position in `messages`. */
  index: number;
  status: MessageStatus;
  /** The exchange's error, given to the newest message only. */
  error?: Error | string | undefined;
  dataParts?: DataPartRegistry | undefined;
}

/** Renders one list item with the kit's `Message`. */
export function defaultRenderMessage({ index: _index, ...props }: MessageListItemProps): React.ReactNode {
  return <Message {...props} />;
}

interface MessageListRowProps {
  item: MessageListItemProps;
  render: (props: MessageListItemProps) => React.ReactNode;
  measure: (element: HTMLDivElement | null) => void;
  /** Number of messages in the list. */
  total: number;
  /** This row is the list's one Tab stop. */
  active: boolean;
}

function rowPropsEqual(previous: MessageListRowProps, next: MessageListRowProps): boolean {
  if (previous.render !== next.render || previous.measure !== next.measure) return false;
  if (previous.total !== next.total || previous.active !== next.active) return false;
  const a = previous.item;
  const b = next.item;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof MessageListItemProps>;
  for (const key of keys) if (!Object.is(a[key], b[key])) return false;
  return true;
}

/**
 * One measured row of the list. Memoised on the message object, status and error, so a
 * streaming update re-renders the last row only (the hooks keep unchanged messages' identity).
 * The kit's `Message` inside takes the row's focus and position; for a custom `renderMessage`
 * without one, the row itself becomes the focusable article.
 */
export const MessageListRow = React.memo(function MessageListRow({
  item,
  render,
  measure,
  total,
  active,
}: MessageListRowProps) {
  const t = useMessages();
  const row = React.useRef<HTMLDivElement | null>(null);
  const [ownTarget, setOwnTarget] = React.useState(false);
  const position = item.index + 1;
  const positionId = React.useId();
  const value = React.useMemo(() => ({ position, total, active }), [position, total, active]);
  React.useLayoutEffect(() => {
    const element = row.current;
    // The rendered message is not the kit's: the row has to carry focus and position itself.
    if (!element) return;
    const own = element.querySelector(`[${ROW_TARGET_ATTRIBUTE}]`) === null;
    // Set only on a change: even a same-value update can render the row (and its message) again.
    if (own !== ownTarget) setOwnTarget(own);
  });
  const ref = React.useCallback(
    (element: HTMLDivElement | null) => {
      row.current = element;
      measure(element);
    },
    [measure],
  );
  return (
    <div
      ref={ref}
      data-index={item.index}
      data-slot="message-list-row"
      {...{ [ROW_ID_ATTRIBUTE]: item.message.id }}
      {...(ownTarget
        ? {
            [ROW_TARGET_ATTRIBUTE]: '',
            role: 'article',
            'aria-label': t.messageLabel(item.message.role),
            'aria-posinset': position,
            'aria-setsize': total,
            'aria-describedby': positionId,
            tabIndex: active ? 0 : -1,
          }
        : undefined)}
      className={cn('mx-auto w-full max-w-3xl px-4 py-3', ownTarget && messageRowFocusClass)}
    >
      {ownTarget ? (
        <span id={positionId} hidden>
          {t.messagePosition(position, total)}
        </span>
      ) : null}
      <MessageRowProvider value={value}>{render(item)}</MessageRowProvider>
    </div>
  );
}, rowPropsEqual);
