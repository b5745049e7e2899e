import type { AuthStyle } from './config.ts';

// RFC 9110 §7.6.1 hop-by-hop headers, plus the ones Node and proxies treat the same way.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'http2-settings',
]);

// Browser headers that carry credentials, identify the browser's origin, or describe a body
// the proxy re-sends itself. The upstream sees only the proxy and the proxy's key.
const DROPPED_REQUEST_HEADERS = new Set([
  'host',
  'authorization',
  'x-api-key',
  'cookie',
  'content-length',
  'accept-encoding',
  'origin',
  'referer',
  'forwarded',
  'x-real-ip',
  'x-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'expect',
  // Some servers and frameworks take the path or method from these instead of the request line,
  // which would route around the path guard and its per-path methods.
  'x-original-url',
  'x-rewrite-url',
  'x-original-method',
  'x-http-method-override',
  'x-http-method',
  'x-method-override',
  'x-host',
]);

// Response headers the proxy must not pass on: the body is re-streamed (so its length and
// encoding may change), and upstream cookies belong to another site.
const DROPPED_RESPONSE_HEADERS = new Set(['content-length', 'content-encoding', 'set-cookie', 'set-cookie2']);

function connectionListed(headers: Headers): Set<string> {
  const listed = headers.get('connection') ?? '';
  return new Set(
    listed
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** The headers to send upstream: the browser's, minus credentials and hop-by-hop, plus the key. */
export function upstreamRequestHeaders(
  incoming: Headers,
  auth: AuthStyle,
  apiKey: string | undefined,
): Headers {
  const listed = connectionListed(incoming);
  const out = new Headers();
  for (const [name, value] of incoming) {
    if (HOP_BY_HOP.has(name) || listed.has(name) || DROPPED_REQUEST_HEADERS.has(name)) continue;
    if (name.startsWith('proxy-') || name.startsWith('x-forwarded-') || name.startsWith('sec-')) continue;
    out.append(name, value);
  }
  // Identity keeps event streams flowing byte for byte instead of waiting on a compressor.
  out.set('accept-encoding', 'identity');
  if (apiKey) {
    switch (auth) {
      case 'x-api-key':
        out.set('x-api-key', apiKey);
        break;
      case 'bearer':
        out.set('authorization', `Bearer ${apiKey}`);
        break;
    }
  }
  return out;
}

/** The headers to send the browser: the upstream's, minus hop-by-hop, body framing and cookies. */
export function browserResponseHeaders(upstream: Headers, scrub: (text: string) => string): Headers {
  const listed = connectionListed(upstream);
  const out = new Headers();
  for (const [name, value] of upstream) {
    if (HOP_BY_HOP.has(name) || listed.has(name) || DROPPED_RESPONSE_HEADERS.has(name)) continue;
    if (name.startsWith('proxy-')) continue;
    out.append(name, scrub(value));
  }
  if (out.get('content-type')?.toLowerCase().startsWith('text/event-stream')) {
    // Stops intermediaries (nginx, CDNs, compression middleware) from buffering the stream.
    out.set('cache-control', 'no-cache, no-transform');
    out.set('x-accel-buffering', 'no');
  }
  return out;
}
