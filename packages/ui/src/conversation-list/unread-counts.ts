import type { Conversation, InboxMessage } from '@agent-chat/client';

/**
 * Unread messages per conversation. The inbox is the live source once loaded (it drops messages
 * as they are marked read); before that, or without an inbox, the conversations' own counts.
 */
export function unreadCounts(
  conversations: readonly Conversation[],
  inbox: readonly InboxMessage[] | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (inbox) {
    for (const message of inbox) {
      if (message.conversationId === undefined) continue;
      counts.set(message.conversationId, (counts.get(message.conversationId) ?? 0) + 1);
    }
    return counts;
  }
  for (const conversation of conversations) {
    if (conversation.unread !== undefined && conversation.unread > 0)
      counts.set(conversation.id, conversation.unread);
  }
  return counts;
}

/** Ids of the inbox messages that belong to one conversation (to mark them read when it opens). */
export function inboxIdsOf(conversationId: string, inbox: readonly InboxMessage[]): string[] {
  return inbox.filter((message) => message.conversationId === conversationId).map((message) => message.id);
}

/** A badge label: the count, capped at `99+`. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}
