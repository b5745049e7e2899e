import type { ForwardedMethod } from './api-routes.ts';

// Long enough to spare a preflight per message, short enough that a changed allow-list takes effect.
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** The same response with the headers that let an allowed other origin's page read it. */
export function withCorsHeaders(response: Response, origin: string): Response {
  // A copy: responses from fetch (or an `authenticate` hook) may have immutable headers.
  const copy = new Response(response.body, response);
  copy.headers.set('access-control-allow-origin', origin);
  copy.headers.append('vary', 'Origin');
  return copy;
}

/** The answer to a CORS preflight from an allowed origin for a path that allows `methods`. */
export function preflightResponse(
  request: Request,
  origin: string,
  methods: readonly ForwardedMethod[],
): Response {
  const headers = new Headers({
    'access-control-allow-origin': origin,
    'access-control-allow-methods': methods.join(', '),
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  });
  // Any header the page wants to send may be sent: the proxy drops the dangerous ones itself.
  const requested = request.headers.get('access-control-request-headers');
  if (requested) headers.set('access-control-allow-headers', requested);
  return new Response(null, { status: 204, headers });
}
