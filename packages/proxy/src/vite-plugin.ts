import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Connect, loadEnv, type Plugin, type ResolvedConfig } from 'vite';
import { describeProxyConfig, type ProxyConfig, type ProxyOptions, resolveProxyConfig } from './config.ts';
import { createProxyHandler, type ProxyHandler } from './handler.ts';
import { handleNodeRequest } from './node-bridge.ts';
import { routeRequestTarget } from './path-guard.ts';

function listOption(value: string | readonly string[] | undefined): string[] {
  return typeof value === 'string' ? value.split(',') : [...(value ?? [])];
}

/**
 * The host names Vite's dev and preview servers already accept (`allowedHosts`, `host`), so the
 * proxy never refuses a host the app is served under. `allowedHosts: true` (any host) is not
 * carried over: the proxy spends a key, so it keeps its own list (AGENT_CHAT_ALLOWED_HOSTS).
 */
function viteAllowedHosts(resolved: ResolvedConfig): string[] {
  const hosts: string[] = [];
  for (const server of [resolved.server, resolved.preview]) {
    if (Array.isArray(server.allowedHosts)) hosts.push(...server.allowedHosts);
    // `host: true` or an address means "listen there", not a name; only names matter here.
    if (typeof server.host === 'string' && /[a-z]/i.test(server.host) && !server.host.includes(':')) {
      hosts.push(server.host);
    }
  }
  // Only plain names: anything else Vite accepts is not worth failing the dev server over.
  return hosts.filter((host) => /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(host));
}

/**
 * Options of the Vite plugin: the proxy's options, each winning over its `AGENT_CHAT_*` variable
 * (`authenticate`, `allowedOrigins`, `allowedHosts`, `rateLimitPerMinute`, …).
 */
export type AgentChatProxyPluginOptions = ProxyOptions;

/**
 * Mount the agent-chat proxy in Vite's dev and preview servers. Reads `AGENT_CHAT_*` from the
 * environment and from Vite's `.env` files; the key stays in the server.
 * @example
 * export default defineConfig({ plugins: [react(), agentChatProxy()] });
 */
export function agentChatProxy(options: AgentChatProxyPluginOptions = {}): Plugin {
  let state: { config: ProxyConfig; handler: ProxyHandler } | undefined;

  const middleware = (): Connect.NextHandleFunction => {
    return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
      if (!state || routeRequestTarget(req.url ?? '/', state.config).kind === 'outside') {
        next();
        return;
      }
      void handleNodeRequest(state.handler, req, res);
    };
  };

  return {
    name: 'agent-chat-proxy',
    // Dev and preview servers only: a production build neither needs nor validates the proxy settings.
    apply: 'serve',
    configResolved(resolved) {
      // loadEnv merges .env files with process.env (which wins), keeping only AGENT_CHAT_* names.
      const env = loadEnv(resolved.mode, resolved.envDir ?? resolved.root, 'AGENT_CHAT_');
      const logger = resolved.logger;
      const config = resolveProxyConfig(env, {
        ...options,
        allowedHosts: [
          ...listOption(options.allowedHosts ?? env.AGENT_CHAT_ALLOWED_HOSTS),
          ...viteAllowedHosts(resolved),
        ],
        log:
          options.log ??
          ((level, message) => {
            logger[level](`[agent-chat proxy] ${message}`, { timestamp: true });
          }),
      });
      state = { config, handler: createProxyHandler(config) };
    },
    configureServer(server) {
      // Registered directly (not in a returned hook) so it runs before Vite's own middlewares.
      server.middlewares.use(middleware());
      if (state) server.config.logger.info(`  agent-chat proxy: ${describeProxyConfig(state.config)}`);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
      if (state) server.config.logger.info(`  agent-chat proxy: ${describeProxyConfig(state.config)}`);
    },
  };
}
