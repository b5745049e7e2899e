import {
  AbstractChat,
  type ChatState,
  type ChatTransport,
  DefaultChatTransport,
  readUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
} from 'ai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capabilitiesOf, type StreamWarning } from '../backend.ts';
import { createChatTransport } from '../chat-transport.ts';
import { type ConversationStore, memoryConversationStore } from '../conversation-store.ts';
import { createBackend } from '../create-backend.ts';
import { answerTo, createAiSdkTestServer } from '../test-support/ai-sdk-test-server.ts';
import { rejectionOf } from '../test-support/rejection-of.ts';
import { aiSdk } from './ai-sdk.ts';

const API = 'http://ai-sdk.test/api/chat';

function setup(extra: Partial<Parameters<typeof aiSdk>[0]> = {}) {
  const server = createAiSdkTestServer();
  const warnings: StreamWarning[] = [];
  const store = memoryConversationStore();
  const backend = aiSdk({
    api: API,
    fetch: server.fetch,
    store,
    onWarning: (warning) => warnings.push(warning),
    ...extra,
  });
  return { server, backend, store, warnings };
}

async function drain(stream: ReadableStream<UIMessageChunk>): Promise<UIMessageChunk[]> {
  const chunks: UIMessageChunk[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

async function assemble(stream: ReadableStream<UIMessageChunk>): Promise<UIMessage | undefined> {
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({ stream })) last = message;
  return last;
}

function textOf(message: UIMessage | undefined): string {
  return (message?.parts ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');
}

const user = (id: string, text: string): UIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });

describe('aiSdk: requests as the AI SDK sends them', () => {
  it('posts the body and headers of DefaultChatTransport, field for field', async () => {
    const { server, backend } = setup({
      headers: () => ({ 'x-app': 'demo' }),
      body: async () => ({ model: 'small', id: 'not-this' }),
    });
    const messages = [user('u1', 'Hello')];
    const reply = await backend.sendMessages('chat-1', {
      messages,
      trigger: 'submit-message',
      messageId: undefined,
      body: { temperature: 0.2 },
    });
    await drain(reply.stream);
    const ours = server.requests.at(-1);

    const sdk = new DefaultChatTransport<UIMessage>({
      api: API,
      fetch: server.fetch,
      headers: { 'x-app': 'demo' },
      body: { model: 'small', id: 'not-this' },
    });
    await drain(
      await sdk.sendMessages({
        chatId: 'chat-1',
        messages,
        trigger: 'submit-message',
        messageId: undefined,
        abortSignal: undefined,
        body: { temperature: 0.2 },
      }),
    );
    const theirs = server.requests.at(-1);

    expect(ours?.body).toEqual(theirs?.body);
    expect(ours?.body).toEqual({
      model: 'small',
      temperature: 0.2,
      id: 'chat-1',
      messages,
      trigger: 'submit-message',
    });
    expect(ours?.url).toBe(theirs?.url);
    for (const name of ['content-type', 'x-app']) {
      expect(ours?.headers.get(name)).toBe(theirs?.headers.get(name));
    }
  });

  it('reads api, headers and credentials at each request, and passes a relative api to fetch as is', async () => {
    const seen: Array<[string, RequestCredentials | undefined]> = [];
    let api = '/api/chat';
    let credentials: RequestCredentials = 'include';
    let token = 'one';
    const server = createAiSdkTestServer();
    const backend = aiSdk({
      api: () => api,
      credentials: () => credentials,
      headers: async () => ({ authorization: `Bearer ${token}` }),
      store: memoryConversationStore(),
      fetch: (input, init) => {
        seen.push([String(input), init?.credentials]);
        return server.fetch(new URL(String(input), 'http://page.test').href, init);
      },
    });
    await drain((await backend.streamReply('c', { text: 'one' })).stream);
    expect(server.requests.at(-1)?.headers.get('authorization')).toBe('Bearer one');
    api = '/v2/api/chat';
    credentials = 'omit';
    token = 'two';
    // The test server has no /v2 route: the 404 names the URL asked for.
    expect((await rejectionOf(backend.resumeReply('c'))).message).toContain(
      'GET /v2/api/chat/c/stream found nothing',
    );
    expect(server.requests.at(-1)?.headers.get('authorization')).toBe('Bearer two');
    expect(seen).toEqual([
      ['/api/chat', 'include'],
      ['/v2/api/chat/c/stream', 'omit'],
    ]);
  });

  it('streams a reply with nothing lost, and regenerates it with trigger and messageId', async () => {
    const { server, backend, warnings } = setup();
    const first = await backend.streamReply('c1', { text: 'Tell me' });
    const message = await assemble(first.stream);
    expect(textOf(message)).toBe(answerTo('Tell me'));
    expect(message?.id).toBe('reply-1');
    expect(warnings).toEqual([]);

    const history = await backend.getHistory('c1');
    expect(history.map((item) => item.role)).toEqual(['user', 'assistant']);
    const [question] = history;
    if (question === undefined) throw new Error('no user message stored');
    const again = await backend.sendMessages('c1', {
      messages: [question],
      trigger: 'regenerate-message',
      messageId: 'reply-1',
    });
    expect(textOf(await assemble(again.stream))).toBe(answerTo('Tell me', 2));
    expect(server.lastBody()).toMatchObject({
      id: 'c1',
      trigger: 'regenerate-message',
      messageId: 'reply-1',
      messages: [question],
    });
    expect((await backend.getHistory('c1')).map(textOf)).toEqual(['Tell me', answerTo('Tell me', 2)]);
  });

  it('continues the last assistant message after tool answers, storing it once', async () => {
    const { backend } = setup();
    const answered: UIMessage = {
      id: 'a1',
      role: 'assistant',
      parts: [{ type: 'text', text: 'Checking. ', state: 'done' }],
    };
    const reply = await backend.sendMessages('c8', {
      messages: [user('u1', 'Go on'), answered],
      trigger: 'submit-message',
      messageId: undefined,
    });
    await drain(reply.stream);
    const history = await backend.getHistory('c8');
    expect(history.map((message) => message.id)).toEqual(['u1', 'a1']);
    expect(textOf(history[1])).toBe(`Checking. ${answerTo('Go on')}`);
  });

  it('sends a turn after an earlier message (parentMessageId) with the branch up to it', async () => {
    const { server, backend } = setup();
    await drain((await backend.streamReply('c10', { text: 'First' })).stream);
    await drain((await backend.streamReply('c10', { text: 'Second' })).stream);
    const [, firstReply] = await backend.getHistory('c10');
    await drain(
      (await backend.streamReply('c10', { text: 'Instead' }, { parentMessageId: firstReply?.id })).stream,
    );
    const sent = server.lastBody()?.messages as UIMessage[];
    expect(sent.map(textOf)).toEqual(['First', answerTo('First'), 'Instead']);
    expect((await backend.getHistory('c10')).map(textOf)).toEqual([
      'First',
      answerTo('First'),
      'Instead',
      answerTo('Instead'),
    ]);
  });

  it('sends message options under body.messageOptions, and chat() returns the whole reply', async () => {
    const { server, backend } = setup();
    const reply = await backend.chat('c2', { text: 'Whole', options: { modelSelection: ['m'] } });
    expect(textOf(reply)).toBe(answerTo('Whole'));
    expect(server.lastBody()?.messageOptions).toEqual({ modelSelection: ['m'] });
    expect((await backend.getHistory('c2')).at(-1)).toEqual(reply);
  });
});

