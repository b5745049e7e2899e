import { describe, expect, it } from 'vitest';
import { createKeyScrubStream, REDACTED, scrubText } from './key-scrubber.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function runChunks(key: string, chunks: string[]): Promise<string[]> {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  }).pipeThrough(createKeyScrubStream(key));
  const out: string[] = [];
  for await (const chunk of stream) out.push(decoder.decode(chunk));
  return out;
}

describe('scrubText', () => {
  it('replaces the key and its percent-encoded form', () => {
    expect(scrubText('key=sk/1 and sk%2F1', 'sk/1')).toBe(`key=${REDACTED} and ${REDACTED}`);
    expect(scrubText('nothing', undefined)).toBe('nothing');
  });
});

describe('createKeyScrubStream', () => {
  it('replaces keys inside a chunk and across chunk boundaries', async () => {
    const out = await runChunks('sk-secret-42', ['a sk-secret-42 b sk-se', 'cret-', '42 c sk-secret-4', 'x']);
    expect(out.join('')).toBe(`a ${REDACTED} b ${REDACTED} c sk-secret-4x`);
  });

  it('passes event-stream chunks through at once, holding back nothing', async () => {
    const out = await runChunks('sk-secret-42', ['data: {"a":1}\n\n', 'data: {"b":2}\n\n']);
    expect(out).toEqual(['data: {"a":1}\n\n', 'data: {"b":2}\n\n']);
  });

  it('leaves binary data alone when the key is absent', async () => {
    const bytes = new Uint8Array([0, 255, 115, 107, 0, 1]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    }).pipeThrough(createKeyScrubStream('sk-secret-42'));
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(bytes));
  });
});
