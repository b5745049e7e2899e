import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { methodNotAllowed, type ProxyHandler } from './handler.ts';
import { errorResponse } from './responses.ts';

// The web Request needs an absolute URL; the proxy never reads its host (the Host header could be
// anything the client likes), so a fixed one is used.
const LOCAL_ORIGIN = 'http://localhost';
// After a 413, this much more of the upload is read and thrown away so the browser gets to see
// the answer (closing on unread data makes the peer see a reset instead); past it, the
// connection is closed.
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Read and discard the rest of a request body. Resolves `true` once it has ended, `false` when
 * the socket went away first or was closed for sending more than `DRAIN_LIMIT_BYTES`.
 */
function drainRequest(req: IncomingMessage): Promise<boolean> {
  return new Promise((resolve) => {
    if (req.complete || req.destroyed) {
      resolve(true);
      return;
    }
    let drained = 0;
    // The web stream made from `req` is no longer read; its listener would only buffer.
    req.removeAllListeners('data');
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_LIMIT_BYTES) {
        req.socket.destroy();
        resolve(false);
      }
    });
    req.once('end', () => resolve(true));
    req.once('close', () => resolve(req.complete));
    req.resume();
  });
}

/** Turn a Node request into a web `Request` whose signal aborts when the client goes away. */
export function toWebRequest(req: IncomingMessage, res: ServerResponse): Request {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
  });
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] ?? '';
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    try {
      headers.append(name, raw[index + 1] ?? '');
    } catch {
      // A header value the fetch API rejects cannot be forwarded anyway.
    }
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const target = req.url ?? '/';
  const url = target.startsWith('/') ? `${LOCAL_ORIGIN}${target}` : `${LOCAL_ORIGIN}/`;
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

/** Write a web `Response` to a Node response, streaming the body and honouring backpressure. */
export async function writeWebResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) headers[name] = value;
  if (response.status === 413 && !res.req.complete && res.req.httpVersionMajor < 2) {
    // The rest of the oversized upload is thrown away, then the connection is closed.
    headers.connection = 'close';
    const text = response.body ? Buffer.from(await response.arrayBuffer()) : Buffer.alloc(0);
    headers['content-length'] = String(text.length);
    res.writeHead(response.status, response.statusText || undefined, headers);
    res.write(text);
    // Ending now would close the socket on unread data, which the browser sees as a reset.
    if (await drainRequest(res.req)) res.end();
    return;
  }
  res.writeHead(response.status, response.statusText || undefined, headers);
  if (!response.body) {
    res.end();
    return;
  }
  // Send the status line now: an event stream's first event may be a while away.
  if (typeof res.flushHeaders === 'function') res.flushHeaders();
  const reader = response.body.getReader();
  const onClose = () => void reader.cancel(new Error('client closed the connection')).catch(() => undefined);
  res.once('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          const settle = () => {
            res.off('drain', settle);
            res.off('close', settle);
            resolve();
          };
          res.once('drain', settle);
          res.once('close', settle);
        });
      }
      if (res.destroyed) break;
    }
    res.end();
  } catch {
    // The upstream stream broke mid-reply: cut the connection so the browser sees an interrupted
    // reply instead of a clean end it would take as complete.
    res.destroy();
  } finally {
    res.off('close', onClose);
  }
}

/** Answer a Node request with the proxy handler, passing the raw request target to the path guard. */
export async function handleNodeRequest(
  handler: ProxyHandler,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let request: Request;
  try {
    request = toWebRequest(req, res);
  } catch {
    // The fetch API refuses some methods outright (TRACE, CONNECT); none of them is forwarded.
    await writeWebResponse(methodNotAllowed(req.method ?? ''), res).catch(() => res.destroy());
    return;
  }
  let response: Response;
  try {
    response = await handler(request, { rawTarget: req.url ?? '/', clientAddress: req.socket.remoteAddress });
  } catch (error) {
    const detail = error instanceof Error ? error.name : 'unexpected error';
    response = errorResponse(500, 'Proxy error', `The proxy failed (${detail}).`);
  }
  try {
    await writeWebResponse(response, res);
  } catch {
    res.destroy(); // e.g. a header Node refuses to write; the browser sees a failed request
  }
}
