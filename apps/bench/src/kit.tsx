import type { Backend, DataFrameSlice } from '@agent-chat/client';
import { AgentChatProvider } from '@agent-chat/react';
import { DataFrameTable, Thread } from '@agent-chat/ui';
import type { QueryClient } from '@tanstack/react-query';
import type { UIMessage } from 'ai';
import { Profiler } from 'react';

/**
 * The kit as the README mounts it: `AgentChatProvider` + `Thread`, in a full-height parent
 * (or, with `unsized`, in a plain block whose height nothing sets); `createAhead` as Thread's.
 */
export function KitApp({
  backend,
  onCommit,
  initialMessages,
  unsized = false,
  createAhead = false,
}: {
  backend: Backend;
  onCommit: () => void;
  initialMessages?: UIMessage[];
  unsized?: boolean;
  createAhead?: boolean;
}) {
  return (
    <AgentChatProvider backend={backend}>
      <Profiler id="kit" onRender={onCommit}>
        <div data-testid="thread-root" style={unsized ? undefined : { height: '100vh' }}>
          <Thread initialMessages={initialMessages} createAhead={createAhead} />
        </div>
      </Profiler>
    </AgentChatProvider>
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
