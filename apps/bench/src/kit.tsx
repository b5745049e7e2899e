import type { Backend, DataFrameSlice } from '@agent-chat/client';
import { AgentChatProvider, useConversation } from '@agent-chat/react';
import { DataFrameTable, MessageList } from '@agent-chat/ui';
import type { QueryClient } from '@tanstack/react-query';
import type { UIMessage } from 'ai';
import { Profiler, useEffect } from 'react';

/** The kit's path: `useConversation` (paced) into the virtualized `MessageList`. */
function KitReplyInner({ onReady }: { onReady: (send: () => void) => void }) {
  const conversation = useConversation(undefined, { resume: false });
  const { send } = conversation;
  useEffect(() => onReady(() => void send({ text: 'Write the long document.' })), [onReady, send]);
  return (
    <div data-testid="reply-root" style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <MessageList messages={conversation.messages} status={conversation.status} error={conversation.error} />
    </div>
  );
}

/** A fresh reply through the kit, counting React commits. */
export function KitReply({
  backend,
  onCommit,
  onReady,
}: {
  backend: Backend;
  onCommit: () => void;
  onReady: (send: () => void) => void;
}) {
  return (
    <AgentChatProvider backend={backend}>
      <Profiler id="kit" onRender={onCommit}>
        <KitReplyInner onReady={onReady} />
      </Profiler>
    </AgentChatProvider>
  );
}

/** A long thread in the kit's `MessageList`. */
export function KitThread({ messages }: { messages: UIMessage[] }) {
  return (
    <div data-testid="thread-root" style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <MessageList messages={messages} status="ready" />
    </div>
  );
}

/** Rows of data-frame slices held in a QueryClient's cache. */
export function rowsHeld(queryClient: QueryClient): number {
  return queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.queryKey.includes('data-frame'))
    .reduce((sum, query) => sum + ((query.state.data as DataFrameSlice | undefined)?.rows.length ?? 0), 0);
}

/** A data frame in the kit's `DataFrameTable`. */
export function KitDataFrame({
  backend,
  queryClient,
  conversationId,
  name,
}: {
  backend: Backend;
  queryClient: QueryClient;
  conversationId: string;
  name: string;
}) {
  return (
    <AgentChatProvider backend={backend} queryClient={queryClient}>
      <div style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
        <DataFrameTable conversationId={conversationId} name={name} pageSize={200} />
      </div>
    </AgentChatProvider>
  );
}
