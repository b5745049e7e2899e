/** Body of every error the proxy itself answers with. */
export interface ProxyErrorBody {
  /** Short summary, e.g. `Upstream unreachable`. */
  error: string;
  /** What happened and what to do, free of secrets. */
  detail: string;
}

/** A JSON response that no cache keeps. */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
  });
}

/** An error answered by the proxy itself (`{error, detail}`). */
export function errorResponse(
  status: number,
  error: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const body: ProxyErrorBody = { error, detail };
  return jsonResponse(body, status, headers);
}
