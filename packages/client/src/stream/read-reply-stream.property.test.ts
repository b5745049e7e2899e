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

const DELTAS = ['Hé', 'llo ', '🎉 wö', 'rld ', '日本', '語\n', '- item `x`\n', '| a | b |'];

let bytes: Uint8Array;
/** Byte offset at which each complete frame ends, with the text delta it carries (if any). */
let frames: Array<{ end: number; delta?: string }>;

beforeAll(async () => {
  const stream = createUIMessageStream({
    execute({ writer }) {
      writer.write({ type: 'start' });
      writer.write({ type: 'reasoning-start', id: 'r' });
      writer.write({ type: 'reasoning-delta', id: 'r', delta: 'Thinking…' });
      writer.write({ type: 'reasoning-end', id: 'r' });
      writer.write({ type: 'text-start', id: 't' });
      for (const delta of DELTAS) writer.write({ type: 'text-delta', id: 't', delta });
      writer.write({ type: 'text-end', id: 't' });
      writer.write({ type: 'data-status', id: 's', data: { ok: true } });
      writer.write({ type: 'finish' });
    },
  });
  const response = createUIMessageStreamResponse({ stream });
  bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const encoder = new TextEncoder();
  frames = [];
  let offset = 0;
  for (const frame of text.split('\n\n').slice(0, -1)) {
    offset += encoder.encode(`${frame}\n\n`).length;
    const json = frame.slice('data: '.length);
    const chunk = json === '[DONE]' ? undefined : (JSON.parse(json) as UIMessageChunk);
    frames.push({ end: offset, ...(chunk?.type === 'text-delta' ? { delta: chunk.delta } : {}) });
  }
});

function bodyOf(parts: Uint8Array[]): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts[index++];
      if (part === undefined) controller.close();
      else controller.enqueue(part);
    },
  });
}

function split(data: Uint8Array, sizes: number[]): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let offset = 0;
  let index = 0;
  while (offset < data.length) {
    const size = sizes.length === 0 ? data.length : (sizes[index++ % sizes.length] ?? 1);
    parts.push(data.slice(offset, offset + size));
    offset += size;
  }
  return parts;
}

async function drain(
  parts: Uint8Array[],
  format: WireFormat = 'ui-message',
): Promise<{ chunks: UIMessageChunk[]; error: unknown }> {
  const chunks: UIMessageChunk[] = [];
  const reader = readReplyStream(bodyOf(parts), { format, onWarning: () => {} }).stream.getReader();
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

function textOf(chunks: UIMessageChunk[]): string {
  let text = '';
  for (const chunk of chunks) if (chunk.type === 'text-delta' && chunk.id === 't') text += chunk.delta;
  return text;
}

async function assembled(chunks: UIMessageChunk[]) {
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of structuredClone(chunks)) controller.enqueue(chunk);
      controller.close();
    },
  });
  let last: unknown;
  for await (const message of readUIMessageStream({ stream })) last = structuredClone(message);
  const { id: _id, ...rest } = last as { id: string };
  return rest;
}

/** Text of the deltas in frames that ended at or before `offset`. */
function textBefore(offset: number): string {
  return frames
    .filter((frame) => frame.end <= offset)
    .map((frame) => frame.delta ?? '')
    .join('');
}

const sizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 });
// An upper bound only, for a busy machine (pnpm test:stress): each property ends when its runs do.
const PROPERTY_TIMEOUT = 120_000;

describe('readReplyStream properties', () => {
  it(
    'gives the same message whatever the read boundaries',
    async () => {
      const reference = await assembled((await drain([bytes])).chunks);
      await fc.assert(
        fc.asyncProperty(sizes, async (readSizes) => {
          const { chunks, error } = await drain(split(bytes, readSizes));
          expect(error).toBeUndefined();
          expect(await assembled(chunks)).toEqual(reference);
        }),
        { numRuns: 150, seed: 7 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'gives the same message whatever the read boundaries for envelopes, simple and auto text',
    async () => {
      const encoder = new TextEncoder();
      const { chunks: genuine } = await drain([bytes]);
      const envelopes = encoder.encode(
        `${genuine
          .map(
            ({ type, ...data }) => `event: message\r\ndata: ${JSON.stringify({ event: type, data })}\r\n\r\n`,
          )
          .join('')}event: done\r\n\r\n`,
      );
      const simple = encoder.encode(
        `${DELTAS.map((content) => `data: ${JSON.stringify({ type: 'text', content })}\n\n`).join('')}data: {"type":"done"}\n\n`,
      );
      const bare = encoder.encode(
        `${DELTAS.map((delta) => `data: ${delta.replaceAll('\n', '\ndata: ')}\n\n`).join('')}data: [DONE]\n\n`,
      );
      const cases: Array<[Uint8Array, WireFormat]> = [
        [envelopes, 'noxus-envelope'],
        [simple, 'simple-text'],
        [bare, 'auto'],
      ];
      const references = await Promise.all(
        cases.map(async ([data, format]) => assembled((await drain([data], format)).chunks)),
      );
      expect(references[0]).toEqual(await assembled(genuine));
      expect(references[1]).toEqual({
        role: 'assistant',
        parts: [{ type: 'text', text: DELTAS.join(''), state: 'done' }],
      });
      expect(references[2]).toEqual(references[1]);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(0, 1, 2), sizes, async (which, readSizes) => {
          const [data, format] = cases[which] ?? cases[0]!;
          const { chunks, error } = await drain(split(data, readSizes), format);
          expect(error).toBeUndefined();
          expect(await assembled(chunks)).toEqual(references[which]);
        }),
        { numRuns: 150, seed: 5 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on truncation, delivers every delta of a complete frame, then errors only with "interrupted"',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 10_000 }), sizes, async (at, readSizes) => {
          const cut = at % (bytes.length + 1);
          const { chunks, error } = await drain(split(bytes.slice(0, cut), readSizes));
          expect(textOf(chunks)).toBe(textBefore(cut));
          const finished = chunks.some((chunk) => chunk.type === 'finish');
          if (finished) expect(error).toBeUndefined();
          else {
            expect(error).toBeInstanceOf(AgentChatError);
            expect((error as AgentChatError).kind).toBe('interrupted');
          }
        }),
        { numRuns: 200, seed: 11 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on corrupted bytes, never throws and keeps every delta before the first fault',
    async () => {
      const corruption = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 6,
      });
      await fc.assert(
        fc.asyncProperty(corruption, sizes, async (edits, readSizes) => {
          const corrupted = bytes.slice();
          let first = corrupted.length;
          for (const [position, value] of edits) {
            const index = position % corrupted.length;
            if (corrupted[index] === value) continue;
            corrupted[index] = value;
            first = Math.min(first, index);
          }
          const { chunks, error } = await drain(split(corrupted, readSizes));
          if (error !== undefined) expect(error).toBeInstanceOf(AgentChatError);
          expect(textOf(chunks).startsWith(textBefore(first))).toBe(true);
          // Whatever came through, the AI SDK can assemble it without throwing.
          await assembled(chunks);
        }),
        { numRuns: 200, seed: 23 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
