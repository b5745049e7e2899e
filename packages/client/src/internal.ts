/**
 * `@agent-chat/client/internal`: the stream pipeline's building blocks, for the kit's own
 * packages, benchmarks and tests. Not part of the public API: names and shapes here may change
 * in any release. Apps use the adapters and `createChatTransport` from `@agent-chat/client`.
 */
export { type ChunkCheck, checkChunk } from './stream/check-chunk.ts';
export { ChunkNormalizer, type ChunkNormalizerOptions } from './stream/chunk-normalizer.ts';
export {
  CONNECTION_DROPPED_MESSAGE,
  type ReadReplyStreamOptions,
  readReplyStream,
  type WireFormat,
} from './stream/read-reply-stream.ts';
export { type ResumableReplyOptions, resumableReply } from './stream/resumable-reply.ts';
