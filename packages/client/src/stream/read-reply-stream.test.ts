import {
  createUIMessageStream,
  createUIMessageStreamResponse,
  parseJsonEventStream,
  readUIMessageStream,
  simulateReadableStream,
  streamText,
  type UIMessage,
  type UIMessageChunk,
  uiMessageChunkSchema,
} from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import type { StreamWarning } from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import { CONNECTION_DROPPED_MESSAGE, readReplyStream, type WireFormat } from './read-reply-stream.ts';

const encoder = new TextEncoder();

/** A body that delivers `parts` as separate reads, then ends (or errors with `error`). */
function body(parts: Array<string | Uint8Array>, error?: Error): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts[index++];
      if (part === undefined) {
        if (error) controller.error(error);
        else controller.close();
        return;
      }
      controller.enqueue(typeof part === 'string' ? encoder.encode(part) : part);
    },
  });
}

function streamOf<T>(items: T[]): ReadableStream<T> {
  return new ReadableStream<T>({
    start(controller) {
      for (const item of items) controller.enqueue(item);
      controller.close();
    },
  });
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function drain<T>(stream: ReadableStream<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { items, error: undefined };
      items.push(value);
    }
  } catch (error) {
    return { items, error };
  }
}

/** The message the AI SDK assembles from `chunks`, without its random id. */
async function assemble(chunks: ReadableStream<UIMessageChunk>): Promise<Omit<UIMessage, 'id'> | undefined> {
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({
    stream: chunks,
    terminateOnError: false,
    onError: () => {},
  })) {
    last = structuredClone(message);
  }
  if (last === undefined) return undefined;
  const { id: _id, ...rest } = last;
  return rest;
}

