import type { UIMessageChunk } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { capabilitiesOf } from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import {
  jsonResponse,
  queryOf,
  sseEvent,
  sseResponse,
  startTestServer,
  type TestServer,
} from '../test-support/http-test-server.ts';
import { rejectionOf } from '../test-support/rejection-of.ts';
import { noxusV1 } from './noxus-v1.ts';

interface StoredConversation {
  id: string;
  name: string;
  created_at: string;
  last_updated_at: string;
  etag: string;
  status: 'idle' | 'running';
  agent_id: string | null;
  settings: Record<string, unknown> | null;
  messages: unknown[];
}

const RUN_CHUNKS: UIMessageChunk[] = [
  { type: 'start', messageId: 'reply-1' },
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: 'Hel' },
  { type: 'text-delta', id: 't', delta: 'lo ' },
  { type: 'text-delta', id: 't', delta: 'there' },
  { type: 'text-end', id: 't' },
  { type: 'finish' },
];

let server: TestServer;
let store: Map<string, StoredConversation>;
let counter = 0;
let lastMessageRequest: Record<string, unknown> | undefined;

function frames(from: number, envelopes: boolean): string[] {
  return RUN_CHUNKS.slice(from).map((chunk, index) => {
    const id = `run-1:${from + index}`;
    if (!envelopes) return sseEvent(chunk, { id });
    const { type, ...data } = chunk;
    return sseEvent({ event: type, data }, { id, event: 'message' });
  });
}

function conversationJson(id: string, name: string): StoredConversation {
  return {
    id,
    name,
    created_at: '2026-01-01T00:00:00Z',
    last_updated_at: '2026-01-01T00:00:00Z',
    etag: `etag-${id}`,
    status: 'idle',
    agent_id: null,
    settings: null,
    messages: [],
  };
}

beforeAll(async () => {
  server = await startTestServer(async (request, { res }) => {
    const url = new URL(request.url);
    const query = queryOf(request);
    const segments = url.pathname.split('/').filter(Boolean); // v1, conversations, id?, action?
    if (request.headers.get('x-api-key') !== 'noxus-key')
      return jsonResponse({ detail: 'Invalid API key' }, 401);
    if (segments[0] !== 'v1' || segments[1] !== 'conversations')
      return jsonResponse({ detail: 'no route' }, 404);
    const id = segments[2];
    const action = segments[3];
    if (id === undefined) {
      if (request.method === 'GET') {
        const page = Number(query.page);
        const size = Number(query.size);
        const all = [...store.values()];
        return jsonResponse({
          items: all.slice((page - 1) * size, page * size),
          total: all.length,
          page,
          size,
        });
      }
      const body = (await request.json()) as { name: string; settings: Record<string, unknown> | null };
      const created = conversationJson(`c${++counter}`, body.name);
      created.agent_id = query.assistant_id ?? null;
      created.settings = body.settings;
      store.set(created.id, created);
      return jsonResponse(created);
    }
    const conversation = store.get(id);
    if (!conversation) return jsonResponse({ detail: `Conversation ${id} not found` }, 404);
    if (action === undefined) {
      switch (request.method) {
        case 'GET':
          return jsonResponse(conversation);
        case 'PATCH': {
          const body = (await request.json()) as { name: string; settings: Record<string, unknown> | null };
          conversation.name = body.name;
          conversation.settings = body.settings;
          return jsonResponse(conversation);
        }
        case 'DELETE':
          store.delete(id);
          return new Response(null, { status: 204 });
        default:
          return jsonResponse({ detail: 'method' }, 405);
      }
    }
    if (action === 'chat') {
      lastMessageRequest = (await request.json()) as Record<string, unknown>;
      const files = (lastMessageRequest.files as Array<{ name: string }> | undefined) ?? [];
      conversation.messages.push(
        {
          id: `u${conversation.messages.length}`,
          message_parts: [{ role: 'user', type: 'user', content: lastMessageRequest.content }],
        },
        {
          id: `a${conversation.messages.length}`,
          message_parts: [
            {
              role: 'assistant',
              type: 'text',
              content: `Got ${files.map((f) => f.name).join(',') || 'nothing'}`,
            },
          ],
        },
      );
      return jsonResponse(conversation);
    }
    if (action === 'stream') {
      lastMessageRequest = (await request.json()) as Record<string, unknown>;
      if (lastMessageRequest.content === 'cut') {
        // Two frames, then the connection drops without the stream's end.
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        // Cut once the frames have reached the socket: the client gets them, then no end.
        res.write(frames(0, false).slice(0, 3).join(''), () => res.destroy());
        return undefined;
      }
      if (lastMessageRequest.content === 'hold') {
        // Two frames, then the connection stays open until the client leaves.
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(frames(0, false).slice(0, 3).join(''));
        return undefined;
      }
      return sseResponse(frames(0, query.format === 'json'));
    }
    if (action === 'events') {
      const etag = query.etag;
      if (etag === conversation.etag && conversation.status === 'running') {
        return sseResponse(frames(0, query.format === 'json'));
      }
      const seq = etag?.startsWith('run-1:') ? Number(etag.slice('run-1:'.length)) : undefined;
      if (seq === undefined) return new Response(null, { status: 204 });
      return sseResponse(frames(seq + 1, query.format === 'json'));
    }
    return jsonResponse({ detail: 'no route' }, 404);
  });
});