describe('aiSdk: resume', () => {
  it('replays the running reply from its start (200) and answers null once nothing runs (204)', async () => {
    const { server, backend } = setup();
    const live = await backend.streamReply('c3', { text: '/hold' });
    const reader = live.stream.getReader();
    await reader.read();
    await server.held();

    const resumed = await backend.resumeReply('c3');
    expect(resumed).not.toBeNull();
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: `${API}/c3/stream` });
    server.release();
    const replayed = await assemble((resumed as NonNullable<typeof resumed>).stream);
    expect(textOf(replayed)).toBe(answerTo('/hold'));
    await reader.cancel();

    await expect.poll(() => backend.resumeReply('c3')).toBeNull();
  });

  it('keeps what arrived of a reply stopped through its signal or by its reader', async () => {
    const { server, backend } = setup();
    const controller = new AbortController();
    const stopped = await backend.streamReply('c6', { text: '/hold' }, { signal: controller.signal });
    const reader = stopped.stream.getReader();
    await reader.read();
    await server.held();
    controller.abort();
    const readToEnd = async () => {
      while (!(await reader.read()).done) {}
    };
    await expect(readToEnd()).rejects.toMatchObject({ kind: 'aborted' });
    const history = await backend.getHistory('c6');
    expect(history.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(answerTo('/hold').startsWith(textOf(history[1]))).toBe(true);
    server.release();

    const cancelled = await backend.streamReply('c7', { text: 'Bye' });
    const cancelReader = cancelled.stream.getReader();
    await cancelReader.read();
    await cancelReader.cancel();
    await expect.poll(async () => (await backend.getHistory('c7')).length).toBe(2);
  });

  it('joins a reply cut twice, the second time inside the replay, from where each cut left it', async () => {
    const { server, backend } = setup();
    const transport = createChatTransport(backend, { conversationId: 'c9', resumeDelay: () => 0 });
    const stream = await transport.sendMessages({
      chatId: 'c9',
      messages: [user('u1', '/cut 4 9')],
      trigger: 'submit-message',
      messageId: undefined,
      abortSignal: undefined,
    });
    expect(textOf(await assemble(stream))).toBe(answerTo('/cut 4 9'));
    expect(server.requests.map((request) => request.method)).toEqual(['POST', 'GET', 'GET']);
  });

  it('continues a reply cut mid-text through a replaying resume with no text doubled or lost', async () => {
    const { server, backend } = setup();
    const transport = createChatTransport(backend, { conversationId: 'c4', resumeDelay: () => 0 });
    const stream = await transport.sendMessages({
      chatId: 'c4',
      messages: [user('u1', '/cut 5')],
      trigger: 'submit-message',
      messageId: undefined,
      abortSignal: undefined,
    });
    const message = await assemble(stream);
    expect(textOf(message)).toBe(answerTo('/cut 5'));
    expect(server.requests.map((request) => request.method)).toEqual(['POST', 'GET']);
    // The replay is assembled whole for the store too.
    expect((await backend.getHistory('c4')).map(textOf)).toEqual(['/cut 5', answerTo('/cut 5')]);
  });
});

