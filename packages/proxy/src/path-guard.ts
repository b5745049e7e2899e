import type { AgentChatApi } from './config.ts';

/** What the proxy should do with a request target. */
export type RouteDecision =
  /** Not under the mount: someone else's request (a dev server passes it on). */
  | { kind: 'outside' }
  /** `GET <mount>/config`. */
  | { kind: 'config' }
  /** An allowed API path, still percent-encoded as the browser sent it, without a leading slash. */
  | { kind: 'api'; path: string; search: string }
  /** Refused: 400 for a malformed or tricky path, 404 for a path outside the allow-list. */
  | { kind: 'refused'; status: 400 | 404; error: string; detail: string };

/** What the guard needs to know about the configuration. */
export interface RouteRules {
  mount: string;
  api: AgentChatApi;
  agentId: string;
}

// Characters allowed raw in a path segment: RFC 3986 unreserved and most sub-delims. `@` and `:`
// are left out (userinfo and scheme tricks); a client that needs them percent-encodes them.
const SEGMENT_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=%]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const UNSAFE_QUERY_CHARS = /[\u0000-\u0020\u007f-\uffff#\\]/;

function refused(detail: string): RouteDecision {
  return { kind: 'refused', status: 400, error: 'Refused path', detail };
}

function notAllowed(api: AgentChatApi, detail: string): RouteDecision {
  return {
    kind: 'refused',
    status: 404,
    error: 'Not found',
    detail: `${detail} This proxy forwards only the ${api} API paths.`,
  };
}

/** Why a single raw segment is refused, or `undefined` when it is safe. */
function segmentProblem(segment: string): string | undefined {
  if (segment === '.' || segment === '..') return 'dot segments (. and ..) are not allowed';
  if (!SEGMENT_CHARS.test(segment)) {
    return 'the path contains a character that must be percent-encoded (such as \\ @ : or a space)';
  }
  for (let index = segment.indexOf('%'); index !== -1; index = segment.indexOf('%', index + 1)) {
    const hex = segment.slice(index + 1, index + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return 'the path contains a malformed percent escape';
    const code = Number.parseInt(hex, 16);
    // Encoded separators, dots and percent signs are how traversal hides from checks like these
    // (and double encoding survives one decode); encoded controls split requests downstream.
    if (code === 0x2e || code === 0x2f || code === 0x5c || code === 0x25) {
      return 'percent-encoded dots, slashes, backslashes and percent signs are not allowed';
    }
    if (code < 0x20 || code === 0x7f) return 'percent-encoded control characters are not allowed';
  }
  return undefined;
}

function allowed(segments: readonly string[], rules: RouteRules): boolean {
  const [first, second, third, fourth, ...more] = segments;
  switch (rules.api) {
    case 'noxus-v1':
      return first === 'v1' && second === 'conversations';
    case 'agents-v2':
      return first === 'agents' && second === rules.agentId && third === 'conversations';
    case 'chat-api': {
      if (first === 'teams') return second !== undefined && third === 'chat' && fourth === undefined;
      if (first !== 'agents' || second !== rules.agentId) return false;
      if (third === 'conversations') return true;
      if (third === 'chat') return fourth === undefined || (fourth === 'stream' && more.length === 0);
      return (third === 'history' || third === 'inbox' || third === 'mark-read') && fourth === undefined;
    }
  }
}

/**
 * Decide what to do with a raw request target (`/agent-chat/v1/conversations?page=1`), as it
 * came off the wire: nothing decoded or normalised, so every trick is still visible.
 */
export function routeRequestTarget(target: string, rules: RouteRules): RouteDecision {
  const { mount } = rules;
  if (!target.startsWith('/')) {
    // An absolute-form target (`http://host/…`) or garbage; only ours to refuse if it names the mount.
    return target.includes(mount) ? refused('the request target must be a path') : { kind: 'outside' };
  }
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 ? '' : target.slice(queryAt);
  if (path !== mount && !path.startsWith(`${mount}/`)) return { kind: 'outside' };
  if (UNSAFE_QUERY_CHARS.test(search)) {
    return refused('the query contains control characters, spaces, backslashes or a fragment');
  }

  const rest = path.slice(mount.length + 1);
  if (rest === 'config') return { kind: 'config' };
  if (rest === '') return notAllowed(rules.api, `Nothing to forward at ${mount}.`);
  const segments = rest.split('/');
  for (const [index, segment] of segments.entries()) {
    // A trailing slash is part of some documented paths (`…/files/download/`); `//` never is.
    if (segment === '' && index !== segments.length - 1) {
      return refused('empty path segments (//) are not allowed');
    }
    const problem = segmentProblem(segment);
    if (problem) return refused(problem);
  }
  const meaningful = segments.at(-1) === '' ? segments.slice(0, -1) : segments;
  if (!allowed(meaningful, rules)) return notAllowed(rules.api, `/${rest} is not forwarded.`);
  return { kind: 'api', path: rest, search };
}

/** The upstream URL for an allowed API path: the configured base, joined with the path and query. */
export function joinUpstreamUrl(base: URL, path: string, search: string): URL {
  const basePath = base.pathname.replace(/\/+$/, '');
  const url = new URL(`${base.origin}${basePath}/${path}${search}`);
  // Belt and braces: the guard already refused anything that could move the request elsewhere.
  if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) {
    throw new Error('The joined upstream URL left the configured base.');
  }
  return url;
}
