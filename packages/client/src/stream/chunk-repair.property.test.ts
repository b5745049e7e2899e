import {
  createUIMessageStream,
  createUIMessageStreamResponse,
  readUIMessageStream,
  type UIMessageChunk,
} from 'ai';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AgentChatError } from '../errors.ts';
import { readReplyStream, type WireFormat } from './read-reply-stream.ts';

// Each delta carries a unique marker, so that every one can be found in the assembled message.
const deltaOf = (index: number) => `‹${index}›${['Hé', 'wö', '日本', '🎉', 'x\n'][index % 5]} `;

/** The SSE events (without their blank line) of a genuine reply with every kind of part. */
let genuine: string[];

beforeAll(async () => {
  const stream = createUIMessageStream({
    execute({ writer }) {
      let next = 0;
      writer.write({ type: 'start', messageId: 'msg-1', messageMetadata: { model: 'm' } });
      writer.write({ type: 'start-step' });
      writer.write({ type: 'reasoning-start', id: 'r' });
      writer.write({ type: 'reasoning-delta', id: 'r', delta: 'Thinking…' });
      writer.write({ type: 'reasoning-end', id: 'r' });
      writer.write({ type: 'text-start', id: 't' });
      for (let i = 0; i < 4; i++) writer.write({ type: 'text-delta', id: 't', delta: deltaOf(next++) });
      writer.write({ type: 'text-end', id: 't' });
      writer.write({ type: 'tool-input-start', toolCallId: 'c1', toolName: 'search' });
      writer.write({ type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: '{"q":' });
      writer.write({ type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: '"cats"}' });
      writer.write({
        type: 'tool-input-available',
        toolCallId: 'c1',
        toolName: 'search',
        input: { q: 'cats' },
      });
      writer.write({ type: 'tool-approval-request', approvalId: 'a1', toolCallId: 'c1' });
      writer.write({ type: 'tool-approval-response', approvalId: 'a1', approved: true });
      writer.write({ type: 'tool-output-available', toolCallId: 'c1', output: { hits: 3 } });
      writer.write({ type: 'tool-input-start', toolCallId: 'c2', toolName: 'fetch' });
      writer.write({ type: 'tool-input-available', toolCallId: 'c2', toolName: 'fetch', input: {} });
      writer.write({ type: 'tool-output-error', toolCallId: 'c2', errorText: 'timeout' });
      writer.write({ type: 'finish-step' });
      writer.write({ type: 'start-step' });
      writer.write({ type: 'text-start', id: 'u' });
      for (let i = 0; i < 4; i++) writer.write({ type: 'text-delta', id: 'u', delta: deltaOf(next++) });
      writer.write({ type: 'source-url', sourceId: 's', url: 'https://example.com' });
      writer.write({ type: 'text-end', id: 'u' });
      writer.write({ type: 'data-status', id: 'd', data: { ok: true } });
      writer.write({ type: 'message-metadata', messageMetadata: { tokens: 9 } });
      writer.write({ type: 'finish-step' });
      writer.write({ type: 'finish', finishReason: 'stop' });
    },
  });
  const text = await createUIMessageStreamResponse({ stream }).text();
  genuine = text.split('\n\n').slice(0, -1);
});

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'unknown-type'; at: number; name: string }
  | { kind: 'garbage'; at: number; text: string }
  | { kind: 'named-event'; at: number; name: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('unknown-type' as const),
    at: fc.nat(),
    name: fc.constantFrom('text-delta-v9', 'tool-call', 'thinking', 'usage', 'x'),
  }),
  fc.record({
    kind: fc.constant('garbage' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string(), fc.json(), fc.constant('{"type":')),
  }),
  fc.record({
    kind: fc.constant('named-event' as const),
    at: fc.nat(),
    name: fc.constantFrom('ping', 'status'),
  }),
);

function mutate(frames: readonly string[], mutations: readonly Mutation[]): string[] {
  const out = [...frames];
  for (const change of mutations) {
    const at = change.at % (out.length + 1);
    const frame = out[at % Math.max(1, out.length)];
    switch (change.kind) {
      case 'drop':
        out.splice(at, 1);
        break;
      case 'duplicate':
        if (frame !== undefined) out.splice(at, 0, frame);
        break;
      case 'move':
        if (frame !== undefined) {
          out.splice(at % out.length, 1);
          out.splice(change.to % (out.length + 1), 0, frame);
        }
        break;
      case 'unknown-type':
        out.splice(at, 0, `data: ${JSON.stringify({ type: change.name, id: 't', delta: 'never text' })}`);
        break;
      case 'garbage':
        // One event of garbage: line breaks would make it a different event, not garbage.
        out.splice(at, 0, `data: ${change.text.replace(/[\r\n]/g, ' ')}`);
        break;
      case 'named-event':
        out.splice(at, 0, `event: ${change.name}\ndata: {"progress":0.5,"delta":"never text"}`);
        break;
    }
  }
  return out;
}

/** The same events as Noxus `?format=json` envelopes; events that are no chunk stay as they are. */
function asEnvelopes(frames: readonly string[]): string[] {
  return frames.map((frame) => {
    if (!frame.startsWith('data: {')) return frame;
    try {
      const { type, ...data } = JSON.parse(frame.slice('data: '.length)) as { type: unknown };
      if (typeof type !== 'string') return frame;
      return `event: message\ndata: ${JSON.stringify({ event: type, data })}`;
    } catch {
      return frame;
    }
  });
}

