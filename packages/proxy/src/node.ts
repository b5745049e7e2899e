/** Node entry (`@agent-chat/proxy/node`): the standalone server, its command line, and the Node bridge. */
export { type CliIo, runProxyCli } from './cli.ts';
export { handleNodeRequest, toWebRequest, writeWebResponse } from './node-bridge.ts';
export {
  DEFAULT_PORT,
  describeProxyServer,
  type ProxyServer,
  type ProxyServerOptions,
  startProxyServer,
} from './proxy-server.ts';
export { createStaticFiles, type StaticFiles } from './static-files.ts';
