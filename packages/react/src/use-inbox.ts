import { type InboxMessage, requireFacet } from '@agent-chat/client';
import { useQuery } from '@tanstack/react-query';
import * as React from 'react';
import { useAgentChat } from './agent-chat-provider.tsx';
import { queryKeys } from './query-keys.ts';

/** Unread messages, where the backend has an inbox. */
export interface InboxState {
  messages: InboxMessage[];
  unreadCount: number;
  /** Marks the given messages (all when absent) as read. */
  markRead(ids?: string[]): Promise<void>;
  isLoading: boolean;
  error: Error | null;
}

/**
 * The backend's unread inbox (platform 004), polled while mounted.
 * @example const { unreadCount, markRead } = useInbox();
 */
export function useInbox({
  refetchInterval = 30_000,
}: {
  refetchInterval?: number | false;
} = {}): InboxState {
  const { backend, capabilities, queryClient } = useAgentChat('useInbox');
  const queryKey = queryKeys.inbox(backend);
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => requireFacet(backend, 'inbox').inbox.list({ signal }),
    enabled: capabilities.inbox,
    refetchInterval,
  });
  const markRead = React.useCallback(
    async (ids?: string[]) => {
      await requireFacet(backend, 'inbox').inbox.markRead(ids);
      await queryClient.invalidateQueries({ queryKey: queryKeys.inbox(backend) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.conversations(backend) });
    },
    [backend, queryClient],
  );
  const messages = query.data ?? [];
  return { messages, unreadCount: messages.length, markRead, isLoading: query.isLoading, error: query.error };
}
