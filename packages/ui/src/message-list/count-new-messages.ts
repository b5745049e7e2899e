import type { UIMessage } from 'ai';

/**
 * How many messages arrived after the one with id `lastSeenId` (the newest message when the
 * user scrolled away). Counts by id, so history prepended above does not inflate the number.
 */
export function countNewMessages(messages: readonly UIMessage[], lastSeenId: string | undefined): number {
  if (lastSeenId === undefined) return 0;
  for (let index = messages.length - 1; index >= 0; index--) {
    if (messages[index]?.id === lastSeenId) return messages.length - 1 - index;
  }
  return 0;
}
