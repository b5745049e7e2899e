/** Verdict on one decoded frame: a usable chunk, a type this kit does not know, or a known type missing fields. */
export type ChunkCheck = 'ok' | 'unknown' | 'invalid';

const FINISH_REASONS = new Set([
  'stop',
  'length',
  'content-filter',
  'tool-calls',
  'error',
  'interrupted',
  'other',
]);

/**
 * Check a decoded frame against the UI message chunk types of `ai` v7 (`uiMessageChunkSchema`).
 *
 * Only the fields the AI SDK needs to assemble a message are checked, with a switch and `typeof`
 * tests: this runs once per frame on the hot path, so no schema library. Extra fields pass, as
 * with the SDK's loose objects. A `finish` with an unknown `finishReason` loses that field and
 * passes, so that a newer server's reason never drops the end of a reply.
 */
export function checkChunk(value: unknown): ChunkCheck {
  if (typeof value !== 'object' || value === null) return 'invalid';
  const chunk = value as Record<string, unknown>;
  const type = chunk.type;
  if (typeof type !== 'string') return 'invalid';
  switch (type) {
    case 'text-delta':
    case 'reasoning-delta':
      return typeof chunk.id === 'string' && typeof chunk.delta === 'string' ? 'ok' : 'invalid';
    case 'text-start':
    case 'text-end':
    case 'reasoning-start':
    case 'reasoning-end':
      return typeof chunk.id === 'string' ? 'ok' : 'invalid';
    case 'start-step':
    case 'finish-step':
    case 'reset-step':
    case 'abort':
    case 'message-metadata':
      return 'ok';
    case 'start':
      return chunk.messageId === undefined || typeof chunk.messageId === 'string' ? 'ok' : 'invalid';
    case 'finish':
      if (chunk.finishReason !== undefined && !FINISH_REASONS.has(chunk.finishReason as string)) {
        delete chunk.finishReason;
      }
      return 'ok';
    case 'error':
      return typeof chunk.errorText === 'string' ? 'ok' : 'invalid';
    case 'tool-input-start':
    case 'tool-input-available':
      return typeof chunk.toolCallId === 'string' && typeof chunk.toolName === 'string' ? 'ok' : 'invalid';
    case 'tool-input-delta':
      return typeof chunk.toolCallId === 'string' && typeof chunk.inputTextDelta === 'string'
        ? 'ok'
        : 'invalid';
    case 'tool-input-error':
      return typeof chunk.toolCallId === 'string' &&
        typeof chunk.toolName === 'string' &&
        typeof chunk.errorText === 'string'
        ? 'ok'
        : 'invalid';
    case 'tool-approval-request':
      return typeof chunk.approvalId === 'string' && typeof chunk.toolCallId === 'string' ? 'ok' : 'invalid';
    case 'tool-approval-response':
      return typeof chunk.approvalId === 'string' && typeof chunk.approved === 'boolean' ? 'ok' : 'invalid';
    case 'tool-output-available':
    case 'tool-output-denied':
      return typeof chunk.toolCallId === 'string' ? 'ok' : 'invalid';
    case 'tool-output-error':
      return typeof chunk.toolCallId === 'string' && typeof chunk.errorText === 'string' ? 'ok' : 'invalid';
    case 'source-url':
      return typeof chunk.sourceId === 'string' && typeof chunk.url === 'string' ? 'ok' : 'invalid';
    case 'source-document':
      return typeof chunk.sourceId === 'string' &&
        typeof chunk.mediaType === 'string' &&
        typeof chunk.title === 'string'
        ? 'ok'
        : 'invalid';
    case 'file':
    case 'reasoning-file':
      return typeof chunk.url === 'string' && typeof chunk.mediaType === 'string' ? 'ok' : 'invalid';
    case 'custom':
      return typeof chunk.kind === 'string' ? 'ok' : 'invalid';
    case 'steering-message':
      return typeof chunk.id === 'string' && Array.isArray(chunk.parts) ? 'ok' : 'invalid';
    default:
      // Data parts are open-ended by design: any `data-<name>` is a chunk.
      if (!type.startsWith('data-')) return 'unknown';
      return chunk.id === undefined || typeof chunk.id === 'string' ? 'ok' : 'invalid';
  }
}
