/**
 * Frame reader throughput on the long-reply workload of performance.md: a 200,000-character
 * markdown reply as ~50,000 `text-delta` frames of 4 characters (~2.7 MB of SSE), pre-serialised
 * and handed over in 64 KiB reads, so only the client's work is measured.
 *
 * Run: pnpm vitest bench --run --project node packages/client/bench
 */
import { parseJsonEventStream, readUIMessageStream, type UIMessageChunk, uiMessageChunkSchema } from 'ai';
import { bench, describe } from 'vitest';
import { readReplyStream } from '../src/stream/read-reply-stream.ts';

const READ_SIZE = 64 * 1024;
const DELTA_SIZE = 4;

function markdownDocument(length: number): string {
  const sections: string[] = [];
  let size = 0;
  for (let index = 0; size < length; index++) {
    const section = [
      `## Section ${index}: streaming **markdown** with \`inline code\``,
      `A paragraph with a [link](https://example.com/${index}), some *emphasis*, and Ünïcödé 🎉 text that`,
      'wraps over several lines so that the renderer has real work to do on every update.',
      '',
      `- first bullet ${index}`,
      '- second bullet with `code`',
      '',
      '| column | value |',
      '| --- | ---: |',
      `| row ${index} | ${index * 3} |`,
      '',
      '```ts',
      `export const value${index} = compute(${index}, { mode: 'fast' });`,
      '```',
      '',
    ].join('\n');
    sections.push(section);
    size += section.length;
  }
  return sections.join('\n').slice(0, length);
}

function serialise(): Uint8Array[] {
  const text = markdownDocument(200_000);
  const frames: string[] = ['data: {"type":"start"}\n\n', 'data: {"type":"text-start","id":"txt-0"}\n\n'];
  for (let offset = 0; offset < text.length; offset += DELTA_SIZE) {
    const chunk = { type: 'text-delta', id: 'txt-0', delta: text.slice(offset, offset + DELTA_SIZE) };
    frames.push(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  frames.push(
    'data: {"type":"text-end","id":"txt-0"}\n\n',
    'data: {"type":"finish"}\n\n',
    'data: [DONE]\n\n',
  );
  const bytes = new TextEncoder().encode(frames.join(''));
  const reads: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += READ_SIZE)
    reads.push(bytes.subarray(offset, offset + READ_SIZE));
  return reads;
}

const reads = serialise();

function body(): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const read = reads[index++];
      if (read === undefined) controller.close();
      else controller.enqueue(read);
    },
  });
}

async function drain(stream: ReadableStream<unknown>): Promise<number> {
  let count = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done } = await reader.read();
    if (done) return count;
    count++;
  }
}

function sdkChunks(): ReadableStream<UIMessageChunk> {
  return parseJsonEventStream({ stream: body(), schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream({
      transform(result, controller) {
        if (!result.success) throw result.error;
        controller.enqueue(result.value);
      },
    }),
  );
}

function kitChunks(): ReadableStream<UIMessageChunk> {
  return readReplyStream(body(), { format: 'ui-message' }).stream;
}

async function assemble(stream: ReadableStream<UIMessageChunk>): Promise<void> {
  for await (const _ of readUIMessageStream({ stream })) {
    // Each yielded message is one update the UI would render.
  }
}

const options = { iterations: 8, warmupIterations: 2, time: 0 };

describe('parse 50,000 frames (2.7 MB)', () => {
  bench('raw bytes only (floor)', async () => void (await drain(body())), options);
  bench(
    'ai: parseJsonEventStream + uiMessageChunkSchema',
    async () => void (await drain(sdkChunks())),
    options,
  );
  bench('agent-chat: readReplyStream', async () => void (await drain(kitChunks())), options);
});

describe('parse and assemble with readUIMessageStream', () => {
  bench('ai: parseJsonEventStream + uiMessageChunkSchema', async () => assemble(sdkChunks()), options);
  bench('agent-chat: readReplyStream', async () => assemble(kitChunks()), options);
});
