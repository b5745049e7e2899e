import type { ChatStatus, UIMessage } from 'ai';
import type { MessageStatus } from '../message/types.ts';

/** The row after the last message when the reply has no message of its own yet. */
export type ListFooter = 'pending' | 'error' | 'interrupted';

function lastIsAssistant(messages: readonly UIMessage[]): boolean {
  return messages[messages.length - 1]?.role === 'assistant';
}

/**
 * Status of the message at `index`: only the newest assistant message carries the exchange's
 * status (streaming, error, interrupted); every other message is complete.
 */
export function rowStatus(
  index: number,
  messages: readonly UIMessage[],
  status: ChatStatus,
  interrupted: boolean,
): MessageStatus {
  if (index !== messages.length - 1 || !lastIsAssistant(messages)) return 'complete';
  switch (status) {
    case 'submitted':
    case 'streaming':
      return 'streaming';
    case 'error':
      return 'error';
    case 'ready':
      return interrupted ? 'interrupted' : 'complete';
  }
}

/**
 * The extra row below the messages: a typing indicator while waiting for the first chunk, or
 * the error / interruption of an exchange that has no assistant message to show it on.
 */
export function listFooter(
  messages: readonly UIMessage[],
  status: ChatStatus,
  interrupted: boolean,
): ListFooter | undefined {
  if (lastIsAssistant(messages)) return undefined;
  switch (status) {
    case 'submitted':
    case 'streaming':
      return 'pending';
    case 'error':
      return 'error';
    case 'ready':
      return interrupted ? 'interrupted' : undefined;
  }
}
