import * as React from 'react';

/** Where a message sits in a `MessageList`, for keyboard navigation and screen readers. */
export interface MessageRowValue {
  /** 1-based position among the list's messages. */
  position: number;
  /** Number of messages in the list. */
  total: number;
  /** The row in the tab order: the one a Tab into the list lands on. */
  active: boolean;
}

const MessageRowContext = React.createContext<MessageRowValue | null>(null);

/** Given by `MessageList` to each row; `null` gives a message nested inside another none. */
export const MessageRowProvider = MessageRowContext.Provider;

/** The row a `Message` is rendered in, or `null` outside a `MessageList`. */
export function useMessageRow(): MessageRowValue | null {
  return React.useContext(MessageRowContext);
}

/** Marks the element a message list row focuses (the message's own `article`). */
export const ROW_TARGET_ATTRIBUTE = 'data-row-target';
