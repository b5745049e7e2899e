const encoder = new TextEncoder();

/** One Server-Sent Event: `data` is sent as is (JSON already serialised, or `[DONE]`). */
export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/** An event as SSE text, blank line included. */
export function formatSse({ id, event, data }: SseEvent): string {
  let text = '';
  if (event) text += `event: ${event}\n`;
  if (id) text += `id: ${id}\n`;
  for (const line of data.split('\n')) text += `data: ${line}\n`;
  return `${text}\n`;
}

/** Encodes an event as SSE bytes. */
export function encodeSse(event: SseEvent): Uint8Array {
  return encoder.encode(formatSse(event));
}

/** Headers of an SSE response that proxies must not buffer. */
export const sseHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
} as const;
