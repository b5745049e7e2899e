import type { ForwardedMethod } from './api-routes.ts';
import { BodyTooLargeError, declaredLength, limitBody, readBodyWithin } from './body-limit.ts';
import type { ProxyConfig } from './config.ts';
import { preflightResponse, withCorsHeaders } from './cors.ts';
import { createEmbeddedMock, EmbeddedMockLoadError, mockBaseUrl } from './embedded-mock.ts';
import { browserResponseHeaders, upstreamRequestHeaders } from './headers.ts';
import { endWhenIdle } from './idle-timeout.ts';
import { createKeyScrubStream, scrubText } from './key-scrubber.ts';
import { joinUpstreamUrl, routeRequestTarget } from './path-guard.ts';
import { RateLimiter } from './rate-limit.ts';
import { errorResponse, jsonResponse } from './responses.ts';
import { checkSite } from './site-guard.ts';

/** Extra facts a server adapter can pass along with the web `Request`. */
export interface ProxyRequestContext {
  /**
   * The request target exactly as it came off the wire (`/agent-chat/v1/…?…`). `Request.url` is
   * already normalised (dot segments resolved), which would hide a traversal attempt from the guard.
   */
  rawTarget?: string | undefined;
  /**
   * The client's address, for the per-client rate limit (the Node server passes the socket's).
   * Without it every client shares one bucket; behind a load balancer, pass the address it reports.
   */
  clientAddress?: string | undefined;
}

/** A fetch handler: mount it in any server that speaks web `Request`/`Response`. */
export type ProxyHandler = (request: Request, context?: ProxyRequestContext) => Promise<Response>;

/** What `GET <mount>/config` tells the browser (never the key). */
export interface ProxyPublicConfig {
  api: ProxyConfig['api'];
  agentId: string;
  /** Team for Chat API team chat, when one is configured (or the mock's). */
  teamId?: string;
  /** `mock` for the embedded mock server, otherwise the upstream's origin (no path). */
  upstream: string;
  auth: ProxyConfig['auth'];
  /** Base URL to give the browser's adapter: the proxy's mount. */
  baseUrl: string;
}

const FORWARDED_METHODS: readonly ForwardedMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** The public part of a configuration, as served at `<mount>/config`. */
export function publicConfig(config: ProxyConfig): ProxyPublicConfig {
  return {
    api: config.api,
    agentId: config.agentId,
    ...(config.teamId ? { teamId: config.teamId } : {}),
    upstream: config.upstream ? config.upstream.origin : 'mock',
    auth: config.auth,
    baseUrl: config.mount,
  };
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici reports `fetch failed` and keeps the reason (ECONNREFUSED, …) in `cause`.
  const cause = error.cause;
  if (cause instanceof Error && cause.message) return `${error.message}: ${cause.message}`;
  if (cause && typeof cause === 'object' && 'code' in cause) return `${error.message}: ${String(cause.code)}`;
  return error.message;
}