/** How the AI SDK's own transport reads the same bytes: parse, validate, assemble. */
function sdkChunks(bytes: Uint8Array): ReadableStream<UIMessageChunk> {
  return parseJsonEventStream({ stream: body([bytes]), schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream({
      transform(result, controller) {
        if (!result.success) throw result.error;
        controller.enqueue(result.value);
      },
    }),
  );
}

function read(parts: Array<string | Uint8Array>, format: WireFormat = 'ui-message', error?: Error) {
  const warnings: StreamWarning[] = [];
  const reply = readReplyStream(body(parts, error), { format, onWarning: (w) => warnings.push(w) });
  return { reply, warnings };
}

function sse(chunks: unknown[], done = true): string {
  return (
    chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('') + (done ? 'data: [DONE]\n\n' : '')
  );
}

/** Split `bytes` into reads of the given sizes (cycled). */
function slices(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let offset = 0;
  let index = 0;
  while (offset < bytes.length) {
    const size = Math.max(1, sizes[index++ % sizes.length] ?? 1);
    out.push(bytes.slice(offset, offset + size));
    offset += size;
  }
  return out;
}

/** A reply with every part kind, written by the AI SDK itself. */
function everyPartStream(): ReadableStream<UIMessageChunk> {
  return createUIMessageStream({
    execute({ writer }) {
      writer.write({ type: 'start', messageId: 'msg-1', messageMetadata: { model: 'mock' } });
      writer.write({ type: 'start-step' });
      writer.write({ type: 'reasoning-start', id: 'r1' });
      for (const delta of ['Let ', 'me ', 'think…'])
        writer.write({ type: 'reasoning-delta', id: 'r1', delta });
      writer.write({ type: 'reasoning-end', id: 'r1' });
      writer.write({ type: 'text-start', id: 't1' });
      for (const delta of ['# Tï', 'tle\n\nHéllo ', 'wörld 🎉 ', '日本語 `code`']) {
        writer.write({ type: 'text-delta', id: 't1', delta });
      }
      writer.write({ type: 'text-end', id: 't1' });
      writer.write({ type: 'tool-input-start', toolCallId: 'call-1', toolName: 'weather' });
      writer.write({ type: 'tool-input-delta', toolCallId: 'call-1', inputTextDelta: '{"city":' });
      writer.write({ type: 'tool-input-delta', toolCallId: 'call-1', inputTextDelta: '"Paris"}' });
      writer.write({
        type: 'tool-input-available',
        toolCallId: 'call-1',
        toolName: 'weather',
        input: { city: 'Paris' },
      });
      writer.write({ type: 'tool-output-available', toolCallId: 'call-1', output: { celsius: 21 } });
      writer.write({ type: 'source-url', sourceId: 's1', url: 'https://example.com', title: 'Example' });
      writer.write({ type: 'source-document', sourceId: 's2', mediaType: 'application/pdf', title: 'Spec' });
      writer.write({ type: 'file', url: 'data:text/plain;base64,aGk=', mediaType: 'text/plain' });
      writer.write({ type: 'data-progress', id: 'p1', data: { done: 1 } });
      writer.write({ type: 'data-progress', id: 'p1', data: { done: 2 } });
      writer.write({ type: 'data-ping', data: 'transient', transient: true });
      writer.write({ type: 'message-metadata', messageMetadata: { tokens: 42 } });
      writer.write({ type: 'finish-step' });
      writer.write({ type: 'finish', finishReason: 'stop' });
    },
  });
}

async function everyPartBytes(): Promise<Uint8Array> {
  const response = createUIMessageStreamResponse({ stream: everyPartStream() });
  if (!response.body) throw new Error('no body');
  return bytesOf(response.body);
}

async function streamTextBytes(): Promise<Uint8Array> {
  const deltas = ['Hel', 'lo, ', 'wörld', '! 🎉', ' Done.'];
  const model = new MockLanguageModelV4({
    doStream: async () => ({
      stream: simulateReadableStream({
        chunks: [
          { type: 'stream-start' as const, warnings: [] },
          { type: 'reasoning-start' as const, id: 'r' },
          { type: 'reasoning-delta' as const, id: 'r', delta: 'Thinking about it.' },
          { type: 'reasoning-end' as const, id: 'r' },
          { type: 'text-start' as const, id: 't' },
          ...deltas.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
          { type: 'text-end' as const, id: 't' },
          {
            type: 'finish' as const,
            finishReason: { unified: 'stop' as const, raw: 'stop' },
            usage: {
              inputTokens: { total: 3, noCache: 3, cacheRead: undefined, cacheWrite: undefined },
              outputTokens: { total: 5, text: 5, reasoning: undefined },
            },
          },
        ],
      }),
    }),
  });
  const result = streamText({ model, prompt: 'Say hello' });
  const response = result.toUIMessageStreamResponse({ sendReasoning: true });
  if (!response.body) throw new Error('no body');
  return bytesOf(response.body);
}

describe('readReplyStream: parity with the AI SDK', () => {
  it('assembles createUIMessageStream frames into the message the SDK assembles', async () => {
    const bytes = await everyPartBytes();
    const expected = await assemble(sdkChunks(bytes));
    const { reply, warnings } = read(slices(bytes, [7, 100, 3, 1000]));
    expect(await assemble(reply.stream)).toEqual(expected);
    expect(expected?.parts.map((part) => part.type)).toEqual([
      'step-start',
      'reasoning',
      'text',
      'tool-weather',
      'source-url',
      'source-document',
      'file',
      'data-progress',
    ]);
    expect(warnings).toEqual([]);
  });

  it('assembles streamText(MockLanguageModelV4) frames into the message the SDK assembles', async () => {
    const bytes = await streamTextBytes();
    const expected = await assemble(sdkChunks(bytes));
    const { reply, warnings } = read(slices(bytes, [5, 64]));
    const actual = await assemble(reply.stream);
    expect(actual).toEqual(expected);
    expect(actual?.parts.find((part) => part.type === 'text')).toMatchObject({
      text: 'Hello, wörld! 🎉 Done.',
    });
    expect(warnings).toEqual([]);
  });

  it('reads Noxus envelopes built from genuine chunks into the same message', async () => {
    const chunks = (await drain(everyPartStream())).items;
    const frames = chunks.map((chunk) => {
      const { type, ...data } = chunk;
      return `event: message\ndata: ${JSON.stringify({ event: type, data })}\n\n`;
    });
    const expected = await assemble(streamOf(structuredClone(chunks)));
    const { reply, warnings } = read([...frames, 'event: done\ndata: {}\n\n'], 'noxus-envelope');
    expect(await assemble(reply.stream)).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('reads the simple chunk stream of genuine text deltas into the same text', async () => {
    const chunks = (await drain(sdkChunks(await streamTextBytes()))).items;
    const frames = chunks.flatMap((chunk) =>
      chunk.type === 'text-delta'
        ? [`data: ${JSON.stringify({ type: 'text', content: chunk.delta })}\n\n`]
        : [],
    );
    const expected = await assemble(streamOf(chunks));
    const { reply, warnings } = read(
      [...frames, 'data: {"type":"done","content":""}\n\n', 'data: [DONE]\n\n'],
      'simple-text',
    );
    const actual = await assemble(reply.stream);
    expect(actual?.parts).toEqual(expected?.parts.filter((part) => part.type === 'text'));
    expect(warnings).toEqual([]);
  });

  it('hands out fewer, merged deltas per read without changing the text', async () => {
    const deltas = Array.from({ length: 200 }, (_, index) => `w${index} `);
    const text = sse([
      { type: 'start' },
      { type: 'text-start', id: 't' },
      ...deltas.map((delta) => ({ type: 'text-delta', id: 't', delta })),
      { type: 'text-end', id: 't' },
      { type: 'finish' },
    ]);
    const { reply } = read([text]);
    const { items } = await drain(reply.stream);
    expect(items).toEqual([
      { type: 'start' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: deltas.join('') },
      { type: 'text-end', id: 't' },
      { type: 'finish' },
    ]);
  });

  it('delivers what one read holds at the end of that read, not later', async () => {
    const first = sse([{ type: 'start' }, { type: 'text-delta', id: 't', delta: 'first' }], false);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sent = 0;
    const slow = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent++ === 0) controller.enqueue(encoder.encode(first));
        else {
          await gate;
          controller.enqueue(encoder.encode(sse([{ type: 'finish' }])));
          controller.close();
        }
      },
    });
    const reader = readReplyStream(slow, { format: 'ui-message' }).stream.getReader();
    expect((await reader.read()).value).toEqual({ type: 'start' });
    expect((await reader.read()).value).toEqual({ type: 'text-start', id: 't' });
    expect((await reader.read()).value).toEqual({ type: 'text-delta', id: 't', delta: 'first' });
    release();
    expect((await reader.read()).value).toMatchObject({ type: 'text-end' });
  });
});

