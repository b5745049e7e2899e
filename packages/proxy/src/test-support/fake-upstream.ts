import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake upstream saw it. */
export interface UpstreamHit {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: IncomingMessage['headers'];
  /** Resolves with the body once it has been read (only when the handler reads it). */
  body: Promise<Buffer>;
  /** Settles when the exchange ends: `finished` after a full response, `closed` if the client hung up. */
  outcome: Promise<'finished' | 'closed'>;
}

/** Handles one request; write to `res` directly to misbehave (hang, stall, cut). */
export type UpstreamHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  hit: UpstreamHit,
) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 standing in for the agent platform. */
export interface FakeUpstream {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  hits: UpstreamHit[];
  close(): Promise<void>;
}

/** Read a Node request body to the end. */
export async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Start a fake upstream; close it in `afterAll`. */
export async function startFakeUpstream(handler: UpstreamHandler): Promise<FakeUpstream> {
  const hits: UpstreamHit[] = [];
  const server = createServer((req, res) => {
    let bodyPromise: Promise<Buffer> | undefined;
    const hit: UpstreamHit = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      get body() {
        bodyPromise ??= readAll(req);
        return bodyPromise;
      },
      outcome: new Promise((resolve) => {
        res.once('close', () => resolve(res.writableFinished ? 'finished' : 'closed'));
      }),
    };
    hits.push(hit);
    void Promise.resolve(handler(req, res, hit)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A fake upstream that answers every request with its own method, URL, headers and body as JSON. */
export function echoHandler(status = 200): UpstreamHandler {
  return async (req, res, hit) => {
    const body = (await hit.body).toString('utf8');
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-echo-headers': JSON.stringify(req.headers),
    });
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
  };
}
