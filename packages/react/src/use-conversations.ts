import {
  type Conversation,
  type ConversationPage,
  type ConversationSettings,
  requireFacet,
} from '@agent-chat/client';
import { type InfiniteData, useInfiniteQuery } from '@tanstack/react-query';
import * as React from 'react';
import { useAgentChat } from './agent-chat-provider.tsx';
import { queryKeys } from './query-keys.ts';

/** Options of `useConversations`. */
export interface UseConversationsOptions {
  pageSize?: number;
  /** Shows only conversations whose name contains this text (case-insensitive). */
  search?: string;
}

/** The conversation list with its mutations. */
export interface ConversationsState {
  conversations: Conversation[];
  isLoading: boolean;
  error: Error | null;
  hasNextPage: boolean;
  fetchNextPage(): void;
  isFetchingNextPage: boolean;
  create(input?: { name?: string; settings?: ConversationSettings }): Promise<Conversation>;
  /** Renames at once in the list; rolls back and rethrows when the backend refuses. */
  rename(id: string, name: string): Promise<void>;
  /** Removes at once from the list; rolls back and rethrows when the backend refuses. */
  remove(id: string): Promise<void>;
}

type Pages = InfiniteData<ConversationPage, string | undefined>;

function mapPages(
  data: Pages | undefined,
  map: (items: Conversation[]) => Conversation[],
): Pages | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: map(page.items) })) };
}

/**
 * The backend's conversations as an infinite list, with create, rename and delete applied
 * optimistically and rolled back on failure.
 * @example const { conversations, fetchNextPage, rename } = useConversations({ search });
 */
export function useConversations({
  pageSize = 20,
  search = '',
}: UseConversationsOptions = {}): ConversationsState {
  const { backend, queryClient } = useAgentChat('useConversations');
  const queryKey = React.useMemo(() => queryKeys.conversations(backend), [backend]);
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) =>
      backend.listConversations({ cursor: pageParam, limit: pageSize, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

  const conversations = React.useMemo(() => {
    const all = query.data?.pages.flatMap((page) => page.items) ?? [];
    const needle = search.trim().toLowerCase();
    return needle ? all.filter((conversation) => conversation.name.toLowerCase().includes(needle)) : all;
  }, [query.data, search]);

  // Optimistic edit of the cached pages; the returned function undoes it.
  const optimistic = React.useCallback(
    async (map: (items: Conversation[]) => Conversation[]) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<Pages>(queryKey);
      queryClient.setQueryData<Pages>(queryKey, (data) => mapPages(data, map));
      return () => queryClient.setQueryData(queryKey, previous);
    },
    [queryClient, queryKey],
  );

  const create = React.useCallback(
    async (input: { name?: string; settings?: ConversationSettings } = {}) => {
      const conversation = await backend.createConversation(input);
      queryClient.setQueryData<Pages>(queryKey, (data) => {
        if (!data || data.pages.length === 0) return data;
        const [first, ...rest] = data.pages as [ConversationPage, ...ConversationPage[]];
        return { ...data, pages: [{ ...first, items: [conversation, ...first.items] }, ...rest] };
      });
      return conversation;
    },
    [backend, queryClient, queryKey],
  );

  const rename = React.useCallback(
    async (id: string, name: string) => {
      const rollback = await optimistic((items) =>
        items.map((item) => (item.id === id ? { ...item, name } : item)),
      );
      try {
        const updated = await requireFacet(backend, 'renameConversation').renameConversation(id, name);
        queryClient.setQueryData<Pages>(queryKey, (data) =>
          mapPages(data, (items) => items.map((item) => (item.id === id ? { ...item, ...updated } : item))),
        );
      } catch (error) {
        rollback();
        throw error;
      }
    },
    [backend, optimistic, queryClient, queryKey],
  );

  const remove = React.useCallback(
    async (id: string) => {
      const rollback = await optimistic((items) => items.filter((item) => item.id !== id));
      try {
        await requireFacet(backend, 'deleteConversation').deleteConversation(id);
        queryClient.removeQueries({ queryKey: queryKeys.history(backend, id) });
      } catch (error) {
        rollback();
        throw error;
      }
    },
    [backend, optimistic, queryClient],
  );

  return {
    conversations,
    isLoading: query.isLoading,
    error: query.error,
    hasNextPage: query.hasNextPage,
    fetchNextPage: () => void query.fetchNextPage(),
    isFetchingNextPage: query.isFetchingNextPage,
    create,
    rename,
    remove,
  };
}
