import { type DataFrameInfo, requireFacet } from '@agent-chat/client';
import { useQuery } from '@tanstack/react-query';
import { useAgentChat } from './agent-chat-provider.tsx';
import { queryKeys } from './query-keys.ts';

/** The data frames of a conversation. */
export interface DataFramesState {
  dataFrames: DataFrameInfo[];
  isLoading: boolean;
  error: Error | null;
  refetch(): void;
}

/**
 * The data frames an agent produced in a conversation, each with a few sample rows.
 * @example const { dataFrames } = useDataFrames(conversationId, { numSamples: 5 });
 */
export function useDataFrames(
  conversationId: string | undefined,
  { numSamples = 5 }: { numSamples?: number } = {},
): DataFramesState {
  const { backend, capabilities } = useAgentChat('useDataFrames');
  const query = useQuery({
    queryKey: queryKeys.dataFrames(backend, conversationId ?? '', numSamples),
    queryFn: ({ signal }) =>
      requireFacet(backend, 'dataFrames').dataFrames.list(conversationId as string, { numSamples, signal }),
    enabled: conversationId !== undefined && capabilities.dataFrames,
  });
  return {
    dataFrames: query.data ?? [],
    isLoading: query.isLoading,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
