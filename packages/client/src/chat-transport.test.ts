import {
  AbstractChat,
  type ChatState,
  type ChatTransport,
  createUIMessageStream,
  readUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
  type UIMessageStreamWriter,
} from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend, OutgoingMessage, ReplyStream } from './backend.ts';
import { createChatTransport } from './chat-transport.ts';
import { AgentChatError } from './errors.ts';
import { readReplyStream } from './stream/read-reply-stream.ts';
import { startTestServer, type TestServer } from './test-support/http-test-server.ts';

const RUN = 'run-1';
const WORDS = Array.from({ length: 40 }, (_, index) => `wörd${index}🎉 `);

/** Genuine frames of one reply, written by the AI SDK, each with an SSE id `run-1:<seq>`. */
async function genuineFrames(
  write: (writer: UIMessageStreamWriter) => void = writeDefaultReply,
): Promise<string[]> {
  const stream = createUIMessageStream({ execute: ({ writer }) => write(writer) });
  const frames: string[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    frames.push(`id: ${RUN}:${frames.length}\ndata: ${JSON.stringify(value)}\n\n`);
  }
  frames.push('data: [DONE]\n\n');
  return frames;
}

function writeDefaultReply(writer: UIMessageStreamWriter): void {
  writer.write({ type: 'start', messageId: 'reply-1' });
  writer.write({ type: 'reasoning-start', id: 'r' });
  writer.write({ type: 'reasoning-delta', id: 'r', delta: 'Planning.' });
  writer.write({ type: 'reasoning-end', id: 'r' });
  writer.write({ type: 'text-start', id: 't' });
  for (const delta of WORDS) writer.write({ type: 'text-delta', id: 't', delta });
  // Metadata on the end shows that an end arriving after a resume still joins its part.
  writer.write({ type: 'text-end', id: 't', providerMetadata: { mock: { complete: true } } });
  writer.write({ type: 'finish', finishReason: 'stop' });
}

interface Script {
  /** Per stream request (send, then each resume): cut the connection after this many frames. */
  cuts: number[];
  /** Resume requests answer with this status instead of frames. */
  resumeStatus?: number;
  /** Endless stream for abort tests. */
  endless?: boolean;
  /** Serve these frames instead of the default reply. */
  frames?: string[];
}

let frames: string[] = [];
let server: TestServer;
let script: Script = { cuts: [] };

