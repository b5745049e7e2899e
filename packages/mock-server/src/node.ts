import { serve } from '@hono/node-server';
import { createMockServer, type MockServerOptions } from './index.ts';

/** Options of `startMockServer`. */
export interface StartMockServerOptions extends MockServerOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Let pages of any origin call the server (CORS: preflights answered, the caller's origin
   * allowed), e.g. a browser test page served from another port. Default false.
   */
  anyOrigin?: boolean;
}

/** A mock server listening over HTTP. */
export interface RunningMockServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the mock platform on a port (Node only).
 * @example const mock = await startMockServer({ port: 0 }); // mock.url → http://127.0.0.1:PORT
 */
export function startMockServer({
  port = 4010,
  host = '127.0.0.1',
  anyOrigin = false,
  ...options
}: StartMockServerOptions = {}): Promise<RunningMockServer> {
  const mock = createMockServer(options);
  const fetch = anyOrigin ? (request: Request) => withAnyOrigin(request, mock.fetch) : mock.fetch;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, (info) => {
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            mock.reset();
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}

async function withAnyOrigin(request: Request, handle: (request: Request) => Promise<Response>) {
  const origin = request.headers.get('origin') ?? '*';
  if (request.method === 'OPTIONS' && request.headers.has('access-control-request-method')) {
    return new Response(null, {
      status: 204,
      headers: {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '',
        'access-control-max-age': '600',
        vary: 'Origin',
      },
    });
  }
  const response = await handle(request);
  const headers = new Headers(response.headers);
  headers.set('access-control-allow-origin', origin);
  headers.set('access-control-expose-headers', '*');
  headers.append('vary', 'Origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