/** Create the proxy's fetch handler for a validated configuration. */
export function createProxyHandler(config: ProxyConfig): ProxyHandler {
  const scrub = (text: string) => scrubText(text, config.apiKey);
  const log = (level: 'info' | 'warn' | 'error', message: string) => config.log?.(level, scrub(message));
  let embedded: Promise<ProxyConfig['embedded'] & object> | undefined;
  const upstreamBase = config.upstream ?? mockBaseUrl(config.api);
  const upstreamName = config.upstream ? config.upstream.origin : 'the embedded mock server';

  const send = async (url: URL, init: RequestInit): Promise<Response> => {
    if (config.upstream) return fetch(url, init);
    embedded ??= config.embedded ? Promise.resolve(config.embedded) : createEmbeddedMock(config);
    const mock = await embedded.catch((error: unknown) => {
      embedded = undefined; // a later request may succeed once the package is built
      throw error;
    });
    return mock.fetch(new Request(url, init));
  };

  const limiter = config.rateLimitPerMinute ? new RateLimiter(config.rateLimitPerMinute) : undefined;

  /** Rate limit, then the end-user check: a refusal to send, or `undefined` to go on. */
  const admit = async (request: Request, context: ProxyRequestContext | undefined) => {
    const retryAfter = limiter?.take(context?.clientAddress ?? 'unknown') ?? 0;
    if (retryAfter > 0) {
      return errorResponse(
        429,
        'Too many requests',
        `This client may send ${config.rateLimitPerMinute} requests a minute through the proxy; try again in ${retryAfter} s.`,
        { 'retry-after': String(retryAfter) },
      );
    }
    if (!config.authenticate) return undefined;
    const verdict = await config.authenticate(request);
    if (verdict instanceof Response) return verdict;
    return verdict ? undefined : errorResponse(401, 'Not signed in', 'Sign in to use the chat.');
  };

  return async (request, context) => {
    const requestUrl = new URL(request.url);
    const target = context?.rawTarget ?? `${requestUrl.pathname}${requestUrl.search}`;
    const route = routeRequestTarget(target, config);
    const method = request.method.toUpperCase();
    switch (route.kind) {
      case 'outside':
        return errorResponse(404, 'Not found', `The proxy answers only under ${config.mount}/.`);
      case 'refused':
        log('warn', `refused ${method} ${target.slice(0, 200)}: ${route.detail}`);
        return errorResponse(route.status, route.error, route.detail);
      case 'config':
      case 'api':
        break;
    }
    const site = checkSite(request, config);
    if (site.kind === 'refused') {
      log('warn', `refused ${method} ${target.slice(0, 200)}: ${site.detail}`);
      return errorResponse(403, site.error, site.detail);
    }
    const cors = site.corsOrigin;
    const answer = (response: Response) => (cors ? withCorsHeaders(response, cors) : response);
    if (route.kind === 'config') {
      if (method !== 'GET' && method !== 'HEAD') {
        return answer(errorResponse(405, 'Method not allowed', 'Use GET.', { allow: 'GET, HEAD' }));
      }
      return answer(jsonResponse(publicConfig(config), 200));
    }
    if (method === 'OPTIONS' && cors && request.headers.has('access-control-request-method')) {
      return preflightResponse(request, cors, route.methods);
    }
    if (!route.methods.some((allowed) => allowed === method)) {
      return answer(methodNotAllowed(method, route.methods));
    }
    const refusal = await admit(request, context);
    if (refusal) return answer(refusal);
    return answer(await forward(request, method, route.path, route.search));
  };

  async function forward(request: Request, method: string, path: string, search: string): Promise<Response> {
    const length = declaredLength(request.headers);
    if (Number.isNaN(length))
      return errorResponse(400, 'Bad request', 'The content-length header is malformed.');
    if (length !== undefined && length > config.maxBodyBytes) return tooLarge(config.maxBodyBytes);
    const hasBody = method !== 'GET' && method !== 'HEAD' && request.body !== null;
    let counted: ReturnType<typeof limitBody> | undefined;
    let buffered: Uint8Array | undefined;
    if (hasBody && request.body) {
      if (length === undefined) {
        // No declared length: read it all first, so an oversized body never reaches the upstream.
        buffered = await readBodyWithin(request.body, config.maxBodyBytes);
        if (!buffered) return tooLarge(config.maxBodyBytes);
      } else {
        // A declared length within the limit streams through, still counted as it goes.
        counted = limitBody(request.body, config.maxBodyBytes);
      }
    }

    const url = joinUpstreamUrl(upstreamBase, path, search);
    const controller = new AbortController();
    const abortUpstream = () => controller.abort(request.signal.reason);
    if (request.signal.aborted) abortUpstream();
    else request.signal.addEventListener('abort', abortUpstream, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('upstream timeout'));
    }, config.timeoutMs);

    let upstream: Response;
    try {
      const headers = upstreamRequestHeaders(request.headers, config.auth, config.apiKey);
      // The body goes with an exact length: some upstreams refuse chunked uploads.
      if (counted && length !== undefined) headers.set('content-length', String(length));
      if (buffered) headers.set('content-length', String(buffered.byteLength));
      const body = counted ? { body: counted.stream, duplex: 'half' } : buffered ? { body: buffered } : {};
      upstream = await send(url, {
        method,
        headers,
        ...body,
        signal: controller.signal,
        // A redirect would carry the key to wherever the upstream points; the browser decides.
        redirect: 'manual',
      } as RequestInit);
    } catch (error) {
      request.signal.removeEventListener('abort', abortUpstream);
      if (counted?.exceeded() || error instanceof BodyTooLargeError) return tooLarge(config.maxBodyBytes);
      if (timedOut) {
        const detail = `${upstreamName} sent no response within ${config.timeoutMs / 1000} s.`;
        log('error', `${method} ${url.origin}${url.pathname}: timeout`);
        return errorResponse(504, 'Upstream timeout', detail);
      }
      if (request.signal.aborted)
        return errorResponse(499, 'Client closed request', 'The browser went away.');
      const detail = scrub(
        error instanceof EmbeddedMockLoadError
          ? error.message
          : `${upstreamName} could not be reached (${errorText(error)}).`,
      );
      log('error', `${method} ${url.origin}${url.pathname}: ${detail}`);
      return errorResponse(502, 'Upstream unreachable', detail);
    } finally {
      // The timeout covers the wait for headers only; after that, the idle timeout takes over.
      clearTimeout(timer);
    }
    if (counted?.exceeded()) {
      await upstream.body?.cancel().catch(() => undefined);
      return tooLarge(config.maxBodyBytes);
    }

    const headers = browserResponseHeaders(upstream.headers, scrub);
    let responseBody: ReadableStream<Uint8Array> | null = upstream.body;
    if (method === 'HEAD' || NULL_BODY_STATUSES.has(upstream.status)) {
      await upstream.body?.cancel().catch(() => undefined);
      responseBody = null;
    } else if (responseBody) {
      // A stream that goes silent is ended cleanly: the kit sees no final frame and resumes.
      responseBody = endWhenIdle(responseBody, config.idleTimeoutMs, () => {
        log('warn', `${method} ${url.origin}${url.pathname}: silent for ${config.idleTimeoutMs} ms, ended`);
        controller.abort(new Error('idle timeout'));
      });
      if (config.apiKey) responseBody = responseBody.pipeThrough(createKeyScrubStream(config.apiKey));
    }
    if (upstream.status >= 400)
      log('warn', `${method} ${url.origin}${url.pathname}: upstream ${upstream.status}`);
    return new Response(responseBody, {
      status: upstream.status,
      statusText: scrub(upstream.statusText),
      headers,
    });
  }
}

/** The 405 answer for a method the proxy does not forward on a path (by default, on any path). */
export function methodNotAllowed(method: string, allowed: readonly string[] = FORWARDED_METHODS): Response {
  return errorResponse(
    405,
    'Method not allowed',
    `${method} is not forwarded here; use ${allowed.join(' or ')}.`,
    {
      allow: allowed.join(', '),
    },
  );
}

function tooLarge(maxBytes: number): Response {
  const megabytes = Number((maxBytes / (1024 * 1024)).toFixed(maxBytes < 1024 * 1024 ? 3 : 1));
  return errorResponse(
    413,
    'Payload too large',
    `Requests through this proxy may carry at most ${megabytes} MB (${maxBytes} bytes); send a smaller message or attachment.`,
  );
}