describe('readReplyStream: tolerance', () => {
  it('skips unknown chunk types and malformed JSON with warnings, keeping the rest', async () => {
    const { reply, warnings } = read([
      sse([{ type: 'start' }, { type: 'text-start', id: 't' }], false),
      'data: {"type":"future-thing","x":1}\n\n',
      'data: {"type":"text-delta","id":"t","delta":"a"\n\n',
      'data: {"type":"text-delta","id":"t"}\n\n',
      sse([{ type: 'text-delta', id: 't', delta: 'b' }, { type: 'finish' }]),
    ]);
    const message = await assemble(reply.stream);
    expect(message?.parts).toEqual([{ type: 'text', text: 'b', state: 'done' }]);
    expect(warnings.map((w) => w.code)).toEqual(['unknown-chunk', 'malformed-json', 'invalid-chunk']);
    expect(warnings[0]?.frame).toContain('future-thing');
  });

  it('synthesises a missing start and text-start, and drops an orphan end', async () => {
    const { reply, warnings } = read([
      sse([
        { type: 'reasoning-end', id: 'nope' },
        { type: 'text-delta', id: 't', delta: 'Hi' },
        { type: 'reasoning-delta', id: 'r', delta: 'hmm' },
        { type: 'finish' },
      ]),
    ]);
    const { items } = await drain(reply.stream);
    expect(items).toEqual([
      { type: 'start' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Hi' },
      { type: 'reasoning-start', id: 'r' },
      { type: 'reasoning-delta', id: 'r', delta: 'hmm' },
      { type: 'text-end', id: 't' },
      { type: 'reasoning-end', id: 'r' },
      { type: 'finish' },
    ]);
    expect(warnings.map((w) => w.code)).toEqual([
      'orphan-end',
      'synthesised-start',
      'synthesised-start',
      'synthesised-start',
    ]);
  });

  it('reads CRLF and CR line endings', async () => {
    const lf = sse([{ type: 'start' }, { type: 'text-delta', id: 't', delta: 'x\ny' }, { type: 'finish' }]);
    for (const ending of ['\r\n', '\r']) {
      const { reply } = read(slices(encoder.encode(lf.replaceAll('\n', ending)), [1, 2, 5]));
      const message = await assemble(reply.stream);
      expect(message?.parts).toEqual([{ type: 'text', text: 'x\ny', state: 'done' }]);
    }
  });

  it('keeps multi-byte characters split across reads whole', async () => {
    const bytes = encoder.encode(
      sse([{ type: 'text-delta', id: 't', delta: 'é🎉日本' }, { type: 'finish' }]),
    );
    const { reply } = read(slices(bytes, [1]));
    const message = await assemble(reply.stream);
    expect(message?.parts).toEqual([{ type: 'text', text: 'é🎉日本', state: 'done' }]);
  });

  it('ignores named SSE events that are not chunks, but keeps valid chunks under any name', async () => {
    const { reply, warnings } = read([
      'event: ping\ndata: {}\n\n',
      ': keep-alive comment\n\n',
      'event: delta\ndata: {"type":"text-delta","id":"t","delta":"ok"}\n\n',
      'data: [DONE]\n\n',
    ]);
    const message = await assemble(reply.stream);
    expect(message?.parts).toEqual([{ type: 'text', text: 'ok', state: 'done' }]);
    expect(warnings.map((w) => w.code)).toEqual(['unknown-event', 'synthesised-start', 'synthesised-start']);
  });

  it('errors with "interrupted" after delivering every delta when the bytes stop without [DONE]', async () => {
    const { reply } = read([
      'id: run:1\ndata: {"type":"start"}\n\n',
      'id: run:2\ndata: {"type":"text-delta","id":"t","delta":"Hel"}\n\n',
      'id: run:3\ndata: {"type":"text-delta","id":"t","delta":"lo"}\n\nid: run:4\ndata: {"type":"text-del',
    ]);
    const { items, error } = await drain(reply.stream);
    expect(items.filter((c) => c.type === 'text-delta').map((c) => (c as { delta: string }).delta)).toEqual([
      'Hel',
      'lo',
    ]);
    expect(error).toBeInstanceOf(AgentChatError);
    expect(error).toMatchObject({ kind: 'interrupted', message: CONNECTION_DROPPED_MESSAGE });
    expect(reply.resumeToken()).toBe('run:3');
  });

  it('turns a network error of the body into "interrupted", keeping the cause and what arrived', async () => {
    const cause = new TypeError('terminated');
    const { reply } = read(
      [sse([{ type: 'text-delta', id: 't', delta: 'kept' }], false)],
      'ui-message',
      cause,
    );
    const { items, error } = await drain(reply.stream);
    expect(items).toContainEqual({ type: 'text-delta', id: 't', delta: 'kept' });
    expect(error).toMatchObject({ kind: 'interrupted', cause });
  });

  it('ends normally on finish even when [DONE] never comes, and on [DONE] without its blank line', async () => {
    const a = read([sse([{ type: 'text-delta', id: 't', delta: 'x' }, { type: 'finish' }], false)]);
    expect((await drain(a.reply.stream)).error).toBeUndefined();
    const b = read([sse([{ type: 'text-delta', id: 't', delta: 'x' }], false), 'data: [DONE]\n']);
    const drained = await drain(b.reply.stream);
    expect(drained.error).toBeUndefined();
    expect(drained.items.at(-1)).toEqual({ type: 'text-end', id: 't' });
  });

  it('surfaces a server error event as an error chunk', async () => {
    const { reply } = read(['event: error\ndata: {"detail":"Quota exceeded"}\n\n', 'data: [DONE]\n\n']);
    const { items } = await drain(reply.stream);
    expect(items).toContainEqual({ type: 'error', errorText: 'Quota exceeded' });
  });

  it('passes error chunks through with their text', async () => {
    const { reply } = read([sse([{ type: 'start' }, { type: 'error', errorText: 'Model overloaded' }])]);
    const errors: string[] = [];
    for await (const _ of readUIMessageStream({
      stream: reply.stream,
      terminateOnError: false,
      onError: (error) => errors.push((error as Error).message),
    })) {
      // only the error matters here
    }
    expect(errors).toEqual(['Model overloaded']);
  });

  it('aborts: cancels the body and errors with "aborted"', async () => {
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(encoder.encode('data: {"type":"text-delta","id":"t","delta":"."}\n\n'));
        return new Promise((resolve) => setTimeout(resolve, 5));
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const reply = readReplyStream(endless, { format: 'ui-message', signal: controller.signal });
    const reader = reply.stream.getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ kind: 'aborted' });
    expect(cancelled).toBe(true);
  });

  it('errors at once when the signal is already aborted', async () => {
    const reply = readReplyStream(body([sse([{ type: 'start' }])]), {
      format: 'ui-message',
      signal: AbortSignal.abort(),
    });
    expect((await drain(reply.stream)).error).toMatchObject({ kind: 'aborted' });
  });

  it('survives an onWarning listener that throws', async () => {
    const reply = readReplyStream(body(['data: nope\n\n', sse([{ type: 'finish' }])]), {
      format: 'ui-message',
      onWarning: () => {
        throw new Error('listener bug');
      },
    });
    expect((await drain(reply.stream)).error).toBeUndefined();
  });
});

