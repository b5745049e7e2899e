import { createUIMessageStream, JsonToSseTransformStream } from 'ai';

/**
 * Serialises `text` into AI SDK UI message stream bytes (SSE, ending with `[DONE]`), produced by
 * the `ai` package itself, in deltas of `deltaSize` characters. Prepared before any clock starts.
 */
export async function uiMessageStreamBytes(text: string, deltaSize = 4): Promise<Uint8Array> {
  const stream = createUIMessageStream({
    execute({ writer }) {
      writer.write({ type: 'start', messageId: 'bench-reply' });
      writer.write({ type: 'start-step' });
      writer.write({ type: 'text-start', id: 'text-1' });
      for (let index = 0; index < text.length; index += deltaSize) {
        writer.write({ type: 'text-delta', id: 'text-1', delta: text.slice(index, index + deltaSize) });
      }
      writer.write({ type: 'text-end', id: 'text-1' });
      writer.write({ type: 'finish-step' });
      writer.write({ type: 'finish', finishReason: 'stop' });
    },
  });
  const bytes = stream.pipeThrough(new JsonToSseTransformStream()).pipeThrough(new TextEncoderStream());
  const chunks: Uint8Array[] = [];
  for await (const chunk of bytes) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
