import { createUIMessageStream, createUIMessageStreamResponse, type UIMessageChunk } from 'ai';
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
import { rejectionOf } from '../test-support/rejection-of.ts';
import { agentsV2 } from './agents-v2.ts';

interface StoredFile {
  file_ref: string;
  file_name: string;
  mime_type: string;
  file_size: number;
  created_at: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const CHUNKS: UIMessageChunk[] = [
  { type: 'start' },
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: 'Recon' },
  { type: 'text-delta', id: 't', delta: 'ciled' },
  { type: 'text-end', id: 't' },
  { type: 'finish' },
];

const COLUMNS = ['city', 'sales'];
const TABLE = [
  ['Oslo', 3],
  ['Rome', 5],
  ['Lima', 4],
];

let server: TestServer;
let conversations: Array<{ id: string; name: string; agent_id: string }>;
let messages: Map<string, unknown[]>;
let files: StoredFile[];
let getOneStatus: number | undefined;
let resumeStatus: number | undefined;
let counter = 0;
const sentContents: string[] = [];

function page<T>(items: T[], request: Request, defaultLimit = 2) {
  const query = queryOf(request);
  const start = query.next === undefined ? 0 : Number(query.next);
  const limit = query.limit === undefined ? defaultLimit : Number(query.limit);
  const end = start + limit;
  return { data: items.slice(start, end), next: end < items.length ? String(end) : null };
}

