import { agentsV2, aiSdk, type Backend, chatApi, memoryConversationStore, noxusV1 } from '@agent-chat/client';
import { readUIMessageStream, type UIMessage, type UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { createMockServer } from './index.ts';
import { defaultReply } from './markdown-text.ts';

// The real client adapters against the mock: proves the pair agree on every shape they exchange.
const server = createMockServer({ apiKey: 'test-key', tokenDelayMs: 0 });
const options = {
  apiKey: 'test-key',
  fetch: (input: RequestInfo | URL, init?: RequestInit) => server.fetch(new Request(input, init)),
};

const textOf = (message: UIMessage | undefined) =>
  (message?.parts ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');

async function streamed(backend: Backend, id: string, text: string): Promise<UIMessage | undefined> {
  const reply = await backend.streamReply(id, { text });
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({ stream: reply.stream, terminateOnError: false })) {
    last = message;
  }
  return last;
}

async function roundTrip(backend: Backend): Promise<void> {
  const conversation = await backend.createConversation({ name: 'Adapter check' });
  expect(conversation.name).toBe('Adapter check');
  const listed = await backend.listConversations();
  expect(listed.items.map((item) => item.id)).toContain(conversation.id);

  const message = await streamed(backend, conversation.id, 'hello');
  expect(textOf(message)).toBe(defaultReply);

  const history = await backend.getHistory(conversation.id);
  expect(history.map((entry) => entry.role)).toEqual(['user', 'assistant']);
  expect(textOf(history[0])).toBe('hello');
  expect(textOf(history[1])).toBe(defaultReply);
}

/** Streams `/cut` until the server drops it, resumes from the last token, and checks the join. */
async function cutAndResume(backend: Backend): Promise<void> {
  const { id } = await backend.createConversation({ name: 'cut' });
  const reply = await backend.streamReply(id, { text: '/cut' });
  const deltas = async (stream: ReadableStream<UIMessageChunk>, into: string[]) => {
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.type === 'text-delta') into.push(value.delta);
    }
  };
  const before: string[] = [];
  await expect(deltas(reply.stream, before)).rejects.toBeDefined();
  expect(before.join('').length).toBeGreaterThan(0);
  expect(before.join('').length).toBeLessThan(defaultReply.length);
  const resumed = await backend.resumeReply!(id, { resumeToken: reply.resumeToken() });
  if (!resumed) throw new Error('nothing to resume after /cut');
  const after: string[] = [];
  await deltas(resumed.stream, after);
  expect(before.join('') + after.join('')).toBe(defaultReply);
}