describe('readReplyStream: Noxus envelopes', () => {
  const envelope = (event: string, data: object) =>
    `event: message\ndata: ${JSON.stringify({ event, data })}\n\n`;

  it('ends on a done event, with or without data', async () => {
    for (const done of ['event: done\ndata: {}\n\n', 'event: done\n\n', 'event: done\n', 'event: done']) {
      const { reply } = read([envelope('text-delta', { id: 't', delta: 'hi' }), done], 'noxus-envelope');
      const { items, error } = await drain(reply.stream);
      expect(error).toBeUndefined();
      expect(items.at(-1)).toEqual({ type: 'text-end', id: 't' });
    }
  });

  it('ends on a bare done event even when the server keeps the connection open', async () => {
    let sent = false;
    const open = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return new Promise(() => {});
        sent = true;
        controller.enqueue(
          encoder.encode(`${envelope('text-delta', { id: 't', delta: 'hi' })}event: done\r\n\r\n`),
        );
      },
    });
    const { items, error } = await drain(readReplyStream(open, { format: 'noxus-envelope' }).stream);
    expect(error).toBeUndefined();
    expect(items.at(-1)).toEqual({ type: 'text-end', id: 't' });
  });

  it('turns a timeout event into an interruption that says the server timed out', async () => {
    const { reply } = read(
      [envelope('text-delta', { id: 't', delta: 'part' }), 'event: timeout\ndata: {}\n\n'],
      'noxus-envelope',
    );
    const { items, error } = await drain(reply.stream);
    expect(items).toContainEqual({ type: 'text-delta', id: 't', delta: 'part' });
    expect(error).toMatchObject({ kind: 'interrupted' });
    expect((error as Error).message).toMatch(/server timed out/);
  });

  it('warns about unknown envelope types and other event names', async () => {
    const { reply, warnings } = read(
      [envelope('mystery', {}), 'event: status\ndata: {"s":1}\n\n', 'event: done\ndata: {}\n\n'],
      'noxus-envelope',
    );
    await drain(reply.stream);
    expect(warnings.map((w) => w.code)).toEqual(['unknown-chunk', 'unknown-event']);
  });
});

