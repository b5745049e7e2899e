import type { UIMessage } from 'ai';
import type {
  BackendOptions,
  BackendWith,
  CallOptions,
  Conversation,
  OutgoingMessage,
  Resolvable,
  StreamWarning,
  UIMessagesRequest,
} from '../backend.ts';
import type { ConversationStore } from '../conversation-store.ts';
import { memoryConversationStore } from '../conversation-store.ts';
import { availableLocalStorage, localStorageConversationStore } from '../conversation-store-local.ts';
import { AgentChatError } from '../errors.ts';
import { generateId } from '../generate-id.ts';
import { createHttpClient } from '../http/request.ts';
import { nameFromMessages, UNNAMED_CONVERSATION, userMessageFrom } from './ai-sdk-messages.ts';
import { cursorFromToken } from './ai-sdk-replay.ts';
import { type ObservedReply, observedReply } from './ai-sdk-reply.ts';
import { replyStreamFrom } from './reply-stream.ts';

/** Options of {@link aiSdk}; functions are read at each request, as the AI SDK's transport reads them. */
export interface AiSdkOptions {
  /** The chat endpoint, e.g. `/api/chat` or `https://example.com/api/chat`; resume is `GET {api}/{chatId}/stream`. */
  api: Resolvable<string>;
  /** Extra headers on every request. */
  headers?: Resolvable<Record<string, string> | undefined>;
  /** Extra fields of every chat request body (under the request's own `body`). */
  body?: Resolvable<Record<string, unknown> | undefined>;
  /** `fetch` credentials mode (`same-origin` when unset, as in the browser). */
  credentials?: Resolvable<RequestCredentials | undefined>;
  /** A `fetch` to use instead of the global one (an in-process server's `fetch`, a test double, …). */
  fetch?: typeof globalThis.fetch;
  /** Where conversations and their messages are kept: localStorage where there is one, else memory. */
  store?: ConversationStore;
  /** The largest attachment accepted, in bytes; 25 MB by default. Files travel inline as data URLs. */
  maxFileBytes?: number;
  /** Called for every tolerated protocol fault of a reply stream. */
  onWarning?: (warning: StreamWarning) => void;
}

/** 25 MB, the default largest attachment of {@link aiSdk} (decoded bytes; sent inline as a data URL). */
export const AI_SDK_MAX_FILE_BYTES = 25 * 1024 * 1024;

/** The facets an {@link aiSdk} backend always has; rename and delete follow the store. */
export type AiSdkBackend = BackendWith<'sendMessages' | 'resumeReply' | 'files'>;

async function resolve<T>(value: Resolvable<T>): Promise<T> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : value;
}