describe('the real client adapters against the mock', () => {
  it('noxusV1: create, stream raw frames, history, and resume a /cut reply', async () => {
    const backend = noxusV1({ ...options, baseUrl: 'http://mock', agentId: 'mock-agent' });
    await roundTrip(backend);

    await cutAndResume(backend);
  });

  it('noxusV1 on a chat flow with ?format=json envelopes reads the same reply', async () => {
    const backend = noxusV1({
      ...options,
      baseUrl: 'http://mock',
      agentFlowId: 'flow-1',
      streamFormat: 'json',
    });
    await roundTrip(backend);
  });

  it('noxusV1: a conversation without an agent or flow is refused with the platform reason', async () => {
    const backend = noxusV1({ ...options, baseUrl: 'http://mock' });
    await expect(backend.createConversation({ name: 'nowhere' })).rejects.toThrow(/assistant_id/);
  });

  it('agentsV2: create, stream, history, resume a /cut reply, files and data frames', async () => {
    const backend = agentsV2({ ...options, baseUrl: 'http://mock/api/v2', agentId: 'mock-agent' });
    await roundTrip(backend);
    await cutAndResume(backend);

    const { id } = await backend.createConversation({ name: 'frames' });
    await streamed(backend, id, '/dataframe');
    const frames = await backend.dataFrames.list(id, { numSamples: 2 });
    expect(frames).toHaveLength(1);
    const frame = frames[0] as (typeof frames)[number];
    expect(frame.rowCount).toBe(500);
    const slice = await backend.dataFrames.get(id, frame.name, { offset: 10, limit: 5, orderBy: '-id' });
    expect(slice.rows).toHaveLength(5);
    expect(slice.rows[0]?.id).toBe(490);

    const uploaded = await backend.files.upload!(id, [
      { name: 'notes.txt', mediaType: 'text/plain', data: new Blob(['hi there']) },
    ]);
    expect(uploaded.map((file) => file.name)).toEqual(['notes.txt']);
    const blob = await backend.files.download!(id, (uploaded[0] as (typeof uploaded)[number]).ref);
    expect(await blob.text()).toBe('hi there');
  });

  it('aiSdk: create, stream, history, and resume a /cut reply from the replay', async () => {
    const backend = aiSdk({
      api: 'http://mock/ai-sdk/chat',
      headers: { authorization: 'Bearer test-key' },
      fetch: options.fetch,
      store: memoryConversationStore(),
    });
    await roundTrip(backend);
    // The AI SDK resumes only a reply still running (204 after): pace it so it outlives the cut.
    const paced = createMockServer({ tokenDelayMs: 5 });
    await cutAndResume(
      aiSdk({
        api: 'http://mock/ai-sdk/chat',
        fetch: (input, init) => paced.fetch(new Request(input, init)),
        store: memoryConversationStore(),
      }),
    );
  }, 20_000);

  it('chatApi: create, stream simple chunks, history, team chat and inbox', async () => {
    const backend = chatApi({ ...options, baseUrl: 'http://mock/api', agentId: 'mock-agent' });
    await roundTrip(backend);

    const team = await backend.teams.chat('team-1', { message: 'Plan a launch', mode: 'debate' });
    expect(team.mode).toBe('debate');
    expect(team.responses.length).toBeGreaterThanOrEqual(2);
    await backend.inbox.markRead();
    expect(await backend.inbox.list()).toEqual([]);

    const { id } = await backend.createConversation({ name: 'failing' });
    const failed = await streamed(backend, id, '/error');
    expect(textOf(failed)).toContain('Let me look that up');
    const refused = backend.streamReply(id, { text: '/500' });
    await expect(refused).rejects.toThrow(/mock \/500/);
  });

  // What a reload shows must match what streamed: every scenario's parts survive the history.
  // History cannot tell static tools from dynamic ones, and a Noxus `source` part is a URL, so a
  // tool is compared by name and state, and document sources are left out.
  const partTypes = (message: UIMessage | undefined) =>
    (message?.parts ?? []).flatMap((part) => {
      if (part.type === 'step-start' || part.type === 'source-document') return [];
      if (part.type === 'dynamic-tool') return [`tool ${part.toolName} ${part.state}`];
      if (part.type.startsWith('tool-') && 'state' in part) {
        return [`tool ${part.type.slice(5)} ${part.state}`];
      }
      return [part.type];
    });
  const scenarios = ['/reasoning', '/tool', '/tool-error', '/sources', '/file', '/data'];

  it.each(scenarios)('noxusV1 history keeps the parts of %s', async (text) => {
    const backend = noxusV1({ ...options, baseUrl: 'http://mock', agentId: 'mock-agent' });
    const { id } = await backend.createConversation({ name: text });
    const live = await streamed(backend, id, text);
    const history = await backend.getHistory(id);
    expect(partTypes(history.at(-1))).toEqual(partTypes(live));
    expect(textOf(history.at(-1))).toBe(textOf(live));
  });

  it.each(scenarios)('agentsV2 history keeps the text of %s', async (text) => {
    const backend = agentsV2({ ...options, baseUrl: 'http://mock/api/v2', agentId: 'mock-agent' });
    const { id } = await backend.createConversation({ name: text });
    const live = await streamed(backend, id, text);
    const history = await backend.getHistory(id);
    expect(history.at(-1)?.role).toBe('assistant');
    expect(textOf(history.at(-1))).toBe(textOf(live));
  });
});
