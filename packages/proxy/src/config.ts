import { BACKEND_KINDS, type BackendKind } from '@agent-chat/client/backend-kinds';

/** The APIs the proxy fronts: the kit's backend kinds, declared once in @agent-chat/client. */
export const AGENT_CHAT_APIS = BACKEND_KINDS;

/** The platform family whose API paths the proxy forwards (`ai-sdk`: any server built with the AI SDK). */
export type AgentChatApi = BackendKind;

/** How the proxy presents the API key to the upstream. */
export type AuthStyle = 'x-api-key' | 'bearer';

/** Every auth style the proxy knows. */
export const AUTH_STYLES: readonly AuthStyle[] = ['x-api-key', 'bearer'];

/** The mock server's default agent, used when no agent id is configured. */
export const DEFAULT_AGENT_ID = 'mock-agent';

/** The mock server's default team, announced for the Chat API when the embedded mock answers. */
export const DEFAULT_TEAM_ID = 'mock-team';

/** Where the browser reaches the proxy unless told otherwise. */
export const DEFAULT_MOUNT = '/agent-chat';

/** How long the upstream may take to send response headers (a flowing stream is never cut). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** How long a response body may stay silent before the proxy ends it (the kit then resumes). */
export const DEFAULT_IDLE_TIMEOUT_MS = 120_000;

const MIB = 1024 * 1024;

/**
 * Largest request body accepted for an API: one 25 MB file as that API carries it, plus 1 MB for
 * the rest of the request. Noxus sends files inline as base64, which grows them by a third. The
 * AI SDK sends the whole message history with every turn, attachments inline as data URLs, so
 * it gets 32 MB: room for a 20 MB file as base64 plus a long history.
 */
export function defaultMaxBodyBytes(api: AgentChatApi): number {
  switch (api) {
    case 'noxus-v1':
      return Math.ceil((25 * MIB) / 3) * 4 + MIB;
    case 'agents-v2':
    case 'chat-api':
      return 25 * MIB + MIB;
    case 'ai-sdk':
      return 32 * MIB;
  }
}

/** The default auth style of each API (see shared/api/README.md). */
export function defaultAuthStyle(api: AgentChatApi): AuthStyle {
  switch (api) {
    case 'noxus-v1':
      return 'x-api-key';
    case 'agents-v2':
    case 'chat-api':
    case 'ai-sdk':
      return 'bearer';
  }
}

/** The environment variables the proxy reads (all optional). */
export interface ProxyEnv {
  AGENT_CHAT_UPSTREAM?: string | undefined;
  AGENT_CHAT_API?: string | undefined;
  AGENT_CHAT_API_KEY?: string | undefined;
  AGENT_CHAT_AUTH?: string | undefined;
  AGENT_CHAT_AGENT_ID?: string | undefined;
  AGENT_CHAT_TEAM_ID?: string | undefined;
  AGENT_CHAT_ALLOWED_ORIGINS?: string | undefined;
  AGENT_CHAT_ALLOWED_HOSTS?: string | undefined;
  AGENT_CHAT_IDLE_TIMEOUT_MS?: string | undefined;
  AGENT_CHAT_RATE_LIMIT?: string | undefined;
  [name: string]: string | undefined;
}

/** A line the proxy logs; messages never contain the API key. */
export type ProxyLog = (level: 'info' | 'warn' | 'error', message: string) => void;

/**
 * Decides whether an end user may use the proxy: `true` lets the request through, `false` answers
 * 401, a `Response` is sent to the browser as is (e.g. a redirect to a login page).
 */
export type Authenticate = (request: Request) => boolean | Response | Promise<boolean | Response>;

/** Something that answers platform requests in-process (the embedded mock server). */
export interface EmbeddedUpstream {
  fetch(request: Request): Promise<Response>;
}

