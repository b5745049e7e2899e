import {
  parseJsonEventStream,
  readUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
  uiMessageChunkSchema,
} from 'ai';
import { describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from './index.ts';

const base = 'http://mock.test';

function call(
  server: MockServer,
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<Response> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  return server.fetch(
    new Request(`${base}${path}`, {
      ...rest,
      headers,
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    }),
  );
}

/** Reads an AI SDK UI message stream body with the `ai` package's own parser. */
async function readMessage(
  response: Response,
): Promise<{ message: UIMessage | undefined; chunks: UIMessageChunk[] }> {
  const chunks: UIMessageChunk[] = [];
  const parsed = parseJsonEventStream({
    stream: response.body as ReadableStream<Uint8Array>,
    schema: uiMessageChunkSchema,
  });
  const stream = parsed.pipeThrough(
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
  return { message, chunks };
}

const textOf = (message: UIMessage | undefined) =>
  (message?.parts ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');

describe('auth and health', () => {
  const server = createMockServer({ apiKey: 'sekret', seed: false });
  it('answers /health without a key', async () => {
    const response = await call(server, '/health');
    expect(response.status).toBe(200);
  });
  it('refuses a request without the key with a 401 JSON detail', async () => {
    const response = await call(server, '/v1/conversations');
    expect(response.status).toBe(401);
    expect((await response.json()).detail).toMatch(/API key/);
    const wrong = await call(server, '/api/v2/agents/mock-agent/conversations', {
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
  });
  it('accepts X-API-Key and Authorization: Bearer', async () => {
    expect((await call(server, '/v1/conversations', { headers: { 'x-api-key': 'sekret' } })).status).toBe(
      200,
    );
    expect(
      (
        await call(server, '/api/agents/mock-agent/conversations', {
          headers: { authorization: 'Bearer sekret' },
        })
      ).status,
    ).toBe(200);
  });
  it('answers unknown paths with a 404 naming the path', async () => {
    const response = await call(server, '/nowhere', { headers: { 'x-api-key': 'sekret' } });
    expect(response.status).toBe(404);
    expect((await response.json()).detail).toContain('/nowhere');
  });
});

describe('Noxus v1', () => {
  const server = createMockServer({ tokenDelayMs: 0, seed: false });
  const create = async (name = 'First') => {
    const response = await call(server, '/v1/conversations?assistant_id=mock-agent', {
      method: 'POST',
      json: { name },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { id: string; name: string; etag: string | null; status: string };
  };

  it('creates, lists by page, gets, renames and deletes conversations', async () => {
    const first = await create('One');
    await create('Two');
    await create('Three');
    const flow = await call(server, '/v1/conversations', {
      method: 'POST',
      json: { name: 'Flow', settings: { agent_flow_id: 'flow-1' } },
    });
    expect(flow.status).toBe(200);
    const missing = await call(server, '/v1/conversations', { method: 'POST', json: { name: 'x' } });
    expect(missing.status).toBe(400);
    expect((await missing.json()).detail).toMatch(/assistant_id/);

    const page = await (await call(server, '/v1/conversations?page=2&size=3')).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0].name).toBe('One');
    expect(page.total).toBe(4);

    const patched = await call(server, `/v1/conversations/${first.id}`, {
      method: 'PATCH',
      json: { name: 'Renamed', settings: { temperature: 0.2 } },
    });
    expect((await patched.json()).name).toBe('Renamed');
    const badPatch = await call(server, `/v1/conversations/${first.id}`, {
      method: 'PATCH',
      json: { name: 3 },
    });
    expect(badPatch.status).toBe(400);
    expect((await badPatch.json()).detail).toMatch(/^name/);
    const got = await (await call(server, `/v1/conversations/${first.id}`)).json();
    expect(got).toMatchObject({
      id: first.id,
      name: 'Renamed',
      status: 'idle',
      settings: { temperature: 0.2 },
      messages: [],
    });

    const added = await call(server, `/v1/conversations/${first.id}`, {
      method: 'POST',
      json: { content: 'Just a note' },
    });
    expect((await added.json()).messages[0].message_parts[0]).toMatchObject({
      type: 'user',
      content: 'Just a note',
    });

    expect((await call(server, `/v1/conversations/${first.id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await call(server, `/v1/conversations/${first.id}`);
    expect(gone.status).toBe(404);
    expect((await gone.json()).detail).toContain(first.id);
  });

  it('chat blocks until the reply and stores it as message parts', async () => {
    const { id } = await create();
    const response = await call(server, `/v1/conversations/${id}/chat`, {
      method: 'POST',
      json: { content: '/reasoning' },
    });
    const reply = await response.json();
    expect(reply.message_parts.map((part: { type: string }) => part.type)).toEqual(['reasoning', 'text']);
    const conversation = await (await call(server, `/v1/conversations/${id}`)).json();
    expect(conversation.messages).toHaveLength(2);
    const bad = await call(server, `/v1/conversations/${id}/chat`, { method: 'POST', json: { text: 'hi' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/^content/);
  });

  it('streams raw AI SDK frames with event ids', async () => {
    const { id } = await create();
    const response = await call(server, `/v1/conversations/${id}/stream`, {
      method: 'POST',
      json: { content: 'hello' },
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const body = await response.text();
    expect(body).toMatch(/^id: run[^:\n]+:1$/m);
    expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);
    const { message } = await readMessage(new Response(body));
    const text = textOf(message);
    expect(text).toContain('## Here is what I found');
    expect(text).toContain('| Platform |');
    expect(text).toContain('```ts');
  });

  it('streams ?format=json envelopes ending with event: done', async () => {
    const { id } = await create();
    const body = await (
      await call(server, `/v1/conversations/${id}/stream?format=json`, {
        method: 'POST',
        json: { content: 'hi' },
      })
    ).text();
    const events = body.split('\n\n').filter(Boolean);
    expect(events[0]).toContain('event: message');
    const first = JSON.parse(
      events[0]
        ?.split('\n')
        .find((line) => line.startsWith('data: '))
        ?.slice(6) ?? '',
    );
    expect(first.event).toBe('start');
    expect(body).toMatch(/"event":"text-delta","data":\{"id":"[^"]+","delta":/);
    expect(events.at(-1)).toContain('event: done');
  });

  it('refuses a file over 25 MB with a 413 naming it', async () => {
    const { id } = await create();
    const b64 = 'A'.repeat(Math.ceil(((25 * 1024 * 1024 + 10) * 4) / 3));
    const response = await call(server, `/v1/conversations/${id}/stream`, {
      method: 'POST',
      json: {
        content: 'read this',
        files: [{ name: 'huge.bin', type: 'application/octet-stream', b64_content: b64 }],
      },
    });
    expect(response.status).toBe(413);
    expect((await response.json()).detail).toContain('huge.bin');
  });

  it('keeps inline files on the user message', async () => {
    const { id } = await create();
    await call(server, `/v1/conversations/${id}/chat`, {
      method: 'POST',
      json: {
        content: 'see file',
        files: [{ name: 'a.txt', type: 'text/plain', b64_content: btoa('hello') }],
      },
    });
    const conversation = await (await call(server, `/v1/conversations/${id}`)).json();
    const parts = conversation.messages[0].message_parts;
    expect(parts[1]).toMatchObject({ type: 'file', files: [{ name: 'a.txt', type: 'text/plain' }] });
  });

  it('answers /500 with a JSON 500 before streaming', async () => {
    const { id } = await create();
    const response = await call(server, `/v1/conversations/${id}/stream`, {
      method: 'POST',
      json: { content: '/500' },
    });
    expect(response.status).toBe(500);
    expect((await response.json()).detail).toMatch(/\/500/);
  });

  it('is running while a reply streams and the etag tails it from the start', async () => {
    const slow = createMockServer({ tokenDelayMs: 5, seed: false });
    const created = await (
      await call(slow, '/v1/conversations?assistant_id=a', { method: 'POST', json: {} })
    ).json();
    const stream = await call(slow, `/v1/conversations/${created.id}/stream`, {
      method: 'POST',
      json: { content: 'hi' },
    });
    const during = await (await call(slow, `/v1/conversations/${created.id}`)).json();
    expect(during.status).toBe('running');
    const tail = await call(
      slow,
      `/v1/conversations/${created.id}/events?etag=${encodeURIComponent(during.etag)}`,
    );
    const [original, tailed] = await Promise.all([readMessage(stream), readMessage(tail)]);
    expect(textOf(tailed.message)).toBe(textOf(original.message));
    const after = await (await call(slow, `/v1/conversations/${created.id}`)).json();
    expect(after.status).toBe('idle');
    expect((await call(slow, `/v1/conversations/${created.id}/events`)).status).toBe(204);
  });
});

/** SSE events with their ids, split by blank lines (enough for the mock's own output). */
function sseEvents(body: string): Array<{ id?: string; data: string }> {
  return body
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split('\n');
      const id = lines.find((line) => line.startsWith('id: '))?.slice(4);
      const data = lines
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      return id === undefined ? { data } : { id, data };
    });
}

const deltasOf = (events: Array<{ data: string }>) =>
  events
    .filter((event) => event.data.startsWith('{'))
    .map((event) => JSON.parse(event.data) as UIMessageChunk)
    .map((chunk) => (chunk.type === 'text-delta' ? chunk.delta : ''))
    .join('');

describe('resume', () => {
  it('continues after every 7th event id with nothing lost or doubled', async () => {
    const server = createMockServer({ tokenDelayMs: 0, seed: false });
    const { id } = await (
      await call(server, '/v1/conversations?assistant_id=a', { method: 'POST', json: {} })
    ).json();
    const body = await (
      await call(server, `/v1/conversations/${id}/stream`, {
        method: 'POST',
        json: { content: '/long 3000' },
      })
    ).text();
    const events = sseEvents(body).filter((event) => event.id);
    const full = deltasOf(events);
    expect(full.length).toBe(3000);
    for (let cut = 7; cut < events.length; cut += 7) {
      const token = events[cut - 1]?.id as string;
      const rest = await (
        await call(server, `/v1/conversations/${id}/events`, { headers: { 'last-event-id': token } })
      ).text();
      expect(deltasOf(events.slice(0, cut)) + deltasOf(sseEvents(rest))).toBe(full);
    }
    const v2 = await call(server, `/api/v2/agents/a/conversations/${id}/stream`, {
      headers: { 'last-event-id': events[20]?.id as string },
    });
    expect(deltasOf(events.slice(0, 21)) + deltasOf(sseEvents(await v2.text()))).toBe(full);
  });

  it('/cut drops the connection mid-reply and the rest is there to resume', async () => {
    const server = createMockServer({ tokenDelayMs: 1, seed: false });
    const { id } = await (
      await call(server, '/v1/conversations?assistant_id=a', { method: 'POST', json: {} })
    ).json();
    const response = await call(server, `/v1/conversations/${id}/stream`, {
      method: 'POST',
      json: { content: '/cut' },
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = '';
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          received += decoder.decode(value, { stream: true });
        }
      })(),
    ).rejects.toThrow(/cut/);
    const seen = sseEvents(received);
    const last = seen.at(-1)?.id as string;
    const rest = await (
      await call(server, `/v1/conversations/${id}/events?etag=${encodeURIComponent(last)}`)
    ).text();
    const text = deltasOf(seen) + deltasOf(sseEvents(rest));
    expect(text).toContain('## Here is what I found');
    expect(text.endsWith('every scenario this mock server can play.')).toBe(true);
  });

  it('resumes Noxus envelopes after an id and answers 204 when nothing is running', async () => {
    const server = createMockServer({ tokenDelayMs: 0, seed: false });
    const { id } = await (
      await call(server, '/v1/conversations?assistant_id=a', { method: 'POST', json: {} })
    ).json();
    expect((await call(server, `/v1/conversations/${id}/events`)).status).toBe(204);
    const body = await (
      await call(server, `/v1/conversations/${id}/stream?format=json`, {
        method: 'POST',
        json: { content: '/sources' },
      })
    ).text();
    const events = sseEvents(body).filter((event) => event.id);
    const envelopeText = (list: Array<{ data: string }>) =>
      list
        .filter((event) => event.data.startsWith('{"event"'))
        .map((event) => JSON.parse(event.data) as { event: string; data: { delta?: string } })
        .map((envelope) => (envelope.event === 'text-delta' ? envelope.data.delta : ''))
        .join('');
    const rest = await (
      await call(
        server,
        `/v1/conversations/${id}/events?format=json&etag=${encodeURIComponent(events[4]?.id as string)}`,
      )
    ).text();
    expect(envelopeText(events.slice(0, 5)) + envelopeText(sseEvents(rest))).toBe(envelopeText(events));
    expect(rest.trimEnd().split('\n\n').at(-1)).toContain('event: done');
    const last = events.at(-1)?.id as string;
    expect(
      (await call(server, `/v1/conversations/${id}/events`, { headers: { 'last-event-id': last } })).status,
    ).toBe(204);
    expect((await call(server, `/api/v2/agents/a/conversations/${id}/stream`)).status).toBe(204);
  });

  it('a 404 names an unknown run and a malformed token gets a 400', async () => {
    const server = createMockServer({ tokenDelayMs: 0, seed: false });
    const { id } = await (
      await call(server, '/v1/conversations?assistant_id=a', { method: 'POST', json: {} })
    ).json();
    const unknown = await call(server, `/v1/conversations/${id}/events?etag=runX:3`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).detail).toContain('runX');
    expect((await call(server, `/v1/conversations/${id}/events?etag=garbage`)).status).toBe(400);
  });
});