/** `path` appended to the URL's path, before any query or fragment (as the AI SDK does it). */
function appendPath(url: string, path: string): string {
  const cut = url.search(/[?#]/);
  const base = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? '' : url.slice(cut);
  return `${base.replace(/\/+$/, '')}${path}${suffix}`;
}

function notFound(id: string): AgentChatError {
  return new AgentChatError({
    kind: 'not-found',
    message: `There is no conversation "${id}" in this conversation store; it may have been deleted, or kept in another browser.`,
  });
}

/**
 * A Backend for any server built with the Vercel AI SDK (`streamText(…).toUIMessageStreamResponse()`),
 * speaking the SDK's own chat protocol: `POST api` with the whole message list, `GET api/{id}/stream`
 * to resume. The protocol has no conversations, so they live in a {@link ConversationStore}.
 * @example const backend = aiSdk({ api: '/api/chat' });
 */
export function aiSdk(options: AiSdkOptions): AiSdkBackend {
  const store = options.store ?? defaultStore();
  const maxFileBytes = options.maxFileBytes ?? AI_SDK_MAX_FILE_BYTES;
  const doFetch: typeof globalThis.fetch = async (input, init) => {
    const credentials = options.credentials === undefined ? undefined : await resolve(options.credentials);
    // Read at call time: a `fetch` patched after the backend was made is still the one used.
    const fetchImpl = options.fetch ?? globalThis.fetch;
    return fetchImpl(input, credentials === undefined ? init : { ...init, credentials });
  };
  // The request layer's base is empty and each path is the whole URL, so that errors name it.
  const httpOptions: BackendOptions = { baseUrl: '', fetch: doFetch };
  if (options.headers !== undefined) httpOptions.headers = options.headers;
  const http = createHttpClient(httpOptions, 'bearer');

  async function conversationOf(id: string): Promise<Conversation> {
    const found = await store.get(id);
    if (found === undefined) throw notFound(id);
    return found;
  }

  /** Keep the branch being sent; a conversation the store does not know yet is created for it. */
  async function saveBranch(id: string, messages: UIMessage[]): Promise<void> {
    const now = new Date().toISOString();
    const found = await store.get(id);
    const firstName = nameFromMessages(messages);
    const name =
      found === undefined || (found.name === UNNAMED_CONVERSATION && firstName !== undefined)
        ? (firstName ?? UNNAMED_CONVERSATION)
        : found.name;
    await store.save({ ...found, id, name, createdAt: found?.createdAt ?? now, updatedAt: now });
    await store.saveMessages(id, messages);
  }

  /** Add the finished reply to the stored branch, replacing the message it continues. */
  async function saveReply(id: string, reply: UIMessage): Promise<void> {
    try {
      const messages = await store.getMessages(id);
      const last = messages.at(-1);
      const branch = last?.id === reply.id ? [...messages.slice(0, -1), reply] : [...messages, reply];
      await store.saveMessages(id, branch);
      const found = await store.get(id);
      if (found !== undefined) await store.save({ ...found, updatedAt: new Date().toISOString() });
    } catch {
      // The reply is already shown; the next send saves the whole branch again, this reply included.
    }
  }

  async function send(
    id: string,
    request: UIMessagesRequest,
    signal: AbortSignal | undefined,
  ): Promise<ObservedReply> {
    const [api, appBody] = await Promise.all([
      resolve(options.api),
      options.body === undefined ? undefined : resolve(options.body),
    ]);
    await saveBranch(id, request.messages);
    // Field for field the body of the AI SDK's DefaultChatTransport: its own fields win.
    const json = {
      ...appBody,
      ...request.body,
      id,
      messages: request.messages,
      trigger: request.trigger,
      messageId: request.messageId,
    };
    const response = await http.send({
      method: 'POST',
      path: api,
      json,
      headers: { Accept: 'text/event-stream' },
      signal,
    });
    const last = request.messages.at(-1);
    // After tool answers the reply goes on in the last assistant message, as in the AI SDK's Chat.
    const continues = request.trigger === 'submit-message' && last?.role === 'assistant' ? last : undefined;
    // A continuation may report the output of a call the earlier request started: the reader must
    // pass it on for the SDK to join to that call, not invent a call of its own.
    const reply = replyStreamFrom(
      response,
      'ui-message',
      options,
      signal,
      undefined,
      continues !== undefined,
    );
    return observedReply(reply.stream, {
      ...(continues === undefined ? {} : { continues }),
      onReply: (message) => saveReply(id, message),
    });
  }

  async function sendTurn(
    id: string,
    message: OutgoingMessage,
    { signal, parentMessageId }: CallOptions & { parentMessageId?: string | undefined },
  ): Promise<ObservedReply> {
    const user = await userMessageFrom(message, maxFileBytes);
    const stored = await store.getMessages(id);
    // A turn after an earlier message replaces what followed it: the branch the server hears.
    const parent =
      parentMessageId === undefined ? -1 : stored.findIndex((item) => item.id === parentMessageId);
    const history = parent === -1 ? stored : stored.slice(0, parent + 1);
    return send(
      id,
      {
        messages: [...history, user],
        trigger: 'submit-message',
        messageId: undefined,
        ...(message.options === undefined ? {} : { body: { messageOptions: message.options } }),
      },
      signal,
    );
  }

  const backend: AiSdkBackend = {
    kind: 'ai-sdk',
    // Every request carries the whole branch, so a turn may follow any earlier message.
    replacesHistory: true,
    files: { delivery: 'inline', maxFileBytes },

    async listConversations({ cursor, limit } = {}) {
      const offset = cursor === undefined ? 0 : Number.parseInt(cursor, 10);
      if (!Number.isInteger(offset) || offset < 0) {
        throw new AgentChatError({
          kind: 'unsupported',
          message: `"${cursor}" is not a conversation list cursor; pass the nextCursor of the previous page.`,
        });
      }
      const all = await store.list();
      const items = limit === undefined ? all.slice(offset) : all.slice(offset, offset + limit);
      const end = offset + items.length;
      return end < all.length ? { items, nextCursor: String(end) } : { items };
    },

    async createConversation({ name } = {}) {
      const now = new Date().toISOString();
      const conversation: Conversation = {
        id: generateId(),
        name: name ?? UNNAMED_CONVERSATION,
        createdAt: now,
        updatedAt: now,
      };
      await store.save(conversation);
      return conversation;
    },

    getConversation: (id) => conversationOf(id),

    async getHistory(id) {
      return await store.getMessages(id);
    },

    async sendMessages(id, request, { signal } = {}) {
      return (await send(id, request, signal)).reply;
    },

    async streamReply(id, message, options = {}) {
      return (await sendTurn(id, message, options)).reply;
    },

    async chat(id, message, options = {}) {
      const { reply, message: whole } = await sendTurn(id, message, options);
      const reader = reply.stream.getReader();
      let failure: string | undefined;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value.type === 'error') failure = value.errorText;
      }
      if (failure !== undefined) {
        throw new AgentChatError({
          kind: 'http',
          message: `The agent failed while replying: ${failure} Try again.`,
          serverMessage: failure,
        });
      }
      return await whole;
    },

    async resumeReply(id, { resumeToken, signal } = {}) {
      const api = await resolve(options.api);
      if (id === '.' || id === '..') {
        throw new AgentChatError({
          kind: 'unsupported',
          message: `"${id}" cannot be a chat id: the resume URL ${api}/${id}/stream would leave the chat endpoint.`,
        });
      }
      const response = await http.send({
        method: 'GET',
        path: appendPath(api, `/${encodeURIComponent(id)}/stream`),
        headers: { Accept: 'text/event-stream' },
        signal,
      });
      if (response.status === 204) return null;
      // The server replays the running reply from its start; the token says how much was handed out.
      const handedOut = cursorFromToken(resumeToken);
      const stored = await Promise.resolve(store.getMessages(id)).catch((): UIMessage[] => []);
      const last = stored.at(-1);
      const observed = observedReply(replyStreamFrom(response, 'ui-message', options, signal).stream, {
        ...(handedOut === undefined ? {} : { handedOut }),
        ...(last?.role === 'assistant' ? { continues: last } : {}),
        onReply: (message) => saveReply(id, message),
      });
      return observed.reply;
    },
  };

  // Present only when the store can do it, so that capabilitiesOf() tells the truth.
  const { rename, delete: remove } = store;
  if (rename !== undefined) {
    backend.renameConversation = async (id, name) => {
      const renamed = await rename.call(store, id, name);
      if (renamed === undefined) throw notFound(id);
      return renamed;
    };
  }
  if (remove !== undefined) {
    backend.deleteConversation = async (id) => {
      await remove.call(store, id);
    };
  }
  return backend;
}

/** localStorage where this runtime has a usable one, else memory. */
function defaultStore(): ConversationStore {
  const storage = availableLocalStorage();
  return storage === undefined
    ? memoryConversationStore()
    : localStorageConversationStore(undefined, storage);
}
