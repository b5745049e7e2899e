/** Thrown into the upstream request body when the browser sends more than the limit. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/** What the proxy learns while counting a request body. */
export interface BodyLimit {
  /** The browser's body, cut off with `BodyTooLargeError` past `maxBytes`. */
  stream: ReadableStream<Uint8Array>;
  /** Whether the limit was exceeded (read after the upstream request settles). */
  exceeded(): boolean;
}

/** Count a streamed body's bytes, failing it as soon as it passes `maxBytes`. */
export function limitBody(body: ReadableStream<Uint8Array>, maxBytes: number): BodyLimit {
  let received = 0;
  let exceeded = false;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      received += chunk.byteLength;
      if (received > maxBytes) {
        exceeded = true;
        controller.error(new BodyTooLargeError(`The request body is larger than ${maxBytes} bytes.`));
        return;
      }
      controller.enqueue(chunk);
    },
  });
  return { stream: body.pipeThrough(counter), exceeded: () => exceeded };
}

/** A declared `content-length`: a byte count, `undefined` when absent, `NaN` when malformed. */
export function declaredLength(headers: Headers): number | undefined {
  const value = headers.get('content-length');
  if (value === null) return undefined;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
}

/**
 * Read a body of undeclared length into memory, or `undefined` as soon as it passes `maxBytes`.
 * Buffering (at most `maxBytes`) means an oversized body never reaches the upstream at all; the
 * rest of it is left unread for the server to discard.
 */
export async function readBodyWithin(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      reader.releaseLock();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