beforeAll(async () => {
  server = await startTestServer(async (request, { res }) => {
    if (request.headers.get('authorization') !== 'Bearer v2-key')
      return jsonResponse({ detail: 'Not authenticated' }, 401);
    const url = new URL(request.url);
    const query = queryOf(request);
    const match = /^\/api\/v2\/agents\/([^/]+)\/conversations(?:\/([^/]+))?(?:\/(.*))?$/.exec(url.pathname);
    if (match?.[1] !== 'agent-1') return jsonResponse({ error: 'unknown route' }, 404);
    const cid = match[2];
    const rest = match[3];
    if (cid === undefined) {
      if (request.method === 'GET') return jsonResponse(page(conversations, request));
      const body = (await request.json()) as { name: string };
      const created = { id: `c${++counter}`, name: body.name, agent_id: 'agent-1' };
      conversations.push(created);
      messages.set(created.id, []);
      return jsonResponse(created);
    }
    const conversation = conversations.find((item) => item.id === cid);
    if (!conversation) return jsonResponse({ detail: `conversation ${cid} not found` }, 404);
    const history = messages.get(cid)!;
    switch (`${request.method} ${rest ?? ''}`) {
      case 'GET ':
        return getOneStatus
          ? jsonResponse({ detail: 'Method Not Allowed' }, getOneStatus)
          : jsonResponse(conversation);
      case 'DELETE ':
        conversations = conversations.filter((item) => item.id !== cid);
        return jsonResponse(conversation);
      case 'GET messages':
        return jsonResponse(page(history, request));
      case 'POST messages': {
        const { content } = (await request.json()) as { content: string };
        sentContents.push(content);
        history.push({ id: `u${history.length}`, role: 'user', content });
        history.push({
          id: `a${history.length}`,
          role: 'agent',
          content: `Echo: ${content} (${files.length} files)`,
        });
        return jsonResponse({ ...conversation, messages: history });
      }
      case 'POST stream': {
        expect(request.headers.get('accept')).toBe('text/event-stream');
        const { content } = (await request.json()) as { content: string };
        sentContents.push(content);
        if (content === 'genuine') {
          // Frames as the AI SDK itself writes them, headers included.
          const stream = createUIMessageStream({
            execute: ({ writer }) => {
              writer.write({ type: 'start-step' });
              writer.write({ type: 'reasoning-start', id: 'r1' });
              writer.write({ type: 'reasoning-delta', id: 'r1', delta: 'Checking ledgers' });
              writer.write({ type: 'reasoning-end', id: 'r1' });
              writer.write({
                type: 'tool-input-available',
                toolCallId: 'call-1',
                toolName: 'sum',
                input: { a: 2, b: 3 },
                dynamic: true,
              });
              writer.write({ type: 'tool-output-available', toolCallId: 'call-1', output: 5, dynamic: true });
              writer.write({ type: 'text-start', id: 't1' });
              writer.write({ type: 'text-delta', id: 't1', delta: 'Total: 5' });
              writer.write({ type: 'text-end', id: 't1' });
              writer.write({ type: 'finish-step' });
            },
          });
          return createUIMessageStreamResponse({ stream });
        }
        if (content === 'deltas')
          return sseResponse([sseEvent({ delta: 'plain ' }), sseEvent({ delta: 'deltas' })]);
        const events = CHUNKS.map((chunk, index) => sseEvent(chunk, { id: `r:${index}` }));
        if (content === 'cut') {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          // Cut once the frames have reached the socket: the client gets them, then no end.
          res.write(events.slice(0, 3).join(''), () => res.destroy());
          return undefined;
        }
        return sseResponse(events);
      }
      case 'GET stream': {
        if (resumeStatus) return jsonResponse({ detail: 'Method Not Allowed' }, resumeStatus);
        const last = request.headers.get('last-event-id');
        if (last === null) return new Response(null, { status: 204 });
        const from = Number(last.split(':')[1]) + 1;
        return sseResponse(
          CHUNKS.slice(from).map((chunk, index) => sseEvent(chunk, { id: `r:${from + index}` })),
        );
      }
      case 'GET files':
        return jsonResponse({ items: files.map(({ bytes: _bytes, ...file }) => file), next_token: null });
      case 'POST files': {
        const form = await request.formData();
        const uploaded: StoredFile[] = [];
        for (const entry of form.getAll('files')) {
          if (typeof entry === 'string') return jsonResponse({ detail: 'files must be files' }, 422);
          if (entry.size > 1000)
            return jsonResponse({ detail: `${entry.name} exceeds the 1000 byte limit` }, 413);
          const file: StoredFile = {
            file_ref: `ref-${files.length + uploaded.length}`,
            file_name: entry.name,
            mime_type: entry.type,
            file_size: entry.size,
            created_at: '2026-01-01T00:00:00Z',
            bytes: new Uint8Array(await entry.arrayBuffer()),
          };
          uploaded.push(file);
        }
        files.push(...uploaded);
        return jsonResponse({ data: uploaded.map(({ bytes: _bytes, ...file }) => file) });
      }
      case 'GET files/download/': {
        const file = files.find((item) => item.file_ref === query.file_ref);
        if (!file) return jsonResponse({ detail: 'no such file' }, 404);
        return new Response(file.bytes, {
          headers: {
            'content-type': file.mime_type,
            'content-disposition': `attachment; filename="${file.file_name}"`,
          },
        });
      }
      case 'GET data-frames': {
        const samples = Number(query.num_samples ?? 0);
        return jsonResponse({
          data: [
            {
              name: 'sales',
              columns: COLUMNS,
              num_rows: TABLE.length,
              sample_rows: TABLE.slice(0, samples).map((row) =>
                Object.fromEntries(COLUMNS.map((c, i) => [c, row[i]])),
              ),
            },
          ],
        });
      }
      case 'GET data-frames/sales': {
        const selected = query.column_names ? query.column_names.split(',') : COLUMNS;
        let rows = TABLE.map((row) => selected.map((column) => row[COLUMNS.indexOf(column)]));
        if (query.order_by) {
          const key = query.order_by.replace(/^-/, '');
          const index = selected.indexOf(key);
          rows = [...rows].sort((a, b) => (String(a[index]) < String(b[index]) ? -1 : 1));
          if (query.order_by.startsWith('-')) rows.reverse();
        }
        const offset = Number(query.offset ?? 0);
        const sliced = rows.slice(offset, offset + Number(query.limit ?? rows.length));
        if (query.output_format === 'columns') {
          return jsonResponse({
            name: 'sales',
            columns: selected,
            rows: sliced,
            offset,
            total_rows: TABLE.length,
          });
        }
        const records = sliced.map((row) => Object.fromEntries(selected.map((c, i) => [c, row[i]])));
        return jsonResponse({
          name: 'sales',
          columns: selected,
          rows: records,
          offset,
          total_rows: TABLE.length,
        });
      }
      default:
        return jsonResponse({ detail: 'unknown route' }, 404);
    }
  });
});

afterAll(() => server.close());

beforeEach(() => {
  conversations = [];
  messages = new Map();
  files = [];
  getOneStatus = undefined;
  resumeStatus = undefined;
  sentContents.length = 0;
});

