import {
  type Backend,
  ConversationController,
  type ConversationControllerOptions,
  type RenderPacing,
} from '@agent-chat/client';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys.ts';

/** Controllers kept alive for conversations left open in the background (a reply may still stream). */
const KEEP = 8;

type HookCallbacks = Pick<
  ConversationControllerOptions,
  'onFinish' | 'onError' | 'onCreated' | 'onToolCall' | 'onData'
>;

/**
 * The provider's conversation controllers, one per conversation id, like TanStack Query's cache
 * of queries: a hook that moves from "no id" to the id its first send created keeps the same
 * controller (and its streaming reply), and coming back to a conversation finds it as it was.
 * Finished replies make the cached history, files and data frames stale.
 */
export class ConversationRegistry {
  readonly #backend: Backend;
  readonly #queryClient: QueryClient;
  readonly #pacing: RenderPacing;
  readonly #byId = new Map<string, ConversationController>();
  readonly #callbacks = new WeakMap<ConversationController, HookCallbacks>();

  constructor(backend: Backend, queryClient: QueryClient, pacing: RenderPacing) {
    this.#backend = backend;
    this.#queryClient = queryClient;
    this.#pacing = pacing;
  }

  /** The controller of `conversationId`, or a new one (a new conversation when the id is undefined). */
  get(
    conversationId: string | undefined,
    options: Pick<ConversationControllerOptions, 'initialMessages' | 'messageOptions' | 'resume'> = {},
  ): ConversationController {
    if (conversationId !== undefined) {
      const existing = this.#byId.get(conversationId);
      if (existing) {
        // Most recently used last, so the oldest is evicted first.
        this.#byId.delete(conversationId);
        this.#byId.set(conversationId, existing);
        return existing;
      }
    }
    const controller: ConversationController = new ConversationController({
      ...options,
      backend: this.#backend,
      conversationId,
      pacing: this.#pacing,
      onFinish: (message) => {
        this.#invalidate(controller.getSnapshot().conversationId);
        this.#callbacks.get(controller)?.onFinish?.(message);
      },
      onError: (error) => this.#callbacks.get(controller)?.onError?.(error),
      onCreated: (conversation) => {
        this.#remember(conversation.id, controller);
        // What the platform answered to the create is the conversation: no need to read it again.
        this.#queryClient.setQueryData(queryKeys.conversation(this.#backend, conversation.id), conversation);
        void this.#queryClient.invalidateQueries({ queryKey: queryKeys.conversations(this.#backend) });
        this.#callbacks.get(controller)?.onCreated?.(conversation);
      },
      onToolCall: (call) => this.#callbacks.get(controller)?.onToolCall?.(call),
      onData: (part) => this.#callbacks.get(controller)?.onData?.(part),
    });
    if (conversationId !== undefined) this.#remember(conversationId, controller);
    return controller;
  }

  /** The callbacks of the hook that shows `controller` now (the latest render's). */
  setCallbacks(controller: ConversationController, callbacks: HookCallbacks): void {
    this.#callbacks.set(controller, callbacks);
  }

  #remember(conversationId: string, controller: ConversationController): void {
    this.#byId.set(conversationId, controller);
    // Forgotten, not disposed: a hook still showing it keeps working, a reply still streaming ends.
    for (const oldestId of this.#byId.keys()) {
      if (this.#byId.size <= KEEP) break;
      this.#byId.delete(oldestId);
    }
  }

  #invalidate(conversationId: string | undefined): void {
    if (conversationId === undefined) return;
    const backend = this.#backend;
    // The next mount of this conversation reads the history again, with this reply in it.
    void this.#queryClient.invalidateQueries({
      queryKey: queryKeys.history(backend, conversationId),
      refetchType: 'none',
    });
    void this.#queryClient.invalidateQueries({ queryKey: queryKeys.files(backend, conversationId) });
    void this.#queryClient.invalidateQueries({
      queryKey: [...queryKeys.all(backend), 'data-frames', conversationId],
    });
  }
}
