import type { UIMessageChunk } from 'ai';

/**
 * The chunks produced by one read of the body, with consecutive deltas of one part merged.
 *
 * Handing the AI SDK one `text-delta` per read instead of one per frame is the main saving of a
 * long burst: its per-chunk cost (assembly, state copy, notification) dominates. Merging keeps
 * the result identical: `delta`s concatenate, and the last `providerMetadata` given wins, as it
 * does when the SDK applies the deltas one by one.
 */
export class ChunkBatch {
  #chunks: UIMessageChunk[] = [];

  /** Number of chunks waiting. */
  get size(): number {
    return this.#chunks.length;
  }

  /** Append a chunk, merging it into the previous one when both are deltas of the same part. */
  push(chunk: UIMessageChunk): void {
    const last = this.#chunks[this.#chunks.length - 1];
    if (last !== undefined) {
      if (chunk.type === 'text-delta' && last.type === 'text-delta' && last.id === chunk.id) {
        last.delta += chunk.delta;
        if (chunk.providerMetadata !== undefined) last.providerMetadata = chunk.providerMetadata;
        return;
      }
      if (chunk.type === 'reasoning-delta' && last.type === 'reasoning-delta' && last.id === chunk.id) {
        last.delta += chunk.delta;
        if (chunk.providerMetadata !== undefined) last.providerMetadata = chunk.providerMetadata;
        return;
      }
    }
    this.#chunks.push(chunk);
  }

  /** Remove and return every waiting chunk. */
  take(): UIMessageChunk[] {
    const chunks = this.#chunks;
    this.#chunks = [];
    return chunks;
  }
}
