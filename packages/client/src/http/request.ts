import type { AuthStyle, BackendOptions, Resolvable } from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import {
  errorFromFetchFailure,
  errorFromStatus,
  parseRetryAfter,
  protocolError,
  type RequestLabel,
  readServerMessage,
  redact,
} from './errors.ts';
import { type BodyProgress, canReportUploadProgress, xhrFetch } from './xhr-fetch.ts';

/** Query parameters; `undefined` and `null` values are left out. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** One HTTP call as an adapter describes it. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path under the base URL, starting with `/`; ids already encoded (see {@link pathOf}). */
  path: string;
  query?: QueryParams;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as is (e.g. `FormData`, which sets its own content type). */
  body?: BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The request layer every adapter shares: options resolved per call, auth, errors mapped once. */
export interface HttpClient {
  /** Perform the call; resolves to a 2xx response, rejects with an `AgentChatError` otherwise. */
  send(spec: RequestSpec): Promise<Response>;
  /** Perform the call and parse a JSON body; `undefined` for 204 or an empty body. */
  json(spec: RequestSpec): Promise<unknown>;
  /**
   * Like {@link HttpClient.json} for a request with a large body (an upload), reporting the body's
   * progress as it is sent. Progress needs `XMLHttpRequest` and the runtime's own network: where
   * the app supplied its own `fetch` (a proxy, an in-process mock) or there is no XHR (Node), the
   * call goes through `fetch` and `onBodyProgress` is never called. Same auth, same errors.
   */
  upload(spec: RequestSpec, onBodyProgress: (progress: BodyProgress) => void): Promise<unknown>;
}

async function resolve<T>(value: Resolvable<T>): Promise<T> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : value;
}

/** Build `path` from literal pieces and ids, percent-encoding each id. */
export function pathOf(strings: TemplateStringsArray, ...ids: Array<string | number>): string {
  let path = strings[0] ?? '';
  ids.forEach((id, index) => {
    path += encodeURIComponent(String(id)) + (strings[index + 1] ?? '');
  });
  return path;
}

/** Join a base URL (absolute or relative like `/api`) with a path and query string. */
export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const base = baseUrl.replace(/\/+$/, '');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.append(key, String(value));
  }
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

/** The header that carries `key` in the given style, or none without a key. */
export function authHeaders(style: AuthStyle, key: string | undefined): Record<string, string> {
  if (!key) return {};
  switch (style) {
    case 'x-api-key':
      return { 'X-API-Key': key };
    case 'bearer':
      return { Authorization: `Bearer ${key}` };
  }
}

/** Create the request layer for one adapter; `defaultAuth` applies when `options.auth` is unset. */
export function createHttpClient(options: BackendOptions, defaultAuth: AuthStyle): HttpClient {
  async function exchange(
    spec: RequestSpec,
    onBodyProgress?: (progress: BodyProgress) => void,
  ): Promise<{ response: Response; key: string | undefined }> {
    const label: RequestLabel = { method: spec.method, path: spec.path };
    const [baseUrl, key, extraHeaders] = await Promise.all([
      resolve(options.baseUrl),
      options.apiKey === undefined ? undefined : resolve(options.apiKey),
      options.headers === undefined ? undefined : resolve(options.headers),
    ]);
    const headers = new Headers(extraHeaders);
    for (const [name, value] of Object.entries(spec.headers ?? {})) headers.set(name, value);
    for (const [name, value] of Object.entries(authHeaders(options.auth ?? defaultAuth, key))) {
      headers.set(name, value);
    }
    let body = spec.body;
    if (spec.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(spec.json);
    }
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    // Called through a local so that a `fetch` taken off `window` is never invoked with a wrong `this`.
    const doFetch = options.fetch ?? globalThis.fetch;
    const url = buildUrl(baseUrl, spec.path, spec.query);
    const init = { method: spec.method, headers, body, signal: spec.signal };
    const withProgress =
      onBodyProgress !== undefined && options.fetch === undefined && canReportUploadProgress();
    let response: Response;
    try {
      // XHR resolves to a Response like fetch, so both go through the one error mapping below.
      response = withProgress ? await xhrFetch(url, init, onBodyProgress) : await doFetch(url, init);
    } catch (cause) {
      const error = errorFromFetchFailure(cause, spec.signal, label);
      throw key ? rewrap(error, key) : error;
    }
    if (response.ok) return { response, key };
    const text = await response.text().catch(() => '');
    const serverMessage = readServerMessage(redact(text, key));
    throw errorFromStatus(response.status, response.statusText, serverMessage, label, {
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    });
  }

  async function send(spec: RequestSpec): Promise<Response> {
    return (await exchange(spec)).response;
  }

  async function json(
    spec: RequestSpec,
    onBodyProgress?: (progress: BodyProgress) => void,
  ): Promise<unknown> {
    const { response, key } = await exchange(spec, onBodyProgress);
    if (response.status === 204) return undefined;
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw errorFromFetchFailure(cause, spec.signal, { method: spec.method, path: spec.path });
    }
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type';
      const label = { method: spec.method, path: spec.path };
      throw protocolError(label, `a body that is not JSON (${type})`, redact(text, key));
    }
  }

  return { send, json: (spec) => json(spec), upload: json };
}

function rewrap(error: AgentChatError, key: string): AgentChatError {
  const message = redact(error.message, key);
  if (message === error.message) return error;
  return new AgentChatError({ kind: error.kind, message, request: error.request, cause: error.cause });
}
