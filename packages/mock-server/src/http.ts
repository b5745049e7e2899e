import type { UIMessageChunk } from 'ai';
import type { Context } from 'hono';
import type { ReplyRun, RunEncoding } from './reply-run.ts';
import { encodeSse, formatSse, sseHeaders } from './sse.ts';

/** The 25 MB cap on one file, in bytes. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** A JSON error body `{detail}` with a status. */
export function problem(c: Context, status: 400 | 401 | 404 | 405 | 413 | 500, detail: string): Response {
  return c.json({ detail }, status);
}

/** The request's JSON body, or undefined when it is missing or not JSON. */
export async function jsonBody(c: Context): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await c.req.json();
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** AI SDK UI message stream frames: `data: <chunk>` with ids, then `[DONE]`. */
export const uiMessageEncoding: RunEncoding = (chunk, id) => formatSse({ id, data: JSON.stringify(chunk) });
const uiMessageEnd = () => [encodeSse({ data: '[DONE]' })];

/** Noxus `?format=json` envelopes: `event: message` + `{event, data}`, then `event: done`. */
export const noxusEnvelopeEncoding: RunEncoding = (chunk, id) => {
  const { type, ...data } = chunk as UIMessageChunk & Record<string, unknown>;
  return formatSse({ id, event: 'message', data: JSON.stringify({ event: type, data }) });
};
const noxusEnvelopeEnd = () => [encodeSse({ event: 'done', data: '{}' })];

/** Chat API simple chunks: `{"type":"text","content"}`, `{"type":"done"}`, then `[DONE]`. */
export const simpleTextEncoding: RunEncoding = (chunk) => {
  switch (chunk.type) {
    case 'text-delta':
      return formatSse({ data: JSON.stringify({ type: 'text', content: chunk.delta }) });
    case 'error':
      return formatSse({ data: JSON.stringify({ type: 'error', content: chunk.errorText }) });
    case 'finish':
      return formatSse({ data: JSON.stringify({ type: 'done', content: '' }) });
    default:
      return undefined;
  }
};

/** Which wire format a run is served in. */
export type StreamFormat = 'ui-message' | 'noxus-envelope' | 'simple-text';

const formats = {
  'ui-message': { encode: uiMessageEncoding, end: uiMessageEnd },
  'noxus-envelope': { encode: noxusEnvelopeEncoding, end: noxusEnvelopeEnd },
  'simple-text': { encode: simpleTextEncoding, end: uiMessageEnd },
} satisfies Record<StreamFormat, { encode: RunEncoding; end: () => Uint8Array[] }>;

/** An SSE response reading a run from `afterSeq`. */
export function runResponse(
  run: ReplyRun,
  format: StreamFormat,
  options: { afterSeq?: number; cutAfter?: number; stopOnCancel?: boolean } = {},
): Response {
  const { encode, end } = formats[format];
  const headers: Record<string, string> = { ...sseHeaders };
  if (format === 'ui-message') headers['x-vercel-ai-ui-message-stream'] = 'v1';
  return new Response(run.read(encode, { ...options, end }), { headers });
}

/** Base64 decoded length without decoding. */
export function base64Bytes(value: string): number {
  const clean = value.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

/** A human size for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