/** Options of the proxy; each one wins over its environment variable. */
export interface ProxyOptions {
  /** Base URL of the real platform (`AGENT_CHAT_UPSTREAM`); unset: the embedded mock server. */
  upstream?: string | undefined;
  /** `AGENT_CHAT_API`; default `noxus-v1`. */
  api?: string | undefined;
  /** `AGENT_CHAT_API_KEY`: added to upstream requests, never sent to the browser. */
  apiKey?: string | undefined;
  /** `AGENT_CHAT_AUTH`; default per API. */
  auth?: string | undefined;
  /** `AGENT_CHAT_AGENT_ID`; default `mock-agent`. */
  agentId?: string | undefined;
  /** `AGENT_CHAT_TEAM_ID`: team the app offers for Chat API team chat; default `mock-team` on the mock. */
  teamId?: string | undefined;
  /** Path the browser talks to; default `/agent-chat`. */
  mount?: string | undefined;
  /** Milliseconds to wait for upstream response headers; default 60 000. */
  timeoutMs?: number | undefined;
  /** Largest request body in bytes; default one 25 MB file as the API sends it, plus 1 MB (AI SDK: 32 MB). */
  maxBodyBytes?: number | undefined;
  /** `AGENT_CHAT_ALLOWED_ORIGINS`: origins besides the proxy's own whose pages may use it (a list, or comma-separated). */
  allowedOrigins?: string | readonly string[] | undefined;
  /** `AGENT_CHAT_ALLOWED_HOSTS`: `Host` names accepted besides localhost, IP addresses and the allowed origins' hosts. */
  allowedHosts?: string | readonly string[] | undefined;
  /** `AGENT_CHAT_IDLE_TIMEOUT_MS`: a response body silent this long is ended; default 120 000. */
  idleTimeoutMs?: number | undefined;
  /** `AGENT_CHAT_RATE_LIMIT`: forwarded requests per minute per client address; default off. */
  rateLimitPerMinute?: number | undefined;
  /** End-user check run before anything is forwarded; default: none (everyone the origin checks let in). */
  authenticate?: Authenticate | undefined;
  /** Receives log lines (already scrubbed of the key). */
  log?: ProxyLog | undefined;
  /** In-process upstream used instead of creating the embedded mock server (upstream unset only). */
  embedded?: EmbeddedUpstream | undefined;
}

/** A validated proxy configuration. */
export interface ProxyConfig {
  /** Parsed upstream base URL without a trailing slash, or `undefined` for the embedded mock. */
  upstream: URL | undefined;
  api: AgentChatApi;
  apiKey: string | undefined;
  auth: AuthStyle;
  agentId: string;
  /** Team announced to the browser (Chat API), if any. */
  teamId: string | undefined;
  mount: string;
  timeoutMs: number;
  maxBodyBytes: number;
  /** Origins (`scheme://host[:port]`) whose pages may use the proxy besides its own. */
  allowedOrigins: readonly string[];
  /** Host names (lower case; a leading `.` also matches subdomains) accepted in `Host`. */
  allowedHosts: readonly string[];
  idleTimeoutMs: number;
  /** Forwarded requests per minute per client address, or `undefined` for no limit. */
  rateLimitPerMinute: number | undefined;
  authenticate: Authenticate | undefined;
  log: ProxyLog | undefined;
  embedded: EmbeddedUpstream | undefined;
}

/** A configuration value the proxy cannot work with; the message says what to change. */
export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((item) => item === value.toLowerCase());
  if (!found) {
    throw new ProxyConfigError(`${what} is "${value}"; use one of ${allowed.join(', ')}.`);
  }
  return found;
}

function parseUpstream(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProxyConfigError(
      `AGENT_CHAT_UPSTREAM is not a URL: "${value}". Give the platform's base URL, e.g. https://backend.noxus.ai.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxyConfigError(`AGENT_CHAT_UPSTREAM must be an http or https URL, not ${url.protocol}.`);
  }
  // Secrets belong in AGENT_CHAT_API_KEY, where they stay server-side and out of logs.
  if (url.username || url.password) {
    throw new ProxyConfigError(
      'AGENT_CHAT_UPSTREAM must not contain a user name or password; put the key in AGENT_CHAT_API_KEY.',
    );
  }
  if (url.search || url.hash) {
    throw new ProxyConfigError(
      'AGENT_CHAT_UPSTREAM must not have a query or fragment; give only the base URL (the key goes in AGENT_CHAT_API_KEY).',
    );
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

const SAFE_ID = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

function parseId(value: string, variable: string): string {
  if (!SAFE_ID.test(value) || value.length > 200) {
    throw new ProxyConfigError(
      `${variable} "${value}" may contain only letters, digits and . _ ~ - (and must not start with a dot).`,
    );
  }
  return value;
}

function parseMount(value: string): string {
  const mount = value.replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$/.test(mount)) {
    throw new ProxyConfigError(
      `mount "${value}" must be a path such as /agent-chat (letters, digits, . _ ~ - between slashes).`,
    );
  }
  return mount;
}

function parseApiKey(value: string): string {
  // A control character would split the header; the message deliberately does not quote the key.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(value) || /[^\u0020-\u00ff]/.test(value)) {
    throw new ProxyConfigError(
      'AGENT_CHAT_API_KEY contains a line break, control or non-Latin-1 character; it cannot be sent in a header.',
    );
  }
  return value;
}

function listOf(value: string | readonly string[] | undefined): string[] {
  const items = typeof value === 'string' ? value.split(',') : (value ?? []);
  return items.map((item) => item.trim()).filter(Boolean);
}

function parseOrigin(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // An origin is exactly scheme://host[:port]; anything more is a misunderstanding worth reporting.
  if (
    !url ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.origin !== value.replace(/\/$/, '')
  ) {
    throw new ProxyConfigError(
      `AGENT_CHAT_ALLOWED_ORIGINS entry "${value}" is not an origin; write scheme://host[:port], e.g. https://app.example.com (no path, no wildcard).`,
    );
  }
  return url.origin;
}

