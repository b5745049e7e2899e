import type { UIMessage } from 'ai';
import type { Conversation } from './backend.ts';

/** A value given directly or through a promise, so that a store may be synchronous or not. */
export type Awaitable<T> = T | Promise<T>;

/**
 * Where a backend without conversations of its own (the AI SDK's chat protocol) keeps them: the
 * conversation records and each conversation's messages. `rename` and `delete` are optional; a
 * backend over a store without them offers neither.
 */
export interface ConversationStore {
  /** Every conversation, most recently updated first. */
  list(): Awaitable<Conversation[]>;
  /** One conversation, or undefined when the store has none with that id. */
  get(id: string): Awaitable<Conversation | undefined>;
  /** Create the conversation, or replace the record of the one with the same id. */
  save(conversation: Conversation): Awaitable<void>;
  /** The conversation's messages, oldest first; empty when none were saved. */
  getMessages(id: string): Awaitable<UIMessage[]>;
  /** Replace the conversation's messages (the active branch, oldest first). */
  saveMessages(id: string, messages: UIMessage[]): Awaitable<void>;
  /** Rename a conversation; undefined when there is none with that id. */
  rename?(id: string, name: string): Awaitable<Conversation | undefined>;
  /** Remove a conversation and its messages; nothing happens when there is none. */
  delete?(id: string): Awaitable<void>;
}

/** Most recently updated (or created) first. */
export function byRecency(a: Conversation, b: Conversation): number {
  const time = (conversation: Conversation) => conversation.updatedAt ?? conversation.createdAt ?? '';
  return time(b).localeCompare(time(a));
}

/** A store in memory: conversations last as long as the page (the default where there is no localStorage). */
export function memoryConversationStore(): Required<ConversationStore> {
  const conversations = new Map<string, Conversation>();
  const messages = new Map<string, UIMessage[]>();
  // Copies in and out, so that a caller mutating what it got never changes what is stored.
  return {
    list: () => [...conversations.values()].sort(byRecency).map((item) => structuredClone(item)),
    get: (id) => {
      const found = conversations.get(id);
      return found === undefined ? undefined : structuredClone(found);
    },
    save: (conversation) => {
      conversations.set(conversation.id, structuredClone(conversation));
    },
    getMessages: (id) => structuredClone(messages.get(id) ?? []),
    saveMessages: (id, list) => {
      messages.set(id, structuredClone(list));
    },
    rename: (id, name) => {
      const found = conversations.get(id);
      if (found === undefined) return undefined;
      const renamed = { ...found, name, updatedAt: new Date().toISOString() };
      conversations.set(id, renamed);
      return structuredClone(renamed);
    },
    delete: (id) => {
      conversations.delete(id);
      messages.delete(id);
    },
  };
}
