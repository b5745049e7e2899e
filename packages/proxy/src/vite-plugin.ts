import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Connect, loadEnv, type Plugin } from 'vite';
import { describeProxyConfig, type ProxyConfig, type ProxyOptions, resolveProxyConfig } from './config.ts';
import { createProxyHandler, type ProxyHandler } from './handler.ts';
import { handleNodeRequest } from './node-bridge.ts';
import { routeRequestTarget } from './path-guard.ts';

/** Options of the Vite plugin: the proxy's options, each winning over its `AGENT_CHAT_*` variable. */
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
