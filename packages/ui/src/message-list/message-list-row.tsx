import type { UIMessage } from 'ai';
import * as React from 'react';
import type { DataPartRegistry } from '../message/data-part-registry.tsx';
import { Message } from '../message/message.tsx';
import type { MessageCallbacks, MessageStatus } from '../message/types.ts';

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
}

function rowPropsEqual(previous: MessageListRowProps, next: MessageListRowProps): boolean {
  if (previous.render !== next.render || previous.measure !== next.measure) return false;
  const a = previous.item;
  const b = next.item;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof MessageListItemProps>;
  for (const key of keys) if (!Object.is(a[key], b[key])) return false;
  return true;
}

/**
 * One measured row of the list. Memoised on the message object, status and error, so a
 * streaming update re-renders the last row only (the hooks keep unchanged messages' identity).
 */
export const MessageListRow = React.memo(function MessageListRow({
  item,
  render,
  measure,
}: MessageListRowProps) {
  return (
    <div
      ref={measure}
      data-index={item.index}
      data-slot="message-list-row"
      className="mx-auto w-full max-w-3xl px-4 py-3"
    >
      {render(item)}
    </div>
  );
}, rowPropsEqual);
