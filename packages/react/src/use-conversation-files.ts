import { AgentChatError, type Backend, type ConversationFile, type FilesFacet } from '@agent-chat/client';
import { useQuery } from '@tanstack/react-query';
import * as React from 'react';
import { useAgentChat } from './agent-chat-provider.tsx';
import { queryKeys } from './query-keys.ts';

/** The backend's file space, or a clear error where the platform keeps none. */
function fileSpace(backend: Backend): Required<Pick<FilesFacet, 'list' | 'upload' | 'download'>> {
  const { list, upload, download } = backend.files ?? {};
  if (!list || !upload || !download) {
    throw new AgentChatError({
      kind: 'unsupported',
      message: `This ${backend.kind} backend keeps no file space to list, upload to or download from.`,
    });
  }
  return { list, upload, download };
}

/** A conversation's file space. */
export interface ConversationFilesState {
  files: ConversationFile[];
  isLoading: boolean;
  error: Error | null;
  upload(files: File[]): Promise<void>;
  download(ref: string): Promise<Blob>;
  refetch(): void;
}

/**
 * The files of a conversation (inputs uploaded and outputs the agent produced), where the
 * backend keeps them (`capabilities.fileList`).
 * @example const { files, download } = useConversationFiles(conversationId);
 */
export function useConversationFiles(conversationId: string | undefined): ConversationFilesState {
  const { backend, capabilities, queryClient } = useAgentChat('useConversationFiles');
  const queryKey = queryKeys.files(backend, conversationId ?? '');
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => fileSpace(backend).list(conversationId as string, { signal }),
    enabled: conversationId !== undefined && capabilities.fileList,
  });
  const upload = React.useCallback(
    async (files: File[]) => {
      if (!conversationId) throw new Error('Open or start a conversation before uploading files to it.');
      await fileSpace(backend).upload(
        conversationId,
        files.map((file) => ({
          name: file.name,
          mediaType: file.type || 'application/octet-stream',
          data: file,
        })),
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.files(backend, conversationId) });
    },
    [backend, conversationId, queryClient],
  );
  const download = React.useCallback(
    (ref: string) => {
      if (!conversationId) return Promise.reject(new Error('No conversation is open.'));
      return fileSpace(backend).download(conversationId, ref);
    },
    [backend, conversationId],
  );
  return {
    files: query.data ?? [],
    isLoading: query.isLoading,
    error: query.error,
    upload,
    download,
    refetch: () => void query.refetch(),
  };
}