describe('readReplyStream: simple and auto text', () => {
  it('maps text, done and error frames, accepting delta and text fields', async () => {
    const { reply, warnings } = read(
      [
        'data: {"type":"text","content":"Hel"}\n\n',
        'data: {"type":"text","delta":"lo "}\n\n',
        'data: {"text":"you"}\n\n',
        'data: {"type":"error","content":"Rate limited"}\n\n',
        'data: {"type":"done","content":""}\n\ndata: [DONE]\n\n',
      ],
      'simple-text',
    );
    const { items, error } = await drain(reply.stream);
    expect(error).toBeUndefined();
    expect(items).toEqual([
      { type: 'start' },
      { type: 'text-start', id: 'text-0' },
      { type: 'text-delta', id: 'text-0', delta: 'Hel' },
      { type: 'text-delta', id: 'text-0', delta: 'lo ' },
      { type: 'text-delta', id: 'text-0', delta: 'you' },
      { type: 'error', errorText: 'Rate limited' },
      { type: 'text-end', id: 'text-0' },
      { type: 'finish' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('auto: passes UI chunks, reads {delta} JSON and bare text as deltas', async () => {
    const { reply, warnings } = read(
      [
        'data: {"type":"start","messageId":"m"}\n\n',
        'data: {"delta":"One "}\n\n',
        'data: two\ndata: lines\n\n',
        'data: "quoted" \n\n',
        'data: 42\n\n',
        'data: [DONE]\n\n',
      ],
      'auto',
    );
    const message = await assemble(reply.stream);
    expect(message?.parts).toEqual([{ type: 'text', text: 'One two\nlinesquoted42', state: 'done' }]);
    expect(warnings).toEqual([]);
  });

  it('simple-text: reports bare text frames instead of guessing', async () => {
    const { reply, warnings } = read(['data: not json\n\n', 'data: [DONE]\n\n'], 'simple-text');
    await drain(reply.stream);
    expect(warnings.map((w) => w.code)).toEqual(['malformed-json']);
  });

  it.each([
    ['ui-message', 'data: {"type":"thinking","delta":"hidden"}\n\n'],
    ['noxus-envelope', 'event: message\ndata: {"event":"thinking","data":{"delta":"hidden"}}\n\n'],
    ['simple-text', 'data: {"type":"thinking","content":"hidden"}\n\n'],
    ['simple-text', 'data: {"type":"tool_call","text":"hidden"}\n\n'],
    ['simple-text', 'event: status\ndata: {"content":"hidden"}\n\n'],
    ['auto', 'data: {"type":"status","delta":"hidden"}\n\n'],
    ['auto', 'event: progress\ndata: hidden\n\n'],
  ] as const)('%s: skips a frame of an unlisted type with a warning (%j)', async (format, frame) => {
    const text =
      format === 'noxus-envelope'
        ? 'event: message\ndata: {"event":"text-delta","data":{"id":"t","delta":"shown"}}\n\n'
        : format === 'ui-message'
          ? 'data: {"type":"text-delta","id":"t","delta":"shown"}\n\n'
          : 'data: {"type":"text","content":"shown"}\n\n';
    const end = format === 'noxus-envelope' ? 'event: done\ndata: {}\n\n' : 'data: [DONE]\n\n';
    const { reply, warnings } = read([text, frame, end], format);
    const message = await assemble(reply.stream);
    expect(message?.parts).toEqual([{ type: 'text', text: 'shown', state: 'done' }]);
    expect(warnings.map((w) => w.code).filter((code) => code !== 'synthesised-start')).toEqual([
      frame.startsWith('event: status') || frame.startsWith('event: progress')
        ? 'unknown-event'
        : 'unknown-chunk',
    ]);
  });
});
