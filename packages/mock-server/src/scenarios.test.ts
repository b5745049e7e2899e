import {
  parseJsonEventStream,
  readUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
  uiMessageChunkSchema,
} from 'ai';
import { describe, expect, it } from 'vitest';
import { createMockServer } from './index.ts';

const server = createMockServer({ tokenDelayMs: 0 });
const api = (path: string, init: RequestInit = {}) =>
  server.fetch(new Request(`http://mock.test${path}`, init));
const post = (path: string, json: unknown) =>
  api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });

async function reply(
  content: string,
): Promise<{ message: UIMessage | undefined; chunks: UIMessageChunk[]; cid: string }> {
  const { id: cid } = await (await post('/api/v2/agents/mock-agent/conversations', { name: content })).json();
  const response = await post(`/api/v2/agents/mock-agent/conversations/${cid}/stream`, { content });
  expect(response.status).toBe(200);
  const chunks: UIMessageChunk[] = [];
  const stream = parseJsonEventStream({
    stream: response.body as ReadableStream<Uint8Array>,
    schema: uiMessageChunkSchema,
  }).pipeThrough(
    new TransformStream({
      transform(result, controller) {
        if (!result.success) throw result.error;
        chunks.push(result.value);
        controller.enqueue(result.value);
      },
    }),
  );
  let message: UIMessage | undefined;
  for await (const next of readUIMessageStream({ stream, terminateOnError: false })) message = next;
  return { message, chunks, cid };
}

const types = (message: UIMessage | undefined) =>
  (message?.parts ?? []).map((part) => part.type).filter((type) => type !== 'step-start');

