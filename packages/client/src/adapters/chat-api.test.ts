import type { UIMessageChunk } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { capabilitiesOf } from '../backend.ts';
import {
  jsonResponse,
  queryOf,
  sseEvent,
  sseResponse,
  startTestServer,
  type TestServer,
} from '../test-support/http-test-server.ts';
import { chatApi } from './chat-api.ts';

interface StoredConversation {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  unread_count: number;
}

let server: TestServer;
let conversations: StoredConversation[];
let history: Array<{ id: string; role: string; content: string; conversation_id: string }>;
let inbox: Array<{ id: string; conversation_id: string; role: string; content: string }>;
let counter = 0;

beforeAll(async () => {
  server = await startTestServer(async (request, { res }) => {
    if (request.headers.get('authorization') !== 'Bearer chat-key')
      return jsonResponse({ error: 'Unauthorized' }, 401);
    const url = new URL(request.url);
    const query = queryOf(request);
    const route = `${request.method} ${url.pathname.replace(/^\/api/, '')}`;
    const conversationMatch = /^(PUT|DELETE) \/agents\/abc\/conversations\/([^/]+)$/.exec(route);
    if (conversationMatch) {
      const found = conversations.find((item) => item.id === conversationMatch[2]);
      if (!found) return jsonResponse({ error: 'Conversation not found' }, 404);
      if (conversationMatch[1] === 'DELETE') {
        conversations = conversations.filter((item) => item !== found);
        return new Response(null, { status: 204 });
      }
      found.title = ((await request.json()) as { title: string }).title;
      return jsonResponse(found);
    }
    switch (route) {
      case 'GET /agents/abc/conversations': {
        const offset = Number(query.offset);
        const limit = Number(query.limit);
        return jsonResponse({
          conversations: conversations.slice(offset, offset + limit),
          total: conversations.length,
        });
      }
      case 'POST /agents/abc/conversations': {
        const { title } = (await request.json()) as { title: string };
        const created = { id: `k${++counter}`, title, created_at: 't', updated_at: 't', unread_count: 0 };
        conversations.push(created);
        return jsonResponse(created, 201);
      }
      case 'GET /agents/abc/history':
        return jsonResponse({
          messages: history
            .filter((item) => item.conversation_id === query.conversation_id)
            .slice(-Number(query.limit)),
        });
      case 'POST /agents/abc/chat': {
        const body = (await request.json()) as { message: string; conversation_id: string };
        if (body.message === 'fail') return new Response('model overloaded, try later', { status: 503 });
        return jsonResponse({
          response: `You said ${body.message} in ${body.conversation_id}`,
          agent_id: 'abc',
          agent_name: 'My Assistant',
        });
      }
      case 'POST /agents/abc/chat/stream': {
        const body = (await request.json()) as { message: string };
        const deltas = ['Hel', 'lo', ' there!'].map((content) => sseEvent({ type: 'text', content }));
        if (body.message === 'cut') {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          // Cut once the frames have reached the socket: the client gets them, then no end.
          res.write(deltas.slice(0, 2).join(''), () => res.destroy());
          return undefined;
        }
        return sseResponse([...deltas, sseEvent({ type: 'done', content: '' }), sseEvent('[DONE]')]);
      }
      case 'POST /teams/team-1/chat': {
        const body = (await request.json()) as { message: string; mode: string };
        return jsonResponse({
          responses: [
            { agent_id: 'a1', agent_name: 'Researcher', content: `R: ${body.message}` },
            { agent_id: 'a2', agent_name: 'Analyst', content: `A: ${body.message}` },
          ],
          summary: 'Two views',
          mode: body.mode,
        });
      }
      case 'GET /agents/abc/inbox':
        return jsonResponse({ messages: inbox });
      case 'POST /agents/abc/mark-read': {
        const body = (await request.json()) as { message_ids?: string[] };
        const before = inbox.length;
        inbox = body.message_ids ? inbox.filter((item) => !body.message_ids!.includes(item.id)) : [];
        return jsonResponse({ marked: before - inbox.length });
      }
      default:
        return jsonResponse({ error: `no route ${route}` }, 404);
    }
  });
});

afterAll(() => server.close());

beforeEach(() => {
  conversations = [];
  history = [];
  inbox = [];
});

function backend(extra: Partial<Parameters<typeof chatApi>[0]> = {}) {
  return chatApi({ baseUrl: `${server.url}/api`, apiKey: () => 'chat-key', agentId: 'abc', ...extra });
}

async function readAll(stream: ReadableStream<UIMessageChunk>) {
  const chunks: UIMessageChunk[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
    return { chunks, error: undefined };
  } catch (error) {
    return { chunks, error };
  }
}

const textOf = (chunks: UIMessageChunk[]) =>
  chunks.map((chunk) => (chunk.type === 'text-delta' ? chunk.delta : '')).join('');