async function writeFrames(res: import('node:http').ServerResponse, from: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  const served = script.frames ?? frames;
  const cut = script.cuts.shift();
  const end = cut === undefined ? served.length : Math.min(served.length, from + cut);
  for (let index = from; index < end; index++) {
    res.write(served[index]);
    // Several writes per frame batch so that reads split frames in varied places.
    if (index % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  if (cut !== undefined) {
    // End the socket without finishing the chunked body: the client sees a dropped connection.
    res.socket?.end();
    return;
  }
  res.end();
}

beforeAll(async () => {
  frames = await genuineFrames();
  server = await startTestServer(async (request, { res }) => {
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/conversations/c1/stream') {
      if (script.endless) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(frames[0]);
        const timer = setInterval(() => res.write(frames[5]), 5);
        res.on('close', () => clearInterval(timer));
        return undefined;
      }
      await writeFrames(res, 0);
      return undefined;
    }
    if (request.method === 'GET' && url.pathname === '/conversations/c1/events') {
      if (script.resumeStatus !== undefined) return new Response('busy', { status: script.resumeStatus });
      const last = request.headers.get('last-event-id');
      if (last === null) {
        await writeFrames(res, 0);
        return undefined;
      }
      const seq = Number(last.split(':')[1]);
      await writeFrames(res, seq + 1);
      return undefined;
    }
    return new Response('not found', { status: 404 });
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  script = { cuts: [] };
  server.requests.length = 0;
});

function unsupported(): never {
  throw new AgentChatError({ kind: 'unsupported', message: 'Not part of this test backend.' });
}

/** A tiny Backend over the test server: only streaming and resuming are real. */
function testBackend(resume = true, sent: OutgoingMessage[] = []): Backend {
  const open = async (
    response: Response,
    signal?: AbortSignal,
    continuation = false,
  ): Promise<ReplyStream | null> => {
    if (response.status === 204) return null;
    if (!response.ok || !response.body) {
      throw new AgentChatError({ kind: 'http', status: response.status, message: 'The server refused.' });
    }
    return readReplyStream(response.body, {
      format: 'ui-message',
      continuation,
      ...(signal ? { signal } : {}),
    });
  };
  return {
    kind: 'noxus-v1',
    async streamReply(id, message, options) {
      sent.push(message);
      const response = await fetch(`${server.url}/conversations/${id}/stream`, {
        method: 'POST',
        body: message.text,
        signal: options?.signal,
      });
      const reply = await open(response, options?.signal);
      if (reply === null) throw new Error('unexpected 204');
      return reply;
    },
    resumeReply: resume ? resumeFromServer : undefined,
    listConversations: unsupported,
    createConversation: unsupported,
    getConversation: unsupported,
    getHistory: unsupported,
    chat: unsupported,
  };
  async function resumeFromServer(
    id: string,
    options?: { resumeToken?: string; signal?: AbortSignal },
  ): Promise<ReplyStream | null> {
    const headers: Record<string, string> = {};
    if (options?.resumeToken) headers['last-event-id'] = options.resumeToken;
    const response = await fetch(`${server.url}/conversations/${id}/events`, {
      headers,
      signal: options?.signal,
    });
    return open(response, options?.signal, options?.resumeToken !== undefined);
  }
}

const userMessage: UIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hello' }] };

async function assemble(
  stream: ReadableStream<UIMessageChunk>,
): Promise<{ message?: UIMessage; error?: unknown }> {
  let message: UIMessage | undefined;
  try {
    for await (const update of readUIMessageStream({ stream, terminateOnError: true })) {
      message = structuredClone(update);
    }
    return { message };
  } catch (error) {
    return { message, error };
  }
}

function send(transport: ReturnType<typeof createChatTransport>, abortSignal?: AbortSignal) {
  return transport.sendMessages({
    trigger: 'submit-message',
    chatId: 'chat',
    messageId: undefined,
    messages: [userMessage],
    abortSignal,
  });
}

const fast = { conversationId: 'c1', resumeDelay: () => 1 };

describe('createChatTransport', () => {
  it('streams a reply through the backend', async () => {
    const { message, error } = await assemble(await send(createChatTransport(testBackend(), fast)));
    expect(error).toBeUndefined();
    expect(message?.id).toBe('reply-1');
    expect(message?.parts.find((part) => part.type === 'text')).toMatchObject({
      type: 'text',
      text: WORDS.join(''),
      state: 'done',
    });
  });

  // Cut inside the text part and again in the resume; right before the text part's end; before it starts.
  it.each([[[12, 9]], [[45]], [[4]]])('resumes a reply cut after %j frames transparently', async (cuts) => {
    const uncut = await assemble(await send(createChatTransport(testBackend(), fast)));
    script = { cuts: [...cuts] };
    const resumed = await assemble(await send(createChatTransport(testBackend(), fast)));
    expect(resumed.error).toBeUndefined();
    expect(resumed.message).toEqual(uncut.message);
    expect(uncut.message?.parts.find((part) => part.type === 'text')).toMatchObject({
      providerMetadata: { mock: { complete: true } },
    });
    const resumes = server.requests.filter((request) => request.url.startsWith('/conversations/c1/events'));
    // Each resume starts after the last frame delivered so far.
    const expected = cuts.map((_, index) => `${RUN}:${cuts.slice(0, index + 1).reduce((a, b) => a + b) - 1}`);
    expect(resumes.map((request) => request.headers['last-event-id'])).toEqual(expected);
  });

  it('errors with "interrupted" after everything received when the backend cannot resume', async () => {
    script = { cuts: [10] };
    const { message, error } = await assemble(await send(createChatTransport(testBackend(false), fast)));
    expect(error).toBeInstanceOf(AgentChatError);
    expect(error).toMatchObject({ kind: 'interrupted' });
    // Frames 0..9: start, 3 reasoning, text-start, then 5 deltas.
    expect(message?.parts.find((part) => part.type === 'text')).toMatchObject({
      text: WORDS.slice(0, 5).join(''),
    });
    expect(server.requests.some((request) => request.url.includes('/events'))).toBe(false);
  });

  it('gives up after maxResumeAttempts failed resumes, keeping what arrived', async () => {
    script = { cuts: [8], resumeStatus: 503 };
    const transport = createChatTransport(testBackend(), { ...fast, maxResumeAttempts: 2 });
    const { message, error } = await assemble(await send(transport));
    expect(error).toMatchObject({ kind: 'interrupted' });
    expect((error as Error).message).toMatch(/resuming failed 2 times/);
    expect((error as AgentChatError).cause).toMatchObject({ kind: 'http', status: 503 });
    expect(message?.parts.find((part) => part.type === 'text')).toMatchObject({
      text: WORDS.slice(0, 3).join(''),
    });
    expect(server.requests.filter((request) => request.url.includes('/events'))).toHaveLength(2);
  });

  it('stops waiting to resume when aborted during the backoff', async () => {
    script = { cuts: [8] };
    const controller = new AbortController();
    const transport = createChatTransport(testBackend(), { conversationId: 'c1', resumeDelay: () => 60_000 });
    const stream = await send(transport, controller.signal);
    const reader = stream.getReader();
    const rest = (async () => {
      for (;;) {
        const { done } = await reader.read();
        if (done) return undefined;
      }
    })().catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await rest).toMatchObject({ kind: 'aborted' });
    expect(server.requests.some((request) => request.url.includes('/events'))).toBe(false);
  });

  it('errors with "interrupted" when the server no longer has the reply to resume', async () => {
    script = { cuts: [8] };
    const gone = testBackend();
    gone.resumeReply = async () => null;
    const { message, error } = await assemble(await send(createChatTransport(gone, fast)));
    expect(error).toMatchObject({ kind: 'interrupted' });
    expect((error as Error).message).toMatch(/no longer has this reply/);
    expect(message?.parts.find((part) => part.type === 'text')).toMatchObject({
      text: WORDS.slice(0, 3).join(''),
    });
  });

  it('propagates abort to the server and errors with "aborted"', async () => {
    script = { cuts: [], endless: true };
    const controller = new AbortController();
    const stream = await send(createChatTransport(testBackend(), fast), controller.signal);
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ kind: 'aborted' });
    const request = server.last('/conversations/c1/stream', 'POST');
    expect(await request?.outcome).toBe('closed');
  });

  it('reconnects to a running reply from its start (a replay) and returns null when nothing runs', async () => {
    const transport = createChatTransport(testBackend(), fast);
    expect(transport.resumeStreamIsReplay).toBe(true);
    const stream = await transport.reconnectToStream({ chatId: 'chat' });
    expect(stream).not.toBeNull();
    const { message } = await assemble(stream as ReadableStream<UIMessageChunk>);
    expect(message?.parts.find((part) => part.type === 'text')).toMatchObject({ text: WORDS.join('') });
    expect(server.last('/conversations/c1/events')?.headers['last-event-id']).toBeUndefined();

    const idle = testBackend();
    idle.resumeReply = async () => null;
    expect(await createChatTransport(idle, fast).reconnectToStream({ chatId: 'chat' })).toBeNull();
    expect(
      await createChatTransport(testBackend(false), fast).reconnectToStream({ chatId: 'chat' }),
    ).toBeNull();
  });

  it('sends the last user message with its files as bytes and the merged options', async () => {
    const sent: OutgoingMessage[] = [];
    const transport = createChatTransport(testBackend(true, sent), {
      conversationId: async () => 'c1',
      messageOptions: () => ({ modelSelection: ['a'], tool: 'web_research' }),
    });
    const messages: UIMessage[] = [
      { id: 'u0', role: 'user', parts: [{ type: 'text', text: 'old' }] },
      { id: 'a0', role: 'assistant', parts: [{ type: 'text', text: 'reply' }] },
      {
        id: 'u1',
        role: 'user',
        parts: [
          { type: 'text', text: 'Look at' },
          {
            type: 'file',
            mediaType: 'text/plain',
            filename: 'note.txt',
            url: 'data:text/plain;base64,aMOpbGxv',
          },
          { type: 'text', text: 'this' },
        ],
      },
    ];
    const stream = await transport.sendMessages({
      trigger: 'regenerate-message',
      chatId: 'chat',
      messageId: undefined,
      messages,
      abortSignal: undefined,
      body: { messageOptions: { modelSelection: ['b'] } },
    });
    await assemble(stream);
    const [message] = sent;
    expect(message?.text).toBe('Look at\n\nthis');
    expect(message?.options).toEqual({ modelSelection: ['b'], tool: 'web_research' });
    const file = message?.files?.[0];
    expect(file).toMatchObject({ name: 'note.txt', mediaType: 'text/plain' });
    expect(await file?.data?.text()).toBe('héllo');
  });

  it('rejects with a clear error when there is no user message', async () => {
    await expect(
      createChatTransport(testBackend(), fast).sendMessages({
        trigger: 'submit-message',
        chatId: 'chat',
        messageId: undefined,
        messages: [],
        abortSignal: undefined,
      }),
    ).rejects.toMatchObject({ kind: 'unsupported' });
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

function textOf(message: UIMessage | undefined): string | undefined {
  const part = message?.parts.find((candidate) => candidate.type === 'text');
  return part?.type === 'text' ? part.text : undefined;
}

describe('createChatTransport in the AI SDK chat engine', () => {
  it('shows one complete reply after two cuts, with status ready', async () => {
    script = { cuts: [12, 9] };
    const chat = new TestChat(createChatTransport(testBackend(), fast));
    await chat.sendMessage({ text: 'Hello' });
    expect(chat.status).toBe('ready');
    expect(chat.error).toBeUndefined();
    expect(chat.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(textOf(chat.messages[1])).toBe(WORDS.join(''));
  });

  it('reports an interruption it cannot resume as an error, keeping the partial reply', async () => {
    script = { cuts: [10] };
    const chat = new TestChat(createChatTransport(testBackend(false), fast));
    await chat.sendMessage({ text: 'Hello' });
    expect(chat.status).toBe('error');
    expect(chat.error).toMatchObject({ kind: 'interrupted' });
    expect(textOf(chat.messages[1])).toBe(WORDS.slice(0, 5).join(''));
  });

  it('rebuilds a reply cut mid tool call when reconnecting replays it (resumeStreamIsReplay)', async () => {
    const toolFrames = await genuineFrames((writer) => {
      writer.write({ type: 'start', messageId: 'reply-2' });
      writer.write({ type: 'text-start', id: 't' });
      writer.write({ type: 'text-delta', id: 't', delta: 'Searching. ' });
      writer.write({ type: 'text-end', id: 't' });
      writer.write({ type: 'tool-input-start', toolCallId: 'call-1', toolName: 'search' });
      for (const inputTextDelta of ['{"q":', '"ag', 'ents"}']) {
        writer.write({ type: 'tool-input-delta', toolCallId: 'call-1', inputTextDelta });
      }
      writer.write({
        type: 'tool-input-available',
        toolCallId: 'call-1',
        toolName: 'search',
        input: { q: 'agents' },
      });
      writer.write({ type: 'tool-output-available', toolCallId: 'call-1', output: ['a', 'b'] });
      writer.write({ type: 'finish', finishReason: 'stop' });
    });
    // No transparent resume (0 attempts): the cut leaves the tool call streaming its input.
    script = { cuts: [6], frames: toolFrames };
    const chat = new TestChat(createChatTransport(testBackend(), { ...fast, maxResumeAttempts: 0 }));
    await chat.sendMessage({ text: 'Search' });
    expect(chat.error).toMatchObject({ kind: 'interrupted' });
    expect(chat.messages[1]?.parts.at(-1)).toMatchObject({ type: 'tool-search', state: 'input-streaming' });

    script = { cuts: [], frames: toolFrames };
    await chat.resumeStream();
    expect(chat.status).toBe('ready');
    expect(chat.messages).toHaveLength(2);
    expect(chat.messages[1]?.parts).toEqual([
      { type: 'text', text: 'Searching. ', state: 'done' },
      expect.objectContaining({ type: 'tool-search', state: 'output-available', output: ['a', 'b'] }),
    ]);
  });

  it('replaces, not doubles, the reply when reconnecting replays it from the start', async () => {
    const chat = new TestChat(createChatTransport(testBackend(), fast));
    await chat.sendMessage({ text: 'Hello' });
    await chat.resumeStream();
    expect(chat.status).toBe('ready');
    expect(chat.messages).toHaveLength(2);
    expect(textOf(chat.messages[1])).toBe(WORDS.join(''));
  });
});
