export { allowedMethods, type ForwardedMethod } from './api-routes.ts';
export {
  AGENT_CHAT_APIS,
  type AgentChatApi,
  AUTH_STYLES,
  type Authenticate,
  type AuthStyle,
  DEFAULT_AGENT_ID,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MOUNT,
  DEFAULT_TEAM_ID,
  DEFAULT_TIMEOUT_MS,
  defaultAuthStyle,
  defaultMaxBodyBytes,
  describeProxyConfig,
  type EmbeddedUpstream,
  type ProxyConfig,
  ProxyConfigError,
  type ProxyEnv,
  type ProxyLog,
  type ProxyOptions,
  resolveProxyConfig,
} from './config.ts';
export { mockMount } from './embedded-mock.ts';
export {
  createProxyHandler,
  type ProxyHandler,
  type ProxyPublicConfig,
  type ProxyRequestContext,
  publicConfig,
} from './handler.ts';
export { REDACTED, scrubText } from './key-scrubber.ts';
export { joinUpstreamUrl, type RouteDecision, type RouteRules, routeRequestTarget } from './path-guard.ts';
export type { ProxyErrorBody } from './responses.ts';
export { checkSite, hostAllowed, type SiteDecision, type SiteRules } from './site-guard.ts';
