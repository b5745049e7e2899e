import { allowedMethods, type ForwardedMethod } from './api-routes.ts';
import type { AgentChatApi } from './config.ts';

/** What the proxy should do with a request target. */
export type RouteDecision =
  /** Not under the mount: someone else's request (a dev server passes it on). */
  | { kind: 'outside' }
  /** `GET <mount>/config`. */
  | { kind: 'config' }
  /**
   * An allowed API path, still percent-encoded as the browser sent it, without a leading slash
   * (empty for the mount itself), and the methods the API allows on it.
   */
  | { kind: 'api'; path: string; search: string; methods: readonly ForwardedMethod[] }
  /** Refused: 400 for a malformed or tricky path, 404 for a path outside the allow-list. */
  | { kind: 'refused'; status: 400 | 404; error: string; detail: string };

/** What the guard needs to know about the configuration. */
export interface RouteRules {
  mount: string;
  api: AgentChatApi;
  agentId: string;
}

// Characters allowed raw in a path segment: RFC 3986 unreserved and most sub-delims. `@` and `:`
// are left out (userinfo and scheme tricks), and so is `;`: Tomcat, Spring and others read `;…`
// as a path parameter and drop it, so `..;` is `..` to them but an ordinary name to a check.
const SEGMENT_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,=%]*$/;
// Bytes never allowed percent-encoded: `.` `/` `\` `%` (traversal hides behind them, and double
// encoding survives one decode) and `;` (path parameters, as above).
const REFUSED_ESCAPES = new Set([0x2e, 0x2f, 0x5c, 0x25, 0x3b]);
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const UNSAFE_QUERY_CHARS = /[\u0000-\u0020\u007f-\uffff#\\]/;
// Only dots and white space: `..`, `...`, `.. ` — a dot segment to Windows and to lenient servers.
const DOTS_ONLY = /^[.\s]*\.[.\s]*$/;

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

/** Decode a segment's percent escapes to bytes, or say why an escape is refused. */
function segmentBytes(segment: string): Uint8Array | string {
  const bytes: number[] = [];
  for (let index = 0; index < segment.length; index += 1) {
    if (segment[index] !== '%') {
      bytes.push(segment.charCodeAt(index));
      continue;
    }
    const hex = segment.slice(index + 1, index + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return 'the path contains a malformed percent escape';
    const code = Number.parseInt(hex, 16);
    if (REFUSED_ESCAPES.has(code)) {
      return 'percent-encoded dots, slashes, backslashes, semicolons and percent signs are not allowed';
    }
    if (code < 0x20 || code === 0x7f) return 'percent-encoded control characters are not allowed';
    bytes.push(code);
    index += 2;
  }
  return new Uint8Array(bytes);
}

/** Why a single raw segment is refused, or `undefined` when it is safe. */
function segmentProblem(segment: string): string | undefined {
  if (DOTS_ONLY.test(segment)) return 'dot segments (. .. ...) are not allowed';
  if (segment.includes(';')) return 'path parameters (;) are not allowed';
  if (!SEGMENT_CHARS.test(segment)) {
    return 'the path contains a character that must be percent-encoded (such as \\ @ : or a space)';
  }
  const bytes = segmentBytes(segment);
  if (typeof bytes === 'string') return bytes;
  let decoded: string;
  try {
    decoded = STRICT_UTF8.decode(bytes);
  } catch {
    // Overlong forms such as %c0%ae are a `.` to a lenient decoder downstream.
    return 'the path is not valid UTF-8 (overlong encodings such as %c0%ae are refused)';
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(decoded)) {
    return 'percent-encoded control characters are not allowed';
  }
  // Compatibility forms (fullwidth ．／＼, the two-dot leader ‥) become . / \ when a server
  // normalises Unicode; `..%20` loses its space on Windows file systems.
  const folded = decoded.normalize('NFKC');
  if (DOTS_ONLY.test(decoded) || DOTS_ONLY.test(folded) || /[/\\%;?#]/.test(folded)) {
    return 'the path contains characters that stand for a dot segment or a separator';
  }
  return undefined;
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

  if (path === mount) {
    // Only the AI SDK's chat endpoint is the mount itself (`POST <mount>` → `POST <upstream>`).
    const methods = allowedMethods(rules.api, [], rules.agentId);
    return methods
      ? { kind: 'api', path: '', search, methods }
      : notAllowed(rules.api, `Nothing to forward at ${mount}.`);
  }
  const rest = path.slice(mount.length + 1);
  if (rest === 'config') return { kind: 'config' };
  if (rest === '') return notAllowed(rules.api, `Nothing to forward at ${mount}/.`);
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
  const methods = allowedMethods(rules.api, meaningful, rules.agentId);
  if (!methods) return notAllowed(rules.api, `/${rest} is not forwarded.`);
  return { kind: 'api', path: rest, search, methods };
}

/** The upstream URL for an allowed API path: the configured base, joined with the path and query. */
export function joinUpstreamUrl(base: URL, path: string, search: string): URL {
  const basePath = base.pathname.replace(/\/+$/, '');
  // An empty path is the base itself: the AI SDK's chat endpoint is the configured URL.
  const url = new URL(`${base.origin}${basePath}${path ? `/${path}` : ''}${search}`);
  // Belt and braces: the guard already refused anything that could move the request elsewhere.
  const inside = path ? url.pathname.startsWith(`${basePath}/`) : url.pathname === (basePath || '/');
  if (url.origin !== base.origin || !inside) {
    throw new Error('The joined upstream URL left the configured base.');
  }
  return url;
}