function parseHost(value: string): string {
  const host = value.toLowerCase();
  // A leading dot means "and every subdomain", as in Vite's server.allowedHosts.
  if (!/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/.test(host) && !/^\[[0-9a-f:.]+\]$/.test(host)) {
    throw new ProxyConfigError(
      `AGENT_CHAT_ALLOWED_HOSTS entry "${value}" is not a host name; write e.g. chat.example.com or .example.com (no scheme, no port).`,
    );
  }
  return host;
}

function parseCount(value: string | undefined, variable: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(number > 0)) {
    throw new ProxyConfigError(`${variable} must be a positive number, not "${value}".`);
  }
  return number;
}

function positive(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ProxyConfigError(`${what} must be a positive number, not ${value}.`);
  }
  return value;
}

/**
 * Validate the proxy configuration from environment variables and options (options win).
 * Throws `ProxyConfigError` with a message a person can act on.
 */
export function resolveProxyConfig(env: ProxyEnv = {}, options: ProxyOptions = {}): ProxyConfig {
  const upstreamText = present(options.upstream ?? env.AGENT_CHAT_UPSTREAM);
  const apiText = present(options.api ?? env.AGENT_CHAT_API);
  const authText = present(options.auth ?? env.AGENT_CHAT_AUTH);
  const keyText = present(options.apiKey ?? env.AGENT_CHAT_API_KEY);
  const agentText = present(options.agentId ?? env.AGENT_CHAT_AGENT_ID);
  const teamText = present(options.teamId ?? env.AGENT_CHAT_TEAM_ID);

  const api = apiText ? oneOf(apiText, AGENT_CHAT_APIS, 'AGENT_CHAT_API') : 'noxus-v1';
  const mockTeam = !upstreamText && api === 'chat-api' ? DEFAULT_TEAM_ID : undefined;
  const allowedOrigins = listOf(options.allowedOrigins ?? env.AGENT_CHAT_ALLOWED_ORIGINS).map(parseOrigin);
  const allowedHosts = listOf(options.allowedHosts ?? env.AGENT_CHAT_ALLOWED_HOSTS).map(parseHost);
  // The allowed origins' pages reach the proxy under their own host names.
  for (const origin of allowedOrigins) allowedHosts.push(new URL(origin).hostname);
  const idleText = present(env.AGENT_CHAT_IDLE_TIMEOUT_MS);
  const rateText = present(env.AGENT_CHAT_RATE_LIMIT);
  return {
    upstream: upstreamText ? parseUpstream(upstreamText) : undefined,
    api,
    apiKey: keyText ? parseApiKey(keyText) : undefined,
    auth: authText ? oneOf(authText, AUTH_STYLES, 'AGENT_CHAT_AUTH') : defaultAuthStyle(api),
    agentId: agentText ? parseId(agentText, 'AGENT_CHAT_AGENT_ID') : DEFAULT_AGENT_ID,
    teamId: teamText ? parseId(teamText, 'AGENT_CHAT_TEAM_ID') : mockTeam,
    mount: parseMount(options.mount ?? DEFAULT_MOUNT),
    timeoutMs: positive(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'timeoutMs'),
    maxBodyBytes: positive(options.maxBodyBytes ?? defaultMaxBodyBytes(api), 'maxBodyBytes'),
    allowedOrigins: [...new Set(allowedOrigins)],
    allowedHosts: [...new Set(allowedHosts)],
    idleTimeoutMs: positive(
      options.idleTimeoutMs ?? parseCount(idleText, 'AGENT_CHAT_IDLE_TIMEOUT_MS') ?? DEFAULT_IDLE_TIMEOUT_MS,
      'idleTimeoutMs',
    ),
    rateLimitPerMinute:
      options.rateLimitPerMinute === undefined
        ? parseCount(rateText, 'AGENT_CHAT_RATE_LIMIT')
        : positive(options.rateLimitPerMinute, 'rateLimitPerMinute'),
    authenticate: options.authenticate,
    log: options.log,
    embedded: options.embedded,
  };
}

/** A one-line description of where the proxy sends requests, safe to print (no key, no path). */
export function describeProxyConfig(config: ProxyConfig): string {
  const target = config.upstream ? config.upstream.origin : 'the embedded mock server';
  const key = config.apiKey ? 'API key set' : 'no API key';
  return `${config.mount} → ${target} (${config.api}, auth ${config.auth}, ${key})`;
}