describe('scenarios (parsed with the ai package)', () => {
  it('/help lists every scenario', async () => {
    const { message } = await reply('/help');
    const text = message?.parts.map((part) => (part.type === 'text' ? part.text : '')).join('') ?? '';
    for (const command of [
      '/reasoning',
      '/tool',
      '/tool-error',
      '/approval',
      '/sources',
      '/file',
      '/data',
      '/dataframe',
      '/dataframe-large',
      '/long',
      '/error',
      '/500',
      '/cut',
      '/slow',
    ]) {
      expect(text).toContain(`\`${command}`);
    }
  });

  it('/reasoning gives a reasoning part then text', async () => {
    expect(types((await reply('/reasoning')).message)).toEqual(['reasoning', 'text']);
  });

  it('/tool streams input deltas then an output', async () => {
    const { message, chunks } = await reply('/tool');
    expect(chunks.filter((chunk) => chunk.type === 'tool-input-delta').length).toBeGreaterThan(1);
    const tool = message?.parts.find((part) => part.type === 'tool-get_weather');
    expect(tool).toMatchObject({
      state: 'output-available',
      input: { city: 'Lisbon' },
      output: { temperature: 21 },
    });
  });

  it('/tool-error ends the call with an error', async () => {
    const tool = (await reply('/tool-error')).message?.parts.find((part) => part.type === 'tool-get_weather');
    expect(tool).toMatchObject({ state: 'output-error', errorText: expect.stringMatching(/timed out/) });
  });

  it('/approval asks for approval', async () => {
    const tool = (await reply('/approval')).message?.parts.find((part) => part.type === 'tool-get_weather');
    expect(tool).toMatchObject({ state: 'approval-requested' });
  });

  it('/sources cites urls and a document', async () => {
    expect(types((await reply('/sources')).message)).toEqual([
      'source-url',
      'source-url',
      'source-document',
      'text',
    ]);
  });

  it('/file sends a file part and stores a CSV in the conversation files', async () => {
    const { message, cid } = await reply('/file');
    expect(message?.parts.find((part) => part.type === 'file')).toMatchObject({ mediaType: 'image/svg+xml' });
    const files = await (await api(`/api/v2/agents/mock-agent/conversations/${cid}/files`)).json();
    expect(files.data[0]).toMatchObject({ file_name: 'summary.csv', mime_type: 'text/csv' });
    const download = await api(
      `/api/v2/agents/mock-agent/conversations/${cid}/files/download/?file_ref=${files.data[0].file_ref}`,
    );
    expect(await download.text()).toContain('region,units');
  });

  it('/data replaces a data part by id and does not keep the transient one', async () => {
    const { message, chunks } = await reply('/data');
    expect(chunks.some((chunk) => chunk.type === 'data-notification')).toBe(true);
    const data = message?.parts.filter((part) => part.type.startsWith('data-'));
    expect(data).toEqual([
      { type: 'data-weather', id: 'weather-1', data: { city: 'Lisbon', status: 'done', temperature: 21 } },
    ]);
  });

  it('/error sends an error chunk mid-reply', async () => {
    const { chunks } = await reply('/error');
    const error = chunks.findIndex((chunk) => chunk.type === 'error');
    expect(error).toBeGreaterThan(chunks.findIndex((chunk) => chunk.type === 'text-delta'));
    expect(chunks[error]).toEqual({ type: 'error', errorText: 'The model provider failed (mock).' });
  });

  it('/long N streams a markdown reply of N characters', async () => {
    const { message } = await reply('/long 20000 0');
    const text = message?.parts.map((part) => (part.type === 'text' ? part.text : '')).join('') ?? '';
    expect(text).toHaveLength(20000);
    expect(text).toMatch(/^### Part 1/);
    expect(text).toContain('```js');
  });

  it('/slow waits for its first token', async () => {
    const { message } = await reply('/slow 50');
    expect(types(message)).toEqual(['text']);
  });
});

describe('agents v2', () => {
  const root = '/api/v2/agents/mock-agent/conversations';

  it('pages conversations with next tokens, gets and deletes them', async () => {
    const fresh = createMockServer({ seed: false, tokenDelayMs: 0 });
    const f = (path: string, init: RequestInit = {}) => fresh.fetch(new Request(`http://m${path}`, init));
    for (const name of ['a', 'b', 'c']) {
      await f(root, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
    }
    const first = await (await f(`${root}?limit=2`)).json();
    expect(first.data.map((c: { name: string }) => c.name)).toEqual(['c', 'b']);
    const second = await (await f(`${root}?limit=2&next=${first.next}`)).json();
    expect(second).toMatchObject({ data: [{ name: 'a', agent_id: 'mock-agent' }], next: null });
    const bad = await f(root, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/^name/);
    const id = second.data[0].id;
    expect((await f(`${root}/${id}`)).status).toBe(200);
    expect((await (await f(`${root}/${id}`, { method: 'DELETE' })).json()).id).toBe(id);
    const gone = await f(`${root}/${id}/messages`);
    expect(gone.status).toBe(404);
    expect((await gone.json()).detail).toContain(id);
  });

  it('posts a message synchronously and lists messages', async () => {
    const { id } = await (await post(root, { name: 'sync' })).json();
    const state = await (await post(`${root}/${id}/messages`, { content: 'hello' })).json();
    expect(state.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'agent']);
    const messages = await (await api(`${root}/${id}/messages`)).json();
    expect(messages.data[1].content).toContain('Here is what I found');
    expect(messages.data[1].parts[0].type).toBe('text');
  });

  it('uploads multipart files, lists and downloads them; 413 over 25 MB; 404 for an unknown ref', async () => {
    const { id } = await (await post(root, { name: 'files' })).json();
    const form = new FormData();
    form.append('files', new File(['col\n1\n'], 'a.csv', { type: 'text/csv' }));
    form.append('files', new File([new Uint8Array([1, 2, 3])], 'b.bin'));
    const uploaded = await (await api(`${root}/${id}/files`, { method: 'POST', body: form })).json();
    expect(
      uploaded.data.map((file: { file_name: string; file_size: number }) => [file.file_name, file.file_size]),
    ).toEqual([
      ['a.csv', 6],
      ['b.bin', 3],
    ]);
    const listed = await (await api(`${root}/${id}/files`)).json();
    expect(listed.data).toHaveLength(2);
    const download = await api(`${root}/${id}/files/download/?file_ref=${uploaded.data[1].file_ref}`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(download.headers.get('content-disposition')).toContain('b.bin');
    const missing = await api(`${root}/${id}/files/download/?file_ref=nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toContain('nope');
    const big = new FormData();
    big.append('files', new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'big.iso'));
    const refused = await api(`${root}/${id}/files`, { method: 'POST', body: big });
    expect(refused.status).toBe(413);
    expect((await refused.json()).detail).toContain('big.iso');
  });

  it('serves a small data frame with samples, columns, ordering and both output formats', async () => {
    const { cid } = await reply('/dataframe');
    const list = await (await api(`${root}/${cid}/data-frames?num_samples=3`)).json();
    const frame = list.data[0];
    expect(frame).toMatchObject({
      name: 'sales',
      num_rows: 500,
      columns: ['id', 'region', 'product', 'units', 'price', 'date'],
    });
    expect(frame.sample_rows).toHaveLength(3);
    const sorted = await (
      await api(`${root}/${cid}/data-frames/${frame.name}?limit=5&order_by=-units&column_names=id,units`)
    ).json();
    expect(sorted.columns).toEqual(['id', 'units']);
    const units = sorted.rows.map((row: { units: number }) => row.units);
    expect(units).toEqual([...units].sort((a, b) => b - a));
    expect(units[0]).toBe(199);
    const columns = await (
      await api(
        `${root}/${cid}/data-frames/${frame.name}?offset=10&limit=2&output_format=columns&column_names=id`,
      )
    ).json();
    expect(columns).toMatchObject({ rows: [[11], [12]], offset: 10, total_rows: 500 });
    const bad = await api(`${root}/${cid}/data-frames/${frame.name}?order_by=nope`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/^order_by/);
    expect((await api(`${root}/${cid}/data-frames/missing`)).status).toBe(404);
    await post(`${root}/${cid}/stream`, { content: '/dataframe' }).then((response) => response.text());
    const again = await (await api(`${root}/${cid}/data-frames`)).json();
    expect(again.data.map((entry: { name: string }) => entry.name).sort()).toEqual(['sales', 'sales_2']);
  });

  it('pages and sorts the million-row frame without materialising it', async () => {
    const { cid } = await reply('/dataframe-large');
    const [frame] = (await (await api(`${root}/${cid}/data-frames?num_samples=2`)).json()).data;
    expect(frame).toMatchObject({ name: 'events', num_rows: 1_000_000 });
    const heapBefore = process.memoryUsage().heapUsed;
    const last = await (await api(`${root}/${cid}/data-frames/${frame.name}?offset=999998&limit=5`)).json();
    expect(last.rows.map((row: { id: number }) => row.id)).toEqual([999_999, 1_000_000]);
    for (const column of frame.columns as string[]) {
      for (const order of [column, `-${column}`]) {
        const page = await (
          await api(`${root}/${cid}/data-frames/${frame.name}?offset=500000&limit=50&order_by=${order}`)
        ).json();
        const values = page.rows.map((row: Record<string, string | number>) => row[column]);
        const expected = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(values).toEqual(order.startsWith('-') ? expected.reverse() : expected);
      }
    }
    const top = await (await api(`${root}/${cid}/data-frames/${frame.name}?limit=1&order_by=-amount`)).json();
    expect(top.rows[0].id).toBe(1_000_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('Chat API', () => {
  const fresh = createMockServer({ seed: false, tokenDelayMs: 0 });
  const f = (path: string, init: RequestInit = {}) => fresh.fetch(new Request(`http://m/api${path}`, init));
  const send = (path: string, method: string, json: unknown) =>
    f(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });

  it('chats, streams simple chunks ending with [DONE], and keeps history', async () => {
    const chat = await (await send('/agents/mock-agent/chat', 'POST', { message: '/reasoning' })).json();
    expect(chat).toMatchObject({ agent_id: 'mock-agent', response: expect.stringContaining('42') });
    const body = await (
      await send('/agents/mock-agent/chat/stream', 'POST', {
        message: 'hello',
        conversation_id: chat.conversation_id,
      })
    ).text();
    const data = body
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice(6));
    expect(data.at(-1)).toBe('[DONE]');
    expect(JSON.parse(data.at(-2) as string)).toEqual({ type: 'done', content: '' });
    const text = data
      .slice(0, -2)
      .map((line) => JSON.parse(line))
      .filter((chunk) => chunk.type === 'text')
      .map((chunk) => chunk.content)
      .join('');
    expect(text).toContain('## Here is what I found');
    const history = await (
      await f(`/agents/mock-agent/history?limit=3&conversation_id=${chat.conversation_id}`)
    ).json();
    expect(history.messages.map((m: { role: string }) => m.role)).toEqual(['assistant', 'user', 'assistant']);
    const bad = await send('/agents/mock-agent/chat', 'POST', { text: 'x' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/^message/);
  });

  it('creates, renames with PUT, lists and deletes conversations', async () => {
    const created = await (await send('/agents/a2/conversations', 'POST', { title: 'Plans' })).json();
    const renamed = await (
      await send(`/agents/a2/conversations/${created.id}`, 'PUT', { title: 'Plans v2' })
    ).json();
    expect(renamed.title).toBe('Plans v2');
    const list = await (await f('/agents/a2/conversations?limit=10')).json();
    expect(list).toMatchObject({
      total: 1,
      conversations: [{ id: created.id, title: 'Plans v2', unread_count: 0 }],
    });
    expect((await send(`/agents/a2/conversations/${created.id}`, 'PUT', {})).status).toBe(400);
    expect((await f(`/agents/a2/conversations/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await f(`/agents/a2/conversations/${created.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('collects unread replies in the inbox and marks them read', async () => {
    await send('/agents/a3/chat', 'POST', { message: 'one' });
    await send('/agents/a3/chat', 'POST', { message: 'two' });
    const inbox = await (await f('/agents/a3/inbox')).json();
    expect(inbox.messages).toHaveLength(2);
    expect(inbox.messages[0]).toMatchObject({ role: 'assistant', conversation_id: expect.any(String) });
    expect(
      await (await send('/agents/a3/mark-read', 'POST', { message_ids: [inbox.messages[0].id] })).json(),
    ).toEqual({ marked: 1 });
    expect(await (await send('/agents/a3/mark-read', 'POST', {})).json()).toEqual({ marked: 1 });
    expect((await (await f('/agents/a3/inbox')).json()).messages).toEqual([]);
  });

  it('answers team chat in every mode and refuses an unknown one', async () => {
    for (const mode of ['auto', 'brainstorm', 'debate', 'round-robin']) {
      const answer = await (
        await send('/teams/mock-team/chat', 'POST', { message: 'Startup ideas', mode })
      ).json();
      expect(answer.mode).toBe(mode);
      expect(answer.responses.length).toBeGreaterThan(0);
      expect(answer.summary).toEqual(expect.any(String));
    }
    const bad = await send('/teams/mock-team/chat', 'POST', { message: 'x', mode: 'chaos' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/^mode/);
  });
});
