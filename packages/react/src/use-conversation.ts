import {
  type BackendCapabilities,
  type Conversation,
  type ConversationSettings,
  createChatTransport,
  fileToDataUrl,
  isAgentChatError,
  type MessageOptions,
  requireFacet,
} from '@agent-chat/client';
import { useChat } from '@ai-sdk/react';
import { useQuery } from '@tanstack/react-query';
import type { ChatStatus, FileUIPart, UIMessage } from 'ai';
import * as React from 'react';
import { useAgentChat } from './agent-chat-provider.tsx';
import { PacedChat } from './paced-chat.ts';
import { queryKeys } from './query-keys.ts';

/** Options of `useConversation`. */
export interface UseConversationOptions {
  onFinish?(message: UIMessage): void;
  onError?(error: Error): void;
  /** Called when the first send created the conversation (no id was given). */
  onCreated?(conversation: Conversation): void;
  /** Attach to a reply running when the hook mounts. Default: when the backend can resume. */
  resume?: boolean;
  /** Options of the next messages (model selection, tool, knowledge base). */
  messageOptions?: MessageOptions;
}

/** What the user tried to send, given back after a failed send. */
export interface ConversationDraft {
  text: string;
  files: File[];
}

/** A live conversation: history, then the streaming reply, with the controls around it. */
export interface ConversationState {
  conversationId: string | undefined;
  messages: UIMessage[];
  status: ChatStatus;
  error: Error | undefined;
  isLoadingHistory: boolean;
  /** The last reply was cut and could not be resumed automatically. */
  interrupted: boolean;
  /** The last send failed before any reply arrived; its text and files were given back in `draft`. */
  failedSend: boolean;
  /** Sends a user turn; resolves false when it failed (the draft is given back in `draft`). */
  send(input: { text: string; files?: File[] }): Promise<boolean>;
  stop(): void;
  regenerate(messageId?: string): Promise<void>;
  /** After a failure: sends the draft again, or resumes / regenerates the reply that broke. */
  retry(): Promise<void>;
  resume(): Promise<void>;
  draft: ConversationDraft | undefined;
  clearDraft(): void;
  settings: ConversationSettings | undefined;
  updateSettings(settings: ConversationSettings): Promise<void>;
  messageOptions: MessageOptions;
  setMessageOptions(options: MessageOptions): void;
  addToolApprovalResponse(input: { id: string; approved: boolean; reason?: string }): void;
  capabilities: BackendCapabilities;
}

/**
 * A conversation with an agent, built on `useChat` from @ai-sdk/react over the client's
 * ChatTransport: history through TanStack Query, then the live reply paced to one commit per
 * animation frame. With no id, the first send creates the conversation.
 * @example const { messages, status, send, stop } = useConversation(conversationId);
 */
