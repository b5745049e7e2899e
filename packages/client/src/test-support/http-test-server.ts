import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the test server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1/conversations?page=1&size=20`. */
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** Settles when the exchange ends: `finished` after a full response, `closed` if the client hung up first. */
  outcome: Promise<'finished' | 'closed'>;
}

/**
 * A handler gets a web `Request` (body already read, so `formData()` works) and returns a web
 * `Response`, or `undefined` after writing to the raw `res` itself (to cut a connection mid-stream).
 */
export type TestHandler = (
  request: Request,
  raw: { req: IncomingMessage; res: ServerResponse },
) => Response | undefined | Promise<Response | undefined>;

/** A real HTTP server on 127.0.0.1 for adapter tests. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: RecordedRequest[];
  /** The last request whose path (without query) is `path`. */
  last(path: string, method?: string): RecordedRequest | undefined;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
    res.end();
  } catch {
    res.destroy();
  }
}

/** Start a server on an ephemeral port; close it in `afterAll`. */
export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const outcome = new Promise<'finished' | 'closed'>((resolve) => {
      res.on('close', () => resolve(res.writableFinished ? 'finished' : 'closed'));
    });
    void (async () => {
      const body = await readBody(req);
      const record: RecordedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body,
        outcome,
      };
      requests.push(record);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      }
      const request = new Request(`http://127.0.0.1${record.url}`, {
        method: record.method,
        headers,
        body:
          record.method === 'GET' || record.method === 'HEAD' || body.length === 0
            ? undefined
            : new Uint8Array(body),
      });
      try {
        const response = await handler(request, { req, res });
        if (response) await writeResponse(response, res);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`test server handler failed: ${String(error)}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    last(path, method) {
      return requests.findLast(
        (request) =>
          request.url.split('?')[0] === path && (method === undefined || request.method === method),
      );
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A JSON response. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** One SSE event as text; `data` is JSON-encoded unless it is already a string. */
export function sseEvent(data: unknown, fields: { id?: string; event?: string } = {}): string {
  const lines: string[] = [];
  if (fields.event !== undefined) lines.push(`event: ${fields.event}`);
  if (fields.id !== undefined) lines.push(`id: ${fields.id}`);
  lines.push(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}`);
  return `${lines.join('\n')}\n\n`;
}

/** An SSE response from ready-made event texts. */
export function sseResponse(events: readonly string[]): Response {
  return new Response(events.join(''), { headers: { 'content-type': 'text/event-stream' } });
}

/** The query of a request URL as a plain object (last value wins). */
export function queryOf(request: Request | RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URL(request.url, 'http://127.0.0.1').searchParams);
}
