import type { Conversation, ConversationPage } from '../backend.ts';
import { AgentChatError } from '../errors.ts';

/** Pages read at most when looking a conversation up in the list. */
const MAX_PAGES = 50;

/**
 * Find a conversation by walking the list, for platforms without a "get one" endpoint.
 * Rejects with `not-found` when the list ends without it.
 */
export async function findConversationInList(
  id: string,
  listPage: (cursor: string | undefined) => Promise<ConversationPage>,
): Promise<Conversation> {
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, nextCursor } = await listPage(cursor);
    const found = items.find((item) => item.id === id);
    if (found) return found;
    if (nextCursor === undefined || nextCursor === cursor) break;
    cursor = nextCursor;
  }
  throw new AgentChatError({
    kind: 'not-found',
    message: `Conversation "${id}" was not found. It may have been deleted.`,
  });
}
