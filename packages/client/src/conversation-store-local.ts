import type { UIMessage } from 'ai';
import type { Conversation } from './backend.ts';
import { byRecency, type ConversationStore } from './conversation-store.ts';
import { AgentChatError } from './errors.ts';

/** The part of the Web Storage API the store uses (`localStorage`, `sessionStorage` or a stand-in). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Key prefix of {@link localStorageConversationStore} when none is given. */
export const DEFAULT_STORE_KEY = 'agent-chat:ai-sdk';

/** `globalThis.localStorage` when this runtime has a working one, else undefined. */
export function availableLocalStorage(): StorageLike | undefined {
  try {
    const storage = (globalThis as { localStorage?: StorageLike }).localStorage;
    if (storage === undefined) return undefined;
    // Reading it can throw (blocked cookies, sandboxed frames) and writing can fail (quota 0).
    const probe = `${DEFAULT_STORE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/**
 * A store in the browser's `localStorage` (or the `storage` given): conversations survive reloads
 * in this browser. The list lives under `<key>:conversations`, each conversation's messages under
 * `<key>:messages:<id>`.
 */
export function localStorageConversationStore(
  key: string = DEFAULT_STORE_KEY,
  storage: StorageLike | undefined = availableLocalStorage(),
): Required<ConversationStore> {
  if (storage === undefined) {
    throw new AgentChatError({
      kind: 'unsupported',
      message:
        'This runtime has no usable localStorage (private mode, blocked storage or a server). Use memoryConversationStore() or pass a Storage object.',
    });
  }
  const store = storage;
  const listKey = `${key}:conversations`;
  const messagesKey = (id: string) => `${key}:messages:${id}`;

  function read<T>(itemKey: string, fallback: T): T {
    const text = store.getItem(itemKey);
    if (text === null) return fallback;
    try {
      return JSON.parse(text) as T;
    } catch {
      // A damaged entry (edited by hand, written by another version) is dropped, not fatal.
      return fallback;
    }
  }

  function write(itemKey: string, value: unknown): void {
    try {
      store.setItem(itemKey, JSON.stringify(value));
    } catch (cause) {
      throw new AgentChatError({
        kind: 'limit',
        message:
          "This browser's storage for conversations is full. Delete some old conversations and send again.",
        cause,
      });
    }
  }

  const readList = (): Conversation[] => {
    const list = read<unknown>(listKey, []);
    return Array.isArray(list) ? (list as Conversation[]) : [];
  };

  return {
    list: () => readList().sort(byRecency),
    get: (id) => readList().find((conversation) => conversation.id === id),
    save: (conversation) => {
      const list = readList().filter((item) => item.id !== conversation.id);
      write(listKey, [...list, conversation]);
    },
    getMessages: (id) => {
      const messages = read<unknown>(messagesKey(id), []);
      return Array.isArray(messages) ? (messages as UIMessage[]) : [];
    },
    saveMessages: (id, messages) => write(messagesKey(id), messages),
    rename: (id, name) => {
      const list = readList();
      const found = list.find((item) => item.id === id);
      if (found === undefined) return undefined;
      const renamed = { ...found, name, updatedAt: new Date().toISOString() };
      write(
        listKey,
        list.map((item) => (item.id === id ? renamed : item)),
      );
      return renamed;
    },
    delete: (id) => {
      write(
        listKey,
        readList().filter((item) => item.id !== id),
      );
      store.removeItem(messagesKey(id));
    },
  };
}
