import type { Conversation } from '../backend.ts';
import { AgentChatError } from '../errors.ts';

/**
 * A conversation read by a platform's mapping, or a `protocol` error naming the platform and the
 * call that returned something else (shared by every adapter).
 */
export function conversationOrThrow(
  conversation: Conversation | undefined,
  platform: string,
  what: string,
): Conversation {
  if (!conversation) {
    throw new AgentChatError({
      kind: 'protocol',
      message: `${platform} ${what} did not return a conversation.`,
    });
  }
  return conversation;
}

/**
 * A list cursor that is a number (a page, or an offset) from `first` up: the adapter's own
 * cursors, parsed back; anything else is a clear error instead of a wrong page.
 */
export function numericCursor(
  cursor: string | undefined,
  first: number,
  platform: string,
  kind: 'page' | 'offset',
): number {
  if (cursor === undefined) return first;
  const value = Number.parseInt(cursor, 10);
  if (!Number.isInteger(value) || value < first) {
    throw new AgentChatError({
      kind: 'unsupported',
      message: `"${cursor}" is not a ${platform} ${kind} cursor.`,
    });
  }
  return value;
}
