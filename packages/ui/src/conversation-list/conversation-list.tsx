import type { Conversation, InboxMessage } from '@agent-chat/client';
import { useAgentChat, useConversations, useInbox, useMessages } from '@agent-chat/react';
import * as React from 'react';
import { Button, focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { MessageSquareIcon, PlusIcon, SearchIcon } from '../lib/icons.tsx';
import { ConversationListItem } from './conversation-list-item.tsx';
import { inboxIdsOf, unreadCounts } from './unread-counts.ts';
import { useDebouncedValue } from './use-debounced-value.ts';
import { useLoadMore } from './use-load-more.ts';

/** Props of `ConversationList`. */
export interface ConversationListProps extends Omit<React.ComponentProps<'nav'>, 'onSelect'> {
  /** The open conversation, marked with `aria-current`. */
  selectedId?: string;
  onSelect?(conversation: Conversation): void;
  /** After "New conversation" created one (it is also selected). */
  onCreated?(conversation: Conversation): void;
  /** After a conversation was deleted (e.g. to close it when it was open). */
  onDeleted?(id: string): void;
  /** Conversations per page. */
  pageSize?: number;
  /** Accessible name of the navigation landmark. */
  label?: string;
}

interface InboxState {
  messages: InboxMessage[];
  isLoading: boolean;
  markRead(ids?: string[]): Promise<void>;
}

/**
 * The conversations sidebar: new, search, select, rename, delete (with a confirmation), infinite
 * scroll and unread badges where the backend has an inbox. Shows only what the backend supports.
 * @example <ConversationList selectedId={id} onSelect={(c) => setId(c.id)} className="w-72" />
 */
export function ConversationList(props: ConversationListProps) {
  const { capabilities } = useAgentChat();
  // useInbox only runs where an inbox exists; the split keeps the hooks' call order fixed.
  return capabilities.inbox ? <ConversationListWithInbox {...props} /> : <ConversationListView {...props} />;
}

function ConversationListWithInbox(props: ConversationListProps) {
  const inbox = useInbox();
  return <ConversationListView {...props} inbox={inbox} />;
}

/** The conversation after `id`, or before it when it is the last. */
function neighbourOf(conversations: readonly Conversation[], id: string): string | undefined {
  const index = conversations.findIndex((conversation) => conversation.id === id);
  return (conversations[index + 1] ?? conversations[index - 1])?.id;
}

function focusItem(container: HTMLElement | null, id: string | undefined, fallback: HTMLElement | null) {
  const item = [...(container?.querySelectorAll<HTMLElement>('[data-conversation-id]') ?? [])].find(
    (element) => element.dataset.conversationId === id,
  );
  (item?.querySelector<HTMLElement>('[data-slot="conversation-select"]') ?? fallback)?.focus();
}

function ConversationListView({
  selectedId,
  onSelect,
  onCreated,
  onDeleted,
  pageSize,
  label,
  inbox,
  className,
  ...props
}: ConversationListProps & { inbox?: InboxState }) {
  const { capabilities } = useAgentChat();
  const t = useMessages();
  const [query, setQuery] = React.useState('');
  const search = useDebouncedValue(query.trim(), 250);
  const list = useConversations({ pageSize, search: search || undefined });
  const [createError, setCreateError] = React.useState<string | undefined>();
  const [creating, setCreating] = React.useState(false);
  const scroller = React.useRef<HTMLDivElement>(null);
  const newButton = React.useRef<HTMLButtonElement>(null);
  const sentinel = useLoadMore({
    hasMore: list.hasNextPage,
    isLoading: list.isFetchingNextPage || list.isLoading,
    itemCount: list.conversations.length,
    loadMore: () => void list.fetchNextPage(),
    root: scroller,
  });

  const counts = unreadCounts(list.conversations, inbox && !inbox.isLoading ? inbox.messages : undefined);
  const select = (conversation: Conversation) => {
    onSelect?.(conversation);
    const ids = inbox ? inboxIdsOf(conversation.id, inbox.messages) : [];
    if (inbox && ids.length > 0) void inbox.markRead(ids).catch(() => undefined);
  };
  const create = async () => {
    setCreating(true);
    setCreateError(undefined);
    try {
      const conversation = await list.create();
      onCreated?.(conversation);
      onSelect?.(conversation);
    } catch (reason) {
      setCreateError(t.createConversationFailed(reason instanceof Error ? reason.message : String(reason)));
    } finally {
      setCreating(false);
    }
  };

  const empty = !list.isLoading && !list.error && list.conversations.length === 0;
  return (
    <nav
      aria-label={label ?? t.conversations}
      data-slot="conversation-list"
      className={cn('flex min-h-0 flex-col gap-2 bg-background text-foreground', className)}
      {...props}
    >
      <Button
        ref={newButton}
        data-slot="conversation-new"
        onClick={() => void create()}
        disabled={creating}
        className="disabled:opacity-60"
      >
        <PlusIcon />
        {t.newConversation}
      </Button>
      {createError ? (
        <p role="alert" className="text-xs text-destructive">
          {createError}
        </p>
      ) : null}
      <div className="relative">
        <SearchIcon className="pointer-events-none absolute start-2.5 top-1/2 -translate-y-1/2 text-muted-foreground" />
        <input
          type="search"
          data-slot="conversation-search"
          aria-label={t.searchConversations}
          placeholder={t.search}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className={cn(
            'h-9 w-full rounded-md border border-input bg-background ps-8 pe-2 text-sm placeholder:text-muted-foreground',
            focusRing,
          )}
        />
      </div>
      <div ref={scroller} data-slot="conversation-scroll" className="min-h-0 flex-1 overflow-y-auto">
        {list.error ? (
          <p
            role="alert"
            data-slot="conversation-list-error"
            className="rounded-md border border-destructive p-3 text-sm text-destructive"
          >
            {t.loadConversationsFailed(list.error instanceof Error ? list.error.message : String(list.error))}
          </p>
        ) : null}
        {list.isLoading ? (
          <p role="status" className="p-3 text-sm text-muted-foreground">
            {t.loadingConversations}
          </p>
        ) : null}
        {empty ? (
          <div
            data-slot="conversation-list-empty"
            className="grid justify-items-center gap-2 p-6 text-center text-sm text-muted-foreground"
          >
            <MessageSquareIcon className="size-6" />
            {search ? <p>{t.noConversationsMatch(search)}</p> : <p>{t.noConversations}</p>}
          </div>
        ) : null}
        {list.conversations.length > 0 ? (
          <ul className="grid gap-0.5">
            {list.conversations.map((conversation) => (
              <ConversationListItem
                key={conversation.id}
                conversation={conversation}
                selected={conversation.id === selectedId}
                unread={counts.get(conversation.id) ?? 0}
                onSelect={select}
                onRename={capabilities.rename ? (name) => list.rename(conversation.id, name) : undefined}
                onDelete={
                  capabilities.deleteConversation
                    ? async () => {
                        const neighbour = neighbourOf(list.conversations, conversation.id);
                        await list.remove(conversation.id);
                        onDeleted?.(conversation.id);
                        // The focused item is gone with its dialog: continue from its neighbour.
                        requestAnimationFrame(() =>
                          focusItem(scroller.current, neighbour, newButton.current),
                        );
                      }
                    : undefined
                }
              />
            ))}
          </ul>
        ) : null}
        <div ref={sentinel} aria-hidden="true" className="h-px" />
        {list.hasNextPage ? (
          <Button
            variant="ghost"
            data-slot="conversation-load-more"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
            className="my-2 h-auto w-full py-1.5 disabled:opacity-60"
          >
            {list.isFetchingNextPage ? t.loadingMore : t.loadMore}
          </Button>
        ) : null}
      </div>
    </nav>
  );
}