export function useConversation(
  conversationId: string | undefined,
  options: UseConversationOptions = {},
): ConversationState {
  const { backend, capabilities, queryClient, defaults } = useAgentChat('useConversation');
  const latest = React.useRef(options);
  latest.current = options;

  // The id replies go to: the caller's, or the one the first send created. A Chat instance lives
  // for one `generation`: switching conversations starts a new one, while the caller adopting the
  // id the first send created keeps it, with its streaming reply.
  const [session, setSession] = React.useState({
    prop: conversationId,
    createdId: undefined as string | undefined,
    generation: 0,
  });
  if (conversationId !== session.prop) {
    const adopted = conversationId !== undefined && conversationId === session.createdId;
    setSession({
      prop: conversationId,
      createdId: adopted ? session.createdId : undefined,
      generation: adopted ? session.generation : session.generation + 1,
    });
  }
  const createdHere = session.createdId !== undefined;
  const activeId = conversationId ?? session.createdId;
  const idRef = React.useRef(activeId);
  idRef.current = activeId;

  const [messageOptions, setMessageOptions] = React.useState<MessageOptions>(options.messageOptions ?? {});
  const messageOptionsRef = React.useRef(messageOptions);
  messageOptionsRef.current = messageOptions;
  const [draft, setDraft] = React.useState<ConversationDraft | undefined>(undefined);
  const [failedSend, setFailedSend] = React.useState(false);
  // What a failed send gave back, kept after the UI took the draft, so `retry` can send it again.
  const failed = React.useRef<ConversationDraft | undefined>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new Chat per conversation session (generation)
  const chat = React.useMemo(() => {
    const ensureConversation = async () => {
      if (idRef.current) return idRef.current;
      const created = await backend.createConversation({});
      idRef.current = created.id;
      setSession((current) => ({ ...current, createdId: created.id }));
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversations(backend) });
      latest.current.onCreated?.(created);
      return created.id;
    };
    return new PacedChat(
      {
        transport: createChatTransport(backend, {
          conversationId: ensureConversation,
          messageOptions: () => messageOptionsRef.current,
        }),
        onFinish: ({ message }) => {
          latest.current.onFinish?.(message);
          if (idRef.current) {
            // The next mount of this conversation reads the history again, with this reply in it.
            void queryClient.invalidateQueries({
              queryKey: queryKeys.history(backend, idRef.current),
              refetchType: 'none',
            });
            void queryClient.invalidateQueries({ queryKey: queryKeys.files(backend, idRef.current) });
            void queryClient.invalidateQueries({
              queryKey: [...queryKeys.all(backend), 'data-frames', idRef.current],
            });
          }
        },
        onError: (error) => latest.current.onError?.(error),
      },
      defaults.renderPacing,
    );
    // Options are read through refs, so only the backend and the session make a new Chat.
  }, [backend, queryClient, defaults.renderPacing, session.generation]);

  const {
    messages,
    status,
    error,
    sendMessage,
    stop,
    regenerate,
    resumeStream,
    addToolApprovalResponse,
    clearError,
  } = useChat({ chat });

  const history = useQuery({
    queryKey: queryKeys.history(backend, activeId ?? ''),
    queryFn: ({ signal }) => backend.getHistory(activeId as string, { signal }),
    enabled: activeId !== undefined && !createdHere,
    staleTime: Number.POSITIVE_INFINITY,
  });

  // Seed the chat with its history once, before anything live happens in it.
  const seeded = React.useRef<PacedChat | null>(null);
  React.useEffect(() => {
    if (!history.data || history.isFetching || seeded.current === chat) return;
    seeded.current = chat;
    if (chat.messages.length === 0 && chat.status === 'ready') chat.messages = history.data;
    const wantsResume = latest.current.resume ?? capabilities.resume;
    if (wantsResume && capabilities.resume) void chat.resumeStream();
  }, [history.data, history.isFetching, chat, capabilities.resume]);

  const conversation = useQuery({
    queryKey: queryKeys.conversation(backend, activeId ?? ''),
    queryFn: ({ signal }) => backend.getConversation(activeId as string, { signal }),
    enabled: activeId !== undefined && capabilities.settings,
  });

  const send = React.useCallback(
    async ({ text, files = [] }: { text: string; files?: File[] }): Promise<boolean> => {
      setDraft(undefined);
      setFailedSend(false);
      failed.current = undefined;
      const before = chat.messages.length;
      // Nothing of a reply arrived: take the user turn back out and hand it back as a draft, so a
      // retry does not send it twice. A reply that broke midway stays, with what it received.
      const giveBack = () => {
        const current = chat.messages;
        if (current.length === before + 1 && current[current.length - 1]?.role === 'user') {
          chat.messages = current.slice(0, -1);
        }
        if (chat.messages.length === before) {
          failed.current = { text, files };
          setDraft({ text, files });
          setFailedSend(true);
        }
      };
      try {
        const parts: FileUIPart[] = await Promise.all(
          files.map(async (file) => ({
            type: 'file' as const,
            mediaType: file.type || 'application/octet-stream',
            filename: file.name,
            url: await fileToDataUrl(file),
          })),
        );
        await sendMessage(parts.length > 0 ? { text, files: parts } : { text });
      } catch (cause) {
        giveBack();
        latest.current.onError?.(cause instanceof Error ? cause : new Error(String(cause)));
        return false;
      }
      if (chat.status !== 'error') return true;
      giveBack();
      return false;
    },
    [chat, sendMessage],
  );

  const interrupted = status === 'error' && isAgentChatError(error) && error.kind === 'interrupted';

  const resume = React.useCallback(async () => {
    clearError();
    await resumeStream();
  }, [clearError, resumeStream]);

  const retry = React.useCallback(async () => {
    if (failed.current) {
      await send(failed.current);
      return;
    }
    if (interrupted && capabilities.resume) return resume();
    clearError();
    await regenerate();
  }, [send, interrupted, capabilities.resume, resume, clearError, regenerate]);

  const updateSettings = React.useCallback(
    async (settings: ConversationSettings) => {
      const id = idRef.current;
      if (!id) {
        setMessageOptions((current) => ({ ...current, modelSelection: settings.modelSelection }));
        return;
      }
      const updated = await requireFacet(backend, 'updateSettings').updateSettings(id, settings);
      queryClient.setQueryData(queryKeys.conversation(backend, id), updated);
    },
    [backend, queryClient],
  );

  return {
    conversationId: activeId,
    messages,
    status,
    error,
    isLoadingHistory: history.isLoading,
    interrupted,
    failedSend,
    send,
    stop: () => void stop(),
    regenerate: (messageId?: string) => regenerate(messageId === undefined ? undefined : { messageId }),
    retry,
    resume,
    draft,
    clearDraft: () => setDraft(undefined),
    settings: conversation.data?.settings,
    updateSettings,
    messageOptions,
    setMessageOptions,
    addToolApprovalResponse: (input) => void addToolApprovalResponse(input),
    capabilities,
  };
}
