import { serve } from '@hono/node-server';
import { createMockServer, type MockServerOptions } from './index.ts';

/** Options of `startMockServer`. */
export interface StartMockServerOptions extends MockServerOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
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
  ...options
}: StartMockServerOptions = {}): Promise<RunningMockServer> {
  const mock = createMockServer(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: mock.fetch, port, hostname: host }, (info) => {
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
