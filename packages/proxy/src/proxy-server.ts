import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  describeProxyConfig,
  type ProxyConfig,
  type ProxyEnv,
  type ProxyOptions,
  resolveProxyConfig,
} from './config.ts';
import { createProxyHandler } from './handler.ts';
import { handleNodeRequest } from './node-bridge.ts';
import { routeRequestTarget } from './path-guard.ts';
import { createStaticFiles } from './static-files.ts';

/** Options of the standalone proxy server. */
export interface ProxyServerOptions extends ProxyOptions {
  /** Port to listen on; `0` picks a free one. Default 8787. */
  port?: number | undefined;
  /** Interface to listen on. Default `127.0.0.1` (not reachable from other machines). */
  host?: string | undefined;
  /** A directory of static files (a built app) served outside the mount. */
  staticDir?: string | undefined;
  /** Environment to read `AGENT_CHAT_*` from; default `process.env`. */
  env?: ProxyEnv | undefined;
}

/** A running proxy server. */
export interface ProxyServer {
  /** `http://host:port`, the origin the browser opens. */
  url: string;
  config: ProxyConfig;
  server: Server;
  close(): Promise<void>;
}

/** Default port of the standalone server. */
export const DEFAULT_PORT = 8787;

/** Start the proxy (and optionally a static app) on a Node HTTP server. */
export async function startProxyServer(options: ProxyServerOptions = {}): Promise<ProxyServer> {
  const config = resolveProxyConfig(options.env ?? process.env, options);
  const handler = createProxyHandler(config);
  const serveStatic = options.staticDir ? await createStaticFiles(options.staticDir) : undefined;

  const server = createServer((req, res) => {
    const outside = routeRequestTarget(req.url ?? '/', config).kind === 'outside';
    if (outside && serveStatic) {
      serveStatic(req, res).catch(() => res.destroy());
      return;
    }
    void handleNodeRequest(handler, req, res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    config,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A one-line summary of a running server, safe to print. */
export function describeProxyServer(server: ProxyServer): string {
  return `agent-chat proxy listening on ${server.url}: ${server.url}${describeProxyConfig(server.config)}`;
}