/** The AI SDK's chat engine, as `useChat` runs it, over a plain in-memory state. */
class TestChat extends AbstractChat<UIMessage> {
  constructor(transport: ChatTransport<UIMessage>) {
    const state: ChatState<UIMessage> = {
      status: 'ready',
      error: undefined,
      messages: [],
      pushMessage: (message) => {
        state.messages = [...state.messages, message];
      },
      popMessage: () => {
        state.messages = state.messages.slice(0, -1);
      },
      replaceMessage: (index, message) => {
        state.messages = state.messages.with(index, message);
      },
      snapshot: (value) => structuredClone(value),
    };
    super({ transport, state });
  }
}

describe('aiSdk in the AI SDK chat engine', () => {
  it('shows one whole reply after a cut, regenerates it, and keeps the branch in the store', async () => {
    const { server, backend } = setup();
    const chat = new TestChat(createChatTransport(backend, { conversationId: 'c5', resumeDelay: () => 0 }));
    await chat.sendMessage({ text: '/cut 7' });
    expect(chat.status).toBe('ready');
    expect(chat.messages.map(textOf)).toEqual(['/cut 7', answerTo('/cut 7')]);

    const first = chat.messages[1]?.id;
    await chat.regenerate({ messageId: first });
    expect(chat.status).toBe('ready');
    expect(server.lastBody()).toMatchObject({ trigger: 'regenerate-message', messageId: first });
    expect(chat.messages[1]?.id).not.toBe(first);
    expect(chat.messages.map(textOf)).toEqual(['/cut 7', answerTo('/cut 7', 2)]);
    expect(await backend.getHistory('c5')).toEqual(chat.messages);
    expect((await backend.getConversation('c5')).name).toBe('/cut 7');
  });
});

describe('aiSdk: a reply that reports an error', () => {
  it('is kept as it stood at the error, even when the AI SDK chat stops reading there', async () => {
    const { backend } = setup();
    const chat = new TestChat(createChatTransport(backend, { conversationId: 'c11' }));
    await chat.sendMessage({ text: '/fail' });
    expect(chat.status).toBe('error');
    expect(chat.error?.message).toBe('The model failed halfway.');
    const history = await backend.getHistory('c11');
    expect(history.map(textOf)).toEqual(['/fail', 'Half an answer']);
    expect(history[1]?.id).toBe(chat.messages[1]?.id);
  });
});