/** The Chat API's simple chunk stream: text frames, `done`; other chunks become SSE comments. */
function asSimpleText(frames: readonly string[]): string[] {
  return frames.map((frame) => {
    if (!frame.startsWith('data: {')) return frame;
    const chunk = parseData(frame.slice('data: '.length));
    if (chunk === undefined || typeof chunk === 'string' || !isChunkFrame(chunk)) return frame;
    if (chunk.type === 'text-delta') return `data: ${JSON.stringify({ type: 'text', content: chunk.delta })}`;
    if (chunk.type === 'finish') return 'data: {"type":"done","content":""}';
    return ': a chunk the simple stream does not carry';
  });
}

function parseData(data: string): Record<string, unknown> | string | undefined {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === 'string') return value;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A frame of the genuine reply (not an injected one), recognised by its known type. */
function isChunkFrame(chunk: Record<string, unknown>): boolean {
  return (
    typeof chunk.type === 'string' &&
    !['text-delta-v9', 'tool-call', 'thinking', 'usage', 'x'].includes(chunk.type)
  );
}

/**
 * The text a reader must keep from the complete events it got, by the format's rules: AI SDK text
 * deltas before the end of the reply; in the simple stream, text frames and untyped frames only.
 */
function arrivedText(format: WireFormat, frames: readonly string[]): string[] {
  const deltas: string[] = [];
  for (const frame of frames) {
    if (!frame.startsWith('data: ')) continue;
    const data = frame.slice('data: '.length);
    if (data === '[DONE]') break;
    const chunk = parseData(data);
    if (chunk === undefined) continue;
    if (format !== 'simple-text') {
      if (typeof chunk === 'string') continue;
      if (chunk.type === 'finish') break;
      if (chunk.type === 'text-delta' && typeof chunk.id === 'string' && typeof chunk.delta === 'string')
        deltas.push(chunk.delta);
      continue;
    }
    if (typeof chunk === 'string') {
      deltas.push(chunk);
      continue;
    }
    if (chunk.type === 'done') break;
    if (chunk.type !== undefined && chunk.type !== 'text' && chunk.type !== 'text-delta') continue;
    const text = [chunk.delta, chunk.content, chunk.text].find((field) => typeof field === 'string');
    if (typeof text === 'string') deltas.push(text);
  }
  return deltas.filter((delta) => delta !== '');
}

function bodyOf(bytes: Uint8Array, sizes: readonly number[]): ReadableStream<Uint8Array> {
  let offset = 0;
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const size = sizes[index++ % sizes.length] ?? bytes.length;
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
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
    return { chunks, error };
  }
}

/** Assemble with the AI SDK itself; every error it reports is collected, none may occur. */
async function assemble(chunks: readonly UIMessageChunk[]) {
  const errors: unknown[] = [];
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of structuredClone(chunks)) controller.enqueue(chunk);
      controller.close();
    },
  });
  let text = '';
  for await (const message of readUIMessageStream({ stream, onError: (error) => errors.push(error) })) {
    text = message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
  }
  return { text, errors };
}

const FORMATS: Record<string, (frames: readonly string[]) => string[]> = {
  'ui-message': (frames) => [...frames],
  'noxus-envelope': asEnvelopes,
  'simple-text': asSimpleText,
};

const sizes = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 });
const RUNS = 300;

describe('chunk repair under mutated frame sequences', () => {
  it.each([
    ['ui-message', 31],
    ['noxus-envelope', 37],
    ['simple-text', 41],
  ] as const)(
    '%s: the AI SDK assembles every reply, no text is lost and none is made up',
    async (format, seed) => {
      const encode = FORMATS[format] ?? ((frames: readonly string[]) => [...frames]);
      const encoder = new TextEncoder();
      const bytesOf = (events: readonly string[]) =>
        encoder.encode(events.map((event) => `${event}\n\n`).join(''));
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 8 }),
          fc.option(fc.nat(), { nil: undefined }),
          sizes,
          async (mutations, cutAt, readSizes) => {
            const frames = mutate(genuine, mutations);
            const events = encode(frames);
            // Truncation: the first n complete events, and a few bytes of the next (never complete).
            const complete = cutAt === undefined ? events.length : cutAt % (events.length + 1);
            const all = bytesOf(events);
            const keptBytes = bytesOf(events.slice(0, complete)).length;
            const tail = cutAt === undefined ? 0 : Math.min(all.length - keptBytes, cutAt % 7);
            const body = bodyOf(all.slice(0, keptBytes + tail), readSizes);

            const { chunks, error } = await readAll(
              readReplyStream(body, { format, onWarning: () => {} }).stream,
            );
            if (error !== undefined) {
              expect(error).toBeInstanceOf(AgentChatError);
              expect((error as AgentChatError).kind).toBe('interrupted');
            }
            const assembled = await assemble(chunks);
            expect(assembled.errors).toEqual([]);
            const arrived = arrivedText(
              format,
              format === 'noxus-envelope' ? frames.slice(0, complete) : events.slice(0, complete),
            );
            expect(assembled.text.length).toBe(arrived.reduce((sum, delta) => sum + delta.length, 0));
            for (const delta of new Set(arrived)) {
              const expected = arrived.filter((other) => other === delta).length;
              expect(assembled.text.split(delta).length - 1).toBeGreaterThanOrEqual(expected);
            }
            expect(assembled.text).not.toContain('never text');
          },
        ),
        { numRuns: RUNS, seed },
      );
    },
    180_000,
  );
});
