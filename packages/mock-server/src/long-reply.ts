import type { UIMessageChunk } from 'ai';
import { longMarkdownPieces } from './markdown-text.ts';
import { deltasOf } from './paced-stream.ts';

/** The largest `/long` reply, in characters. */
export const MAX_LONG_REPLY = 5_000_000;

/** What `/long <chars> [<deltas per second>]` asks for. */
export interface LongReply {
  /** Characters of markdown, 1 to `MAX_LONG_REPLY` (default 10,000). */
  size: number;
  /** Milliseconds between deltas; 0 streams as fast as the reader takes them. */
  delayMs: number;
}

/** Reads the arguments of `/long`. */
export function parseLongReply(args: string[]): LongReply {
  const size = Math.min(Math.max(Number(args[0]) || 10_000, 1), MAX_LONG_REPLY);
  const rate = Math.max(Number(args[1]) || 0, 0);
  return { size, delayMs: rate > 0 ? 1000 / rate : 0 };
}

/**
 * The chunks of a `/long` reply in ~4-character deltas, generated as they are read. It does not
 * go through `createUIMessageStream` or `streamText`: their per-chunk cost is many times that of
 * a delta, and this reply can have more than a million of them.
 */
export function* longReplyChunks(size: number, messageId: string): Generator<UIMessageChunk> {
  yield { type: 'start', messageId };
  yield { type: 'start-step' };
  yield { type: 'text-start', id: 'text-1' };
  for (const delta of deltasOf(longMarkdownPieces(size))) yield { type: 'text-delta', id: 'text-1', delta };
  yield { type: 'text-end', id: 'text-1' };
  yield { type: 'finish-step' };
  yield { type: 'finish', finishReason: 'stop' };
}