describe('aiSdk: errors', () => {
  it('maps HTTP failures to AgentChatError kinds with the server’s words and what to check', async () => {
    const { backend } = setup();
    const failed = await rejectionOf(backend.streamReply('c', { text: '/status 500' }));
    expect(failed).toMatchObject({ kind: 'http', status: 500 });
    expect(failed.message).toContain(`POST ${API} failed with HTTP 500`);
    expect(failed.message).toContain('the model is unavailable');
    expect(await rejectionOf(backend.streamReply('c', { text: '/status 401' }))).toMatchObject({
      kind: 'auth',
      status: 401,
    });
    const missing = aiSdk({ api: 'http://ai-sdk.test/wrong', fetch: createAiSdkTestServer().fetch });
    const notFound = await rejectionOf(missing.streamReply('c', { text: 'hi' }));
    expect(notFound).toMatchObject({ kind: 'not-found', status: 404 });
    expect(notFound.message).toContain('http://ai-sdk.test/wrong');
    const offline = aiSdk({
      api: API,
      store: memoryConversationStore(),
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const network = await rejectionOf(offline.resumeReply('c'));
    expect(network.kind).toBe('network');
    expect(network.message).toContain(`GET ${API}/c/stream could not reach the server`);
  });

  it('refuses a chat id that would leave the chat endpoint', async () => {
    const { backend } = setup();
    expect(await rejectionOf(backend.resumeReply('..'))).toMatchObject({ kind: 'unsupported' });
  });
});

describe('aiSdk: conversations from the store', () => {
  it('creates, lists, names, renames and deletes conversations', async () => {
    const { backend } = setup();
    const created = await backend.createConversation();
    expect(created.name).toBe('New conversation');
    await drain(
      (await backend.streamReply(created.id, { text: `  A first   question ${'that goes on '.repeat(8)}` }))
        .stream,
    );
    const named = await backend.getConversation(created.id);
    expect(named.name.length).toBeLessThanOrEqual(61);
    expect(named.name).toMatch(/^A first question that goes on .*…$/);

    const other = await backend.createConversation({ name: 'Kept' });
    await drain((await backend.streamReply(other.id, { text: 'Hello' })).stream);
    expect((await backend.getConversation(other.id)).name).toBe('Kept');

    const page = await backend.listConversations({ limit: 1 });
    expect(page.items.map((item) => item.id)).toEqual([other.id]);
    const rest = await backend.listConversations({ cursor: page.nextCursor, limit: 1 });
    expect(rest).toEqual({ items: [expect.objectContaining({ id: created.id })] });

    expect(await backend.renameConversation?.(created.id, 'Renamed')).toMatchObject({ name: 'Renamed' });
    await backend.deleteConversation?.(other.id);
    expect((await backend.listConversations()).items.map((item) => item.name)).toEqual(['Renamed']);
    expect(await backend.getHistory(other.id)).toEqual([]);
    expect(await rejectionOf(backend.getConversation(other.id))).toMatchObject({ kind: 'not-found' });
  });

  it('offers rename and delete only when the store has them', () => {
    const { rename: _rename, delete: _delete, ...basic } = memoryConversationStore();
    const store: ConversationStore = basic;
    const backend = aiSdk({ api: API, store });
    expect(capabilitiesOf(backend)).toMatchObject({
      rename: false,
      deleteConversation: false,
      resume: true,
      files: 'inline',
      maxFileBytes: 25 * 1024 * 1024,
      settings: false,
      dataFrames: false,
    });
    expect(capabilitiesOf(setup().backend)).toMatchObject({ rename: true, deleteConversation: true });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps conversations in localStorage where the runtime has one, else in memory', async () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
      removeItem: (key: string) => items.delete(key),
    });
    const server = createAiSdkTestServer();
    const stored = await aiSdk({ api: API, fetch: server.fetch }).createConversation({ name: 'Kept' });
    expect(JSON.parse(items.get('agent-chat:ai-sdk:conversations') ?? '[]')).toEqual([stored]);
    expect((await aiSdk({ api: API }).listConversations()).items).toEqual([stored]);

    vi.stubGlobal('localStorage', undefined);
    const backend = aiSdk({ api: API, fetch: server.fetch });
    const created = await backend.createConversation({ name: 'Here' });
    expect((await backend.listConversations()).items).toEqual([created]);
    expect(items.size).toBe(1);
  });
});

describe('aiSdk: files', () => {
  it('sends attachments inline as file parts with data URLs, files before the text', async () => {
    const { server, backend } = setup();
    const data = new Blob(['héllo'], { type: 'text/plain' });
    await drain(
      (
        await backend.streamReply('f', {
          text: 'Read this',
          files: [{ name: 'note.txt', mediaType: 'text/plain', data }],
        })
      ).stream,
    );
    const messages = server.lastBody()?.messages as UIMessage[];
    expect(messages.at(-1)?.parts).toEqual([
      { type: 'file', mediaType: 'text/plain', filename: 'note.txt', url: 'data:text/plain;base64,aMOpbGxv' },
      { type: 'text', text: 'Read this' },
    ]);
  });

  it('refuses a file over maxFileBytes before sending anything', async () => {
    const { server, backend } = setup({ maxFileBytes: 4 });
    const data = new Blob(['too large'], { type: 'text/plain' });
    const error = await rejectionOf(
      backend.streamReply('f', { text: 'x', files: [{ name: 'big.txt', mediaType: 'text/plain', data }] }),
    );
    expect(error.kind).toBe('limit');
    expect(error.message).toContain('"big.txt"');
    expect(server.requests).toEqual([]);
  });
});

describe("createBackend('ai-sdk')", () => {
  it('builds the same adapter', async () => {
    const server = createAiSdkTestServer();
    const backend = createBackend('ai-sdk', {
      api: API,
      fetch: server.fetch,
      store: memoryConversationStore(),
    });
    expect(backend.kind).toBe('ai-sdk');
    expect(capabilitiesOf(backend)).toEqual(
      capabilitiesOf(aiSdk({ api: API, store: memoryConversationStore() })),
    );
    expect(textOf(await backend.chat('c', { text: 'Same' }))).toBe(answerTo('Same'));
  });
});