function backend(extra: Partial<Parameters<typeof agentsV2>[0]> = {}) {
  return agentsV2({ baseUrl: `${server.url}/api/v2`, apiKey: 'v2-key', agentId: 'agent-1', ...extra });
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

describe('agentsV2 conversations', () => {
  it('lists over several pages with next tokens', async () => {
    const v2 = backend();
    for (let index = 0; index < 5; index++) await v2.createConversation({ name: `n${index}` });
    const names: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const result = await v2.listConversations({ cursor, limit: 2 });
      names.push(...result.items.map((item) => item.name));
      cursor = result.nextCursor;
      pages++;
    } while (cursor !== undefined);
    expect(names).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(pages).toBe(3);
    expect(queryOf(server.last('/api/v2/agents/agent-1/conversations', 'GET')!)).toEqual({
      limit: '2',
      next: '4',
    });
  });

  it('creates with a default name, gets, falls back to the list on 404/405, deletes', async () => {
    const v2 = backend();
    const created = await v2.createConversation();
    expect(created).toEqual({ id: created.id, name: 'New conversation', agentId: 'agent-1' });
    expect(await v2.getConversation(created.id)).toEqual(created);
    getOneStatus = 405;
    for (let index = 0; index < 3; index++) await v2.createConversation({ name: `other${index}` });
    expect(await v2.getConversation(created.id)).toEqual(created);
    await v2.deleteConversation(created.id);
    await expect(v2.getConversation(created.id)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('is honest about what it lacks', async () => {
    const v2 = backend();
    expect(capabilitiesOf(v2)).toMatchObject({
      rename: false,
      files: 'upload',
      fileList: true,
      dataFrames: true,
      resume: true,
      settings: false,
      inbox: false,
    });
    expect(v2.renameConversation).toBeUndefined();
    await expect(v2.createConversation({ settings: { temperature: 1 } })).rejects.toMatchObject({
      kind: 'unsupported',
    });
    expect(v2.inbox).toBeUndefined();
  });

  it('uses Bearer by default and X-API-Key when asked', async () => {
    const error = await rejectionOf(backend({ auth: 'x-api-key' }).listConversations());
    expect(error).toMatchObject({ kind: 'auth', serverMessage: 'Not authenticated' });
    expect(server.requests.at(-1)?.headers['x-api-key']).toBe('v2-key');
  });
});

describe('agentsV2 messages', () => {
  it('reads every page of history; parts win over content', async () => {
    const v2 = backend();
    const { id } = await v2.createConversation();
    messages.set(id, [
      { id: 'm1', role: 'user', content: 'one' },
      { id: 'm2', role: 'agent', content: 'two', parts: [{ type: 'text', text: 'two (parts)' }] },
      { id: 'm3', role: 'user', content: 'three' },
    ]);
    const history = await v2.getHistory(id);
    expect(history.map((message) => [message.role, message.parts])).toEqual([
      ['user', [{ type: 'text', text: 'one', state: 'done' }]],
      ['assistant', [{ type: 'text', text: 'two (parts)' }]],
      ['user', [{ type: 'text', text: 'three', state: 'done' }]],
    ]);
  });

  it('chats, uploading files first and leaving fileRefs alone', async () => {
    const v2 = backend();
    const { id } = await v2.createConversation();
    const reply = await v2.chat(id, {
      text: 'Summarise',
      files: [
        { name: 'a.txt', mediaType: 'text/plain', data: new Blob(['alpha']) },
        { name: 'old.pdf', mediaType: 'application/pdf', fileRef: 'ref-earlier' },
      ],
    });
    expect(reply).toMatchObject({
      role: 'assistant',
      parts: [{ type: 'text', text: 'Echo: Summarise (1 files)' }],
    });
    expect(files.map((file) => file.file_name)).toEqual(['a.txt']);
    const order = server.requests.map(
      (request) => `${request.method} ${request.url.split('/').slice(-1)[0]}`,
    );
    expect(order.slice(-2)).toEqual(['POST files', 'POST messages']);
  });

  it('streams raw frames, reads plain deltas too, and resumes with Last-Event-ID', async () => {
    const v2 = backend();
    const { id } = await v2.createConversation();
    const reply = await v2.streamReply(id, { text: 'go' });
    expect(textOf((await readAll(reply.stream)).chunks)).toBe('Reconciled');
    expect(reply.resumeToken()).toBe('r:5');

    expect(textOf((await readAll((await v2.streamReply(id, { text: 'deltas' })).stream)).chunks)).toBe(
      'plain deltas',
    );

    const cut = await v2.streamReply(id, { text: 'cut' });
    const first = await readAll(cut.stream);
    expect(textOf(first.chunks)).toBe('Recon');
    expect(first.error).toMatchObject({ kind: 'interrupted' });
    const resumed = await v2.resumeReply!(id, { resumeToken: cut.resumeToken() });
    expect(server.requests.at(-1)?.headers['last-event-id']).toBe('r:2');
    expect(textOf(first.chunks) + textOf((await readAll(resumed!.stream)).chunks)).toBe('Reconciled');
    expect(await v2.resumeReply!(id)).toBeNull();
  });

  it('reports a deployment without resume as unsupported, and can be told so up front', async () => {
    const v2 = backend();
    const { id } = await v2.createConversation();
    resumeStatus = 405;
    await expect(v2.resumeReply!(id, { resumeToken: 'r:1' })).rejects.toMatchObject({
      kind: 'unsupported',
      status: 405,
    });
    const without = backend({ resume: false });
    expect(capabilitiesOf(without).resume).toBe(false);
    expect(without.resumeReply).toBeUndefined();
  });
});

describe('agentsV2 files', () => {
  it('uploads multipart with repeated files fields, intact, reporting start and end', async () => {
    const v2 = backend();
    const { id } = await v2.createConversation();
    const binary = new Uint8Array(600).map((_, index) => (index * 13) % 256);
    const progress: Array<{ loaded: number; total?: number }> = [];
    const uploaded = await v2.files.upload!(
      id,
      [
        { name: 'bytes.bin', mediaType: 'application/octet-stream', data: new Blob([binary]) },
        { name: 'notes ü.txt', mediaType: 'text/plain', data: new Blob(['hello'], { type: 'text/plain' }) },
      ],
      { onProgress: (value) => progress.push(value) },
    );
    expect(progress).toEqual([
      { loaded: 0, total: 605 },
      { loaded: 605, total: 605 },
    ]);
    expect(uploaded).toEqual([
      {
        ref: 'ref-0',
        name: 'bytes.bin',
        mediaType: 'application/octet-stream',
        size: 600,
        createdAt: '2026-01-01T00:00:00Z',
      },
      {
        ref: 'ref-1',
        name: 'notes ü.txt',
        mediaType: 'text/plain',
        size: 5,
        createdAt: '2026-01-01T00:00:00Z',
      },
    ]);
    expect(Buffer.from(files[0]!.bytes).equals(Buffer.from(binary))).toBe(true);

    expect((await v2.files.list!(id)).map((file) => file.ref)).toEqual(['ref-0', 'ref-1']);
    const blob = await v2.files.download!(id, 'ref-0');
    expect(blob.type).toBe('application/octet-stream');
    expect(Buffer.from(await blob.arrayBuffer()).equals(Buffer.from(binary))).toBe(true);
    expect(queryOf(server.requests.at(-1)!)).toEqual({ file_ref: 'ref-0' });
    await expect(v2.files.download!(id, 'missing')).rejects.toMatchObject({
      kind: 'not-found',
      serverMessage: 'no such file',
    });
  });

  it('maps a server 413 to limit, and enforces a configured cap before sending', async () => {
    const v2 = backend();
    const { id } = await v2.createConversation();
    const big = {
      name: 'big.bin',
      mediaType: 'application/octet-stream',
      data: new Blob([new Uint8Array(1500)]),
    };
    await expect(v2.files.upload!(id, [big])).rejects.toMatchObject({
      kind: 'limit',
      status: 413,
      serverMessage: 'big.bin exceeds the 1000 byte limit',
    });
    const capped = backend({ maxFileBytes: 1000 });
    const before = server.requests.length;
    const error = await rejectionOf(capped.streamReply(id, { text: 'x', files: [big] }));
    expect(error.kind).toBe('limit');
    expect(error.message).toContain('"big.bin" is 1.5 KB');
    expect(server.requests.length).toBe(before);
  });
});

describe('agentsV2 data frames', () => {
  it('lists with samples and slices with offset, limit, columns and order', async () => {
    const v2 = backend();
    const { id } = await v2.createConversation();
    expect(await v2.dataFrames.list(id, { numSamples: 1 })).toEqual([
      { name: 'sales', columns: COLUMNS, rowCount: 3, sample: [{ city: 'Oslo', sales: 3 }] },
    ]);
    const slice = await v2.dataFrames.get(id, 'sales', {
      offset: 1,
      limit: 1,
      columns: ['sales', 'city'],
      orderBy: '-sales',
    });
    expect(queryOf(server.requests.at(-1)!)).toEqual({
      offset: '1',
      limit: '1',
      column_names: 'sales,city',
      order_by: '-sales',
      output_format: 'records',
    });
    expect(slice).toEqual({
      name: 'sales',
      columns: ['sales', 'city'],
      rows: [{ sales: 4, city: 'Lima' }],
      offset: 1,
      rowCount: 3,
    });
    const columnar = await v2.dataFrames.get(id, 'sales', { outputFormat: 'columns', limit: 2 });
    expect(columnar.rows).toEqual([
      { city: 'Oslo', sales: 3 },
      { city: 'Rome', sales: 5 },
    ]);
  });
});
