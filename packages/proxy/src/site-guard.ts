/** What the site guard needs from the configuration. */
export interface SiteRules {
  /** Origins besides the proxy's own whose pages may use it. */
  allowedOrigins: readonly string[];
  /** Host names accepted besides localhost and IP addresses (a leading `.` covers subdomains). */
  allowedHosts: readonly string[];
}

/** Whether a request comes from a page (or client) that may use the proxy. */
export type SiteDecision =
  /** Let through; `corsOrigin` is set for an allow-listed other origin, whose page needs CORS headers. */
  | { kind: 'allowed'; corsOrigin: string | undefined }
  /** Refused with 403; `detail` says what to configure if the request was meant to work. */
  | { kind: 'refused'; error: string; detail: string };

// Methods a cross-site page cannot use to change anything or spend much (no body reaches the upstream).
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The host name of a `Host` header value, lower case, without port or trailing dot. */
function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  const name = lower.startsWith('[') ? lower.slice(0, lower.indexOf(']') + 1) : lower.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/** `host[:port]` without a default port, so `Host: x.example:443` matches `https://x.example`. */
function comparableHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/:(80|443)$/, '');
}

/**
 * Whether a `Host` header names this server: localhost (and `*.localhost`), any IP address, or
 * an allowed host. DNS rebinding points an attacker's own name at the server, so the name is
 * what gives it away; an IP address cannot be rebound.
 */
export function hostAllowed(host: string, allowedHosts: readonly string[]): boolean {
  const name = hostName(host);
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (IPV4.test(name) || (name.startsWith('[') && name.endsWith(']'))) return true;
  return allowedHosts.some((entry) => {
    const allowed = entry.replace(/\.$/, '');
    return allowed.startsWith('.') ? name === allowed.slice(1) || name.endsWith(allowed) : name === allowed;
  });
}

function refused(error: string, detail: string): SiteDecision {
  return { kind: 'refused', error, detail };
}

/**
 * Check `Host`, `Origin` and `Sec-Fetch-Site`: only pages of the proxy's own origin (the host
 * the request came to) or of an allowed origin may use it. Browsers send `Origin` on every
 * cross-origin request and every POST, and `Sec-Fetch-Site` on every request; a request with
 * neither comes from a non-browser client and may only read.
 */
export function checkSite(request: Request, rules: SiteRules): SiteDecision {
  const method = request.method.toUpperCase();
  const host = request.headers.get('host') ?? new URL(request.url).host;
  if (!hostAllowed(host, rules.allowedHosts)) {
    return refused(
      'Host not allowed',
      `Requests for host "${hostName(host).slice(0, 100)}" are refused (DNS rebinding protection). If this server is reached under that name, add it to AGENT_CHAT_ALLOWED_HOSTS.`,
    );
  }

  const origin = request.headers.get('origin');
  let pageOrigin: string | undefined;
  let crossOrigin: string | undefined;
  if (origin !== null) {
    let parsed: URL | undefined;
    try {
      parsed = origin === 'null' ? undefined : new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed) {
      return refused(
        'Origin not allowed',
        'Pages without an origin (sandboxed frames, file: pages, data: URLs) may not use this proxy.',
      );
    }
    pageOrigin = parsed.origin;
    if (comparableHost(parsed.host) !== comparableHost(host)) {
      if (!rules.allowedOrigins.includes(parsed.origin)) {
        return refused(
          'Origin not allowed',
          `Pages of ${parsed.origin} may not use this proxy. If they should, add that origin to AGENT_CHAT_ALLOWED_ORIGINS.`,
        );
      }
      crossOrigin = parsed.origin;
    }
  }

  const site = request.headers.get('sec-fetch-site')?.trim().toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    // `same-site`, `cross-site` (or a value from the future): the browser says another page sent
    // this, so it must name itself and be on the list, whatever the Host looks like.
    if (pageOrigin === undefined || !rules.allowedOrigins.includes(pageOrigin)) {
      return refused(
        'Cross-site request refused',
        'Another site’s page sent this request. Only pages of this server’s own origin or of AGENT_CHAT_ALLOWED_ORIGINS may use the proxy.',
      );
    }
    crossOrigin = pageOrigin;
  }

  if (origin === null && site === undefined && !SAFE_METHODS.has(method)) {
    return refused(
      'Origin required',
      `${method} requests need an Origin header naming this server or an allowed origin (browsers send it themselves; other clients must add it).`,
    );
  }
  return { kind: 'allowed', corsOrigin: crossOrigin };
}
