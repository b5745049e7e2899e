import {
  type BackendCapabilities,
  type BranchPosition,
  type Conversation,
  type ConversationAction,
  type ConversationController,
  type ConversationSettings,
  type ConversationSnapshot,
  type MessageOptions,
  requireFacet,
} from '@agent-chat/client';
import { useQuery } from '@tanstack/react-query';
import type { ChatOnToolCallCallback, UIMessage } from 'ai';
import * as React from 'react';
import { useAgentChat } from './agent-chat-provider.tsx';
import { queryKeys } from './query-keys.ts';

export type { ConversationDraft } from '@agent-chat/client';

/** Options of `useConversation`. */
export interface UseConversationOptions {
  onFinish?(message: UIMessage): void;
  onError?(error: Error): void;
  /** Called when the first send created the conversation (no id was given). */
  onCreated?(conversation: Conversation): void;
  /** A tool the browser runs was called; answer with `addToolOutput`. */
  onToolCall?: ChatOnToolCallCallback<UIMessage>;
  /** Attach to a reply running when the hook mounts. Default: when the backend can resume. */
  resume?: boolean;
  /** Options of the next messages (model selection, tool, knowledge base). */
  messageOptions?: MessageOptions;
  /** Messages to start from instead of loading history (an app that holds them already). */
  initialMessages?: UIMessage[];
  /** A controller the app made itself (`new ConversationController({ backend })`). */
  controller?: ConversationController;
}

/** A live conversation: the controller's snapshot, with the controls around it. */
export interface ConversationState extends ConversationSnapshot {
  controller: ConversationController;
  isLoadingHistory: boolean;
  /** Sends a user turn; resolves false when it failed (the draft is given back in `draft`). */
  send(input: { text: string; files?: File[] }): Promise<boolean>;
  stop(): void;
  regenerate(messageId?: string): Promise<boolean>;
  /** A new version of a user message: a branch from there. */
  edit(messageId: string, input: { text: string; files?: File[] }): Promise<boolean>;
  /** Show the branch through `messageId`. */
  switchBranch(messageId: string): void;
  /** Where a message sits among its turn's versions. */
  branchOf(messageId: string): BranchPosition | undefined;
  /** After a failure: sends the draft (or `draft`) again, or resumes / regenerates the reply that broke. */
  retry(draft?: { text: string; files: File[] }): Promise<boolean>;
  resume(): Promise<boolean>;
  clearDraft(): void;
  settings: ConversationSettings | undefined;
  updateSettings(settings: ConversationSettings): Promise<void>;
  setMessageOptions(options: MessageOptions): void;
  addToolApprovalResponse(input: { id: string; approved: boolean; reason?: string }): void;
  addToolOutput(
    input:
      | { tool: string; toolCallId: string; output: unknown }
      | { tool: string; toolCallId: string; errorText: string },
  ): void;
  capabilities: BackendCapabilities;
}

/**
 * A conversation with an agent: a thin adapter over the client's `ConversationController` (read
 * with `useSyncExternalStore`), with its history loaded through TanStack Query. With no id, the
 * first send creates the conversation; the hook keeps its controller when the app adopts that id.
 * @example const { messages, status, send, stop } = useConversation(conversationId);
 */
export function useConversation(
  conversationId: string | undefined,
  options: UseConversationOptions = {},
): ConversationState {
  const { backend, capabilities, queryClient, registry } = useAgentChat('useConversation');
  const { initialMessages, messageOptions, resume } = options;
  // Options only seed a new controller; a new id (or another app-made controller) makes one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the seeding options are read once, on purpose
  const controller = React.useMemo(
    () => options.controller ?? registry.get(conversationId, { initialMessages, messageOptions, resume }),
    [options.controller, registry, conversationId],
  );
  // The chat engine loads once the conversation is on screen, not inside the app's first paint.
  React.useEffect(() => {
    void controller.load();
  }, [controller]);
  const { onFinish, onError, onCreated, onToolCall } = options;
  React.useEffect(() => {
    registry.setCallbacks(controller, { onFinish, onError, onCreated, onToolCall });
  }, [registry, controller, onFinish, onError, onCreated, onToolCall]);

  const snapshot = React.useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot,
    controller.getSnapshot,
  );
  const id = snapshot.conversationId;

  const history = useQuery({
    queryKey: queryKeys.history(backend, id ?? ''),
    queryFn: ({ signal }) => backend.getHistory(id as string, { signal }),
    enabled: id !== undefined && !snapshot.seeded,
    staleTime: Number.POSITIVE_INFINITY,
  });
  React.useEffect(() => {
    if (history.data && !history.isFetching)
      void controller.dispatch({ type: 'seed', messages: history.data });
  }, [controller, history.data, history.isFetching]);

  const conversation = useQuery({
    queryKey: queryKeys.conversation(backend, id ?? ''),
    queryFn: ({ signal }) => backend.getConversation(id as string, { signal }),
    enabled: id !== undefined && capabilities.settings,
    // Its settings change through this kit (which updates the cache) far more often than
    // elsewhere: a conversation just created or read is not read again when it shows.
    staleTime: 30_000,
  });

  const actions = React.useMemo(() => {
    const dispatch = (action: ConversationAction) => controller.dispatch(action);
    return {
      send: ({ text, files }: { text: string; files?: File[] }) => dispatch({ type: 'send', text, files }),
      stop: () => void dispatch({ type: 'stop' }),
      regenerate: (messageId?: string) => dispatch({ type: 'regenerate', messageId }),
      edit: (messageId: string, { text, files }: { text: string; files?: File[] }) =>
        dispatch({ type: 'edit', messageId, text, files }),
      switchBranch: (messageId: string) => void dispatch({ type: 'switch-branch', messageId }),
      branchOf: (messageId: string) => controller.branchOf(messageId),
      retry: (draft?: { text: string; files: File[] }) => dispatch({ type: 'retry', draft }),
      resume: () => dispatch({ type: 'resume' }),
      clearDraft: () => void dispatch({ type: 'take-draft' }),
      setMessageOptions: (options: MessageOptions) => void dispatch({ type: 'set-message-options', options }),
      addToolApprovalResponse: (input: { id: string; approved: boolean; reason?: string }) =>
        void dispatch({ type: 'tool-approval', ...input }),
      addToolOutput: (
        input:
          | { tool: string; toolCallId: string; output: unknown }
          | { tool: string; toolCallId: string; errorText: string },
      ) =>
        void dispatch(
          'errorText' in input ? { type: 'tool-error', ...input } : { type: 'tool-output', ...input },
        ),
      updateSettings: async (settings: ConversationSettings) => {
        const current = controller.getSnapshot();
        if (current.conversationId === undefined) {
          // No conversation yet: the model choice rides on the first message instead.
          await dispatch({
            type: 'set-message-options',
            options: { ...current.messageOptions, modelSelection: settings.modelSelection },
          });
          return;
        }
        const updated = await requireFacet(backend, 'updateSettings').updateSettings(
          current.conversationId,
          settings,
        );
        queryClient.setQueryData(queryKeys.conversation(backend, current.conversationId), updated);
      },
    };
  }, [controller, backend, queryClient]);

  return {
    ...snapshot,
    ...actions,
    controller,
    isLoadingHistory: history.isLoading,
    settings: conversation.data?.settings,
    capabilities,
  };
}