describe('chatApi conversations', () => {
  it('lists by offset over several pages, creates, finds, renames with PUT, deletes', async () => {
    const api = backend();
    for (let index = 0; index < 5; index++) await api.createConversation({ name: `t${index}` });
    expect(JSON.parse(server.last('/api/agents/abc/conversations', 'POST')!.body.toString())).toEqual({
      title: 't4',
    });
    const titles: string[] = [];
    let cursor: string | undefined;
    do {
      const result = await api.listConversations({ cursor, limit: 2 });
      titles.push(...result.items.map((item) => item.name));
      cursor = result.nextCursor;
    } while (cursor !== undefined);
    expect(titles).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect(queryOf(server.last('/api/agents/abc/conversations', 'GET')!)).toEqual({
      limit: '2',
      offset: '4',
    });

    const created = await api.createConversation();
    expect(created).toMatchObject({ name: 'New conversation', unread: 0 });
    expect(await api.getConversation(created.id)).toEqual(created);
    expect(await api.renameConversation(created.id, 'Renamed')).toMatchObject({
      id: created.id,
      name: 'Renamed',
    });
    expect(server.last(`/api/agents/abc/conversations/${created.id}`)?.method).toBe('PUT');
    await api.deleteConversation(created.id);
    await expect(api.getConversation(created.id)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(api.renameConversation(created.id, 'x')).rejects.toMatchObject({
      kind: 'not-found',
      serverMessage: 'Conversation not found',
    });
  });

  it('reports unread counts and reads and marks the inbox', async () => {
    const api = backend();
    const { id } = await api.createConversation({ name: 'x' });
    conversations[0]!.unread_count = 2;
    expect((await api.listConversations()).items[0]?.unread).toBe(2);
    inbox = [
      { id: 'i1', conversation_id: id, role: 'assistant', content: 'one' },
      { id: 'i2', conversation_id: id, role: 'assistant', content: 'two' },
    ];
    expect((await api.inbox.list()).map((message) => message.id)).toEqual(['i1', 'i2']);
    await api.inbox.markRead(['i1']);
    expect(JSON.parse(server.last('/api/agents/abc/mark-read')!.body.toString())).toEqual({
      message_ids: ['i1'],
    });
    expect((await api.inbox.list()).map((message) => message.id)).toEqual(['i2']);
    await api.inbox.markRead();
    expect(JSON.parse(server.last('/api/agents/abc/mark-read')!.body.toString())).toEqual({});
    expect(await api.inbox.list()).toEqual([]);
  });

  it('says what it cannot do', async () => {
    const api = backend();
    expect(capabilitiesOf(api)).toMatchObject({
      files: 'none',
      resume: false,
      teams: true,
      inbox: true,
      rename: true,
      dataFrames: false,
    });
    expect(api.resumeReply).toBeUndefined();
    expect(api.dataFrames).toBeUndefined();
    await expect(
      api.chat('c', { text: 'x', files: [{ name: 'a', mediaType: 'text/plain', data: new Blob(['a']) }] }),
    ).rejects.toMatchObject({ kind: 'unsupported' });
  });
});

describe('chatApi messages', () => {
  it('reads history for the conversation', async () => {
    history = [
      { id: 'h1', role: 'user', content: 'Hello!', conversation_id: 'k' },
      { id: 'h2', role: 'assistant', content: 'Hi there!', conversation_id: 'k' },
      { id: 'h3', role: 'user', content: 'elsewhere', conversation_id: 'other' },
    ];
    const messages = await backend({ historyLimit: 50 }).getHistory('k');
    expect(messages.map((message) => [message.id, message.role])).toEqual([
      ['h1', 'user'],
      ['h2', 'assistant'],
    ]);
    expect(queryOf(server.last('/api/agents/abc/history')!)).toEqual({ limit: '50', conversation_id: 'k' });
  });

  it('chats, keeping the server text of a failure', async () => {
    const api = backend();
    expect(await api.chat('k', { text: 'hi' })).toMatchObject({
      role: 'assistant',
      parts: [{ type: 'text', text: 'You said hi in k' }],
      metadata: { agentName: 'My Assistant' },
    });
    await expect(api.chat('k', { text: 'fail' })).rejects.toMatchObject({
      kind: 'http',
      status: 503,
      serverMessage: 'model overloaded, try later',
    });
  });

  it('streams simple text chunks and reports a cut connection after keeping the text', async () => {
    const api = backend();
    const full = await readAll((await api.streamReply('k', { text: 'hi' })).stream);
    expect(full.error).toBeUndefined();
    expect(textOf(full.chunks)).toBe('Hello there!');
    expect(JSON.parse(server.last('/api/agents/abc/chat/stream')!.body.toString())).toEqual({
      message: 'hi',
      conversation_id: 'k',
    });
    const cut = await readAll((await api.streamReply('k', { text: 'cut' })).stream);
    expect(textOf(cut.chunks)).toBe('Hello');
    expect(cut.error).toMatchObject({ kind: 'interrupted' });
  });

  it('runs a team chat with a mode', async () => {
    const reply = await backend().teams.chat('team-1', { message: 'ideas', mode: 'brainstorm' });
    expect(reply).toEqual({
      responses: [
        { agentId: 'a1', agentName: 'Researcher', content: 'R: ideas' },
        { agentId: 'a2', agentName: 'Analyst', content: 'A: ideas' },
      ],
      summary: 'Two views',
      mode: 'brainstorm',
    });
  });
});