afterAll(() => server.close());

beforeEach(() => {
  store = new Map();
  lastMessageRequest = undefined;
});

function backend(extra: Partial<Parameters<typeof noxusV1>[0]> = {}) {
  return noxusV1({ baseUrl: server.url, apiKey: 'noxus-key', ...extra });
}

async function readAll(stream: ReadableStream<UIMessageChunk>) {
  const chunks: UIMessageChunk[] = [];
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { chunks, error: undefined };
      chunks.push(value);
    }
  } catch (error) {
    return { chunks, error: error as AgentChatError };
  }
}

function textOf(chunks: UIMessageChunk[]): string {
  return chunks.map((chunk) => (chunk.type === 'text-delta' ? chunk.delta : '')).join('');
}

describe('noxusV1 conversations', () => {
  it('lists page by page with the page number as cursor', async () => {
    const nx = backend();
    for (let index = 0; index < 5; index++) await nx.createConversation({ name: `n${index}` });
    const first = await nx.listConversations({ limit: 2 });
    expect(first.items.map((item) => item.name)).toEqual(['n0', 'n1']);
    expect(first.nextCursor).toBe('2');
    const second = await nx.listConversations({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((item) => item.name)).toEqual(['n2', 'n3']);
    const third = await nx.listConversations({ limit: 2, cursor: second.nextCursor });
    expect(third).toEqual({ items: [expect.objectContaining({ name: 'n4' })] });
    expect(queryOf(server.last('/v1/conversations', 'GET')!)).toEqual({ page: '3', size: '2' });
  });

  it('creates on an assistant, or on a chat flow through settings', async () => {
    const onAgent = await backend({ agentId: 'agent-7' }).createConversation({ name: 'Mine' });
    expect(queryOf(server.last('/v1/conversations', 'POST')!)).toEqual({ assistant_id: 'agent-7' });
    expect(JSON.parse(server.last('/v1/conversations', 'POST')!.body.toString())).toEqual({
      name: 'Mine',
      settings: null,
    });
    expect(onAgent).toMatchObject({
      name: 'Mine',
      agentId: 'agent-7',
      etag: `etag-${onAgent.id}`,
      status: 'idle',
    });

    const onFlow = await backend({ agentId: 'agent-7', agentFlowId: 'flow-1' }).createConversation({
      settings: { temperature: 0.2 },
    });
    expect(queryOf(server.last('/v1/conversations', 'POST')!)).toEqual({});
    expect(JSON.parse(server.last('/v1/conversations', 'POST')!.body.toString())).toEqual({
      name: 'New conversation',
      settings: { temperature: 0.2, agent_flow_id: 'flow-1' },
    });
    expect(onFlow.settings).toEqual({ temperature: 0.2, agentFlowId: 'flow-1' });
  });

  it('gets, renames keeping settings, updates settings keeping the name, deletes', async () => {
    const nx = backend();
    const created = await nx.createConversation({ name: 'Before', settings: { maxTokens: 100 } });
    expect(await nx.getConversation(created.id)).toMatchObject({ id: created.id, name: 'Before' });

    const renamed = await nx.renameConversation(created.id, 'After');
    expect(renamed).toMatchObject({ name: 'After', settings: { maxTokens: 100 } });
    expect(JSON.parse(server.last(`/v1/conversations/${created.id}`, 'PATCH')!.body.toString())).toEqual({
      name: 'After',
      settings: { max_tokens: 100 },
    });

    const updated = await nx.updateSettings(created.id, {
      modelSelection: ['m1'],
      extraInstructions: 'Short answers',
      tools: [{ name: 'Web Research', type: 'web_research', enabled: false }],
    });
    expect(updated).toMatchObject({
      name: 'After',
      settings: {
        maxTokens: 100,
        modelSelection: ['m1'],
        extraInstructions: 'Short answers',
        tools: [{ name: 'Web Research', type: 'web_research', enabled: false }],
      },
    });

    await nx.deleteConversation(created.id);
    await expect(nx.getConversation(created.id)).rejects.toMatchObject({
      kind: 'not-found',
      serverMessage: `Conversation ${created.id} not found`,
    });
  });

  it('reads history from message_parts', async () => {
    const nx = backend();
    const created = await nx.createConversation();
    store.get(created.id)!.messages = [
      { id: 'm1', message_parts: [{ role: 'user', type: 'user', content: 'Hi' }] },
      {
        id: 'm2',
        message_parts: [
          {
            role: 'assistant',
            type: 'tool',
            tool: 'web_research',
            content: { input: { q: 'Hi' }, output: 'ok' },
          },
          { role: 'assistant', type: 'text', content: 'Hello!' },
        ],
      },
    ];
    const history = await nx.getHistory(created.id);
    expect(history.map((message) => [message.role, message.parts.map((part) => part.type)])).toEqual([
      ['user', ['text']],
      ['assistant', ['dynamic-tool', 'text']],
    ]);
  });

  it('opens a conversation with one read: history, settings and the running check share it', async () => {
    const nx = backend();
    const created = await nx.createConversation();
    const before = server.requests.length;
    const [history, conversation, running] = await Promise.all([
      nx.getHistory(created.id),
      nx.getConversation(created.id),
      nx.resumeReply(created.id),
    ]);
    expect(history).toEqual([]);
    expect(conversation.id).toBe(created.id);
    expect(running).toBeNull();
    const reads = server.requests.slice(before).filter((request) => request.method === 'GET');
    expect(reads).toHaveLength(1);
    // A write makes the next read fresh.
    await nx.renameConversation(created.id, 'Renamed');
    expect((await nx.getConversation(created.id)).name).toBe('Renamed');
  });

  it('sends X-API-Key by default, and Bearer when asked', async () => {
    await expect(backend({ auth: 'bearer' }).listConversations()).rejects.toMatchObject({
      kind: 'auth',
      status: 401,
      serverMessage: 'Invalid API key',
    });
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer noxus-key');
    await backend().listConversations();
    expect(server.requests.at(-1)?.headers['x-api-key']).toBe('noxus-key');
  });

  it('offers only what Noxus has: inline files, resume, settings; no data frames, teams or uploads', () => {
    const nx = backend();
    expect(capabilitiesOf(nx)).toMatchObject({
      files: 'inline',
      fileList: false,
      dataFrames: false,
      resume: true,
      settings: true,
      teams: false,
    });
    expect(nx.dataFrames).toBeUndefined();
    expect(nx.teams).toBeUndefined();
    expect(nx.files.upload).toBeUndefined();
  });
});

describe('noxusV1 messages', () => {
  it('chats (blocking) with message options and inline files, bytes intact', async () => {
    const nx = backend();
    const { id } = await nx.createConversation();
    const bytes = new Uint8Array(70_000).map((_, index) => (index * 7) % 256);
    const reply = await nx.chat(id, {
      text: 'Read these',
      files: [
        { name: 'data.bin', mediaType: 'application/octet-stream', data: new Blob([bytes]) },
        { name: 'remote.pdf', mediaType: 'application/pdf', url: 'https://example.com/r.pdf' },
      ],
      options: { modelSelection: ['m'], tool: 'kb_qa', kbId: 'kb-1', workflowId: 'wf-1' },
    });
    expect(reply).toMatchObject({
      role: 'assistant',
      parts: [{ type: 'text', text: 'Got data.bin,remote.pdf' }],
    });
    const files = lastMessageRequest?.files as Array<Record<string, string>>;
    expect(Buffer.from(files[0]!.b64_content!, 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(files[0]).toMatchObject({ name: 'data.bin', type: 'application/octet-stream' });
    expect(files[1]).toEqual({
      name: 'remote.pdf',
      type: 'application/pdf',
      url: 'https://example.com/r.pdf',
    });
    expect(lastMessageRequest).toMatchObject({
      content: 'Read these',
      model_selection: ['m'],
      tool: 'kb_qa',
      kb_id: 'kb-1',
      workflow_id: 'wf-1',
    });
  });

  it('rejects a file over 25 MB before making any request', async () => {
    const nx = backend();
    const { id } = await nx.createConversation();
    const before = server.requests.length;
    const big = new Blob([new Uint8Array(25 * 1024 * 1024 + 1)]);
    const error = await rejectionOf(
      nx.streamReply(id, {
        text: 'x',
        files: [{ name: 'huge.zip', mediaType: 'application/zip', data: big }],
      }),
    );
    expect(error).toMatchObject({ kind: 'limit' });
    expect(error.message).toContain('"huge.zip" is 25.0 MB');
    await expect(
      nx.chat(id, { text: 'x', files: [{ name: 'huge.zip', mediaType: 'application/zip', data: big }] }),
    ).rejects.toMatchObject({ kind: 'limit' });
    expect(server.requests.length).toBe(before);
  });
});

describe('noxusV1 streaming', () => {
  it('streams raw frames and remembers the last SSE id', async () => {
    const nx = backend();
    const { id } = await nx.createConversation();
    const reply = await nx.streamReply(id, { text: 'Hi' });
    const { chunks, error } = await readAll(reply.stream);
    expect(error).toBeUndefined();
    expect(textOf(chunks)).toBe('Hello there');
    expect(chunks.at(-1)?.type).toBe('finish');
    expect(reply.resumeToken()).toBe('run-1:6');
    expect(queryOf(server.last(`/v1/conversations/${id}/stream`)!)).toEqual({});
  });

  it('streams ?format=json envelopes when asked', async () => {
    const nx = backend({ streamFormat: 'json' });
    const { id } = await nx.createConversation();
    const { chunks } = await readAll((await nx.streamReply(id, { text: 'Hi' })).stream);
    expect(textOf(chunks)).toBe('Hello there');
    expect(queryOf(server.last(`/v1/conversations/${id}/stream`)!)).toEqual({ format: 'json' });
  });

  it('keeps what arrived when the connection is cut, then reports interrupted, then resumes by etag', async () => {
    const nx = backend();
    const { id } = await nx.createConversation();
    const reply = await nx.streamReply(id, { text: 'cut' });
    const first = await readAll(reply.stream);
    expect(textOf(first.chunks)).toBe('Hel');
    expect(first.error).toBeInstanceOf(AgentChatError);
    expect(first.error?.kind).toBe('interrupted');
    expect(reply.resumeToken()).toBe('run-1:2');

    const resumed = await nx.resumeReply(id, { resumeToken: reply.resumeToken() });
    expect(resumed).not.toBeNull();
    expect(resumed!.resumeToken()).toBe('run-1:2');
    const rest = await readAll(resumed!.stream);
    expect(queryOf(server.last(`/v1/conversations/${id}/events`)!)).toEqual({ etag: 'run-1:2' });
    expect(textOf(first.chunks) + textOf(rest.chunks)).toBe('Hello there');
    expect(resumed!.resumeToken()).toBe('run-1:6');
  });

  it('without a token, tails a running conversation from its etag; null when idle or 204', async () => {
    const nx = backend();
    const { id } = await nx.createConversation();
    expect(await nx.resumeReply(id)).toBeNull();
    store.get(id)!.status = 'running';
    const tail = await nx.resumeReply(id);
    expect(queryOf(server.last(`/v1/conversations/${id}/events`)!)).toEqual({ etag: `etag-${id}` });
    expect(textOf((await readAll(tail!.stream)).chunks)).toBe('Hello there');
    expect(await nx.resumeReply(id, { resumeToken: 'unknown' })).toBeNull();
  });

  it('aborts mid-stream: what arrived is kept, the error is aborted, the server sees the request closed', async () => {
    const nx = backend();
    const { id } = await nx.createConversation();
    const controller = new AbortController();
    const reply = await nx.streamReply(id, { text: 'hold' }, { signal: controller.signal });
    const reader = reply.stream.getReader();
    const seen: UIMessageChunk[] = [];
    while (textOf(seen) !== 'Hel') {
      const { done, value } = await reader.read();
      if (done) throw new Error('the stream ended before the first frames');
      seen.push(value);
    }
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ kind: 'aborted' });
    await expect(server.last(`/v1/conversations/${id}/stream`)?.outcome).resolves.toBe('closed');
  });

  it('rejects a stream whose signal already fired', async () => {
    const nx = backend();
    const { id } = await nx.createConversation();
    const controller = new AbortController();
    controller.abort();
    await expect(nx.streamReply(id, { text: 'Hi' }, { signal: controller.signal })).rejects.toMatchObject({
      kind: 'aborted',
    });
  });
});
