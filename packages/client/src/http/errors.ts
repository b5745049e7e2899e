import { AgentChatError } from '../errors.ts';

/** Longest server message kept on an error, in characters. */
export const SERVER_MESSAGE_LIMIT = 500;

/** Cut `text` to `limit` characters, marking the cut. */
export function truncate(text: string, limit = SERVER_MESSAGE_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Replace every occurrence of `secret` in `text` so that an echoed API key never reaches a message. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join('[redacted]');
}

/**
 * The server's own words from an error body: the `detail`, `error` or `message` field of a JSON
 * body (FastAPI validation lists included), or the body text itself. Undefined for an empty body.
 */
export function readServerMessage(bodyText: string): string | undefined {
  const trimmed = bodyText.trim();
  if (trimmed === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const found = pickMessage(parsed);
    if (found !== undefined) return truncate(found);
  } catch {
    // Not JSON: the text itself is the message.
  }
  return truncate(trimmed);
}

function pickMessage(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const parts = value.map(pickMessage).filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ['detail', 'error', 'message', 'msg'] as const) {
    const found = pickMessage(record[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What the request was, for messages: `GET /v1/conversations`. */
export interface RequestLabel {
  method: string;
  path: string;
}

function describe(label: RequestLabel): string {
  return `${label.method} ${label.path}`;
}

const UNITS: Record<string, number> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1024,
  kib: 1024,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};
const SIZE = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(bytes?|b|[kmg]i?b)\b`;
// A size right after words that name a limit: "at most 25 MB", "limited to 10MB", "max: 1048576 bytes".
const LIMIT_SIZE = new RegExp(
  String.raw`(?:at most|limit(?:ed)?(?:\s+(?:is|of|to))?|max(?:imum)?(?:\s+(?:is|of|size))?|up to|exceeds?(?:\s+the)?(?:\s+limit)?(?:\s+of)?)\s*:?\s*${SIZE}`,
  'i',
);

/**
 * The size limit a 413 message names, in bytes: "at most 25 MB (26214400 bytes)" (the proxy),
 * "files are limited to 25 MB" (the mock), "max 1048576 bytes". MB are taken as 1024² bytes, as
 * the proxy and the kit count them. Undefined when no limit is named.
 */
export function limitFromMessage(message: string | undefined): number | undefined {
  if (message === undefined) return undefined;
  const match = LIMIT_SIZE.exec(message);
  if (!match) return undefined;
  // "25 MB (26214400 bytes)": the exact byte count that follows wins over the rounded one.
  const exact = /^\s*\((\d[\d,]*)\s*bytes?\)/i.exec(message.slice(match.index + match[0].length));
  if (exact?.[1] !== undefined) return Number(exact[1].replaceAll(',', ''));
  const value = Number((match[1] ?? '').replaceAll(',', ''));
  const unit = UNITS[(match[2] ?? '').toLowerCase()];
  if (!Number.isFinite(value) || unit === undefined) return undefined;
  return Math.round(value * unit);
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP-date (RFC 9110 §10.2.3), never negative.
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** What a response says beyond its status, for {@link errorFromStatus}. */
export interface ResponseFacts {
  /** From `Retry-After`, kept for 429 and 503. */
  retryAfterMs?: number;
}

/** Map a non-2xx response to the {@link AgentChatError} a UI can act on. */
export function errorFromStatus(
  status: number,
  statusText: string,
  serverMessage: string | undefined,
  label: RequestLabel,
  facts: ResponseFacts = {},
): AgentChatError {
  const said = serverMessage ? ` Server said: ${serverMessage}` : '';
  const where = describe(label);
  const request = { method: label.method, path: label.path };
  if (status === 401 || status === 403) {
    return new AgentChatError({
      kind: 'auth',
      status,
      serverMessage,
      request,
      message: `${where} was refused (${status}). Check the API key and the auth header style (x-api-key or bearer).${said}`,
    });
  }
  if (status === 404) {
    return new AgentChatError({
      kind: 'not-found',
      status,
      serverMessage,
      request,
      message: `${where} found nothing (404). Check the base URL and the ids.${said}`,
    });
  }
  if (status === 413) {
    return new AgentChatError({
      kind: 'limit',
      status,
      serverMessage,
      request,
      limitBytes: limitFromMessage(serverMessage),
      message: `${where} was too large for the server (413). Send smaller files or fewer at once.${said}`,
    });
  }
  const text = statusText ? ` ${statusText}` : '';
  const retryAfterMs = status === 429 || status === 503 ? facts.retryAfterMs : undefined;
  return new AgentChatError({
    kind: status === 408 || status === 504 ? 'timeout' : 'http',
    status,
    serverMessage,
    request,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    message: `${where} failed with HTTP ${status}${text}.${said}`,
  });
}

function isTimeout(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'TimeoutError';
}

/**
 * Map a rejected `fetch` to a `network` error, `timeout` when a timeout signal fired
 * (`AbortSignal.timeout`), or `aborted` when the caller's signal fired.
 */
export function errorFromFetchFailure(
  cause: unknown,
  signal: AbortSignal | undefined,
  label: RequestLabel,
): AgentChatError {
  const request = { method: label.method, path: label.path };
  if (isTimeout(cause) || (signal?.aborted && isTimeout(signal.reason))) {
    return new AgentChatError({
      kind: 'timeout',
      message: `${describe(label)} took too long and was given up.`,
      request,
      cause,
    });
  }
  if (signal?.aborted || (cause instanceof Error && cause.name === 'AbortError')) {
    return new AgentChatError({
      kind: 'aborted',
      message: `${describe(label)} was aborted.`,
      request,
      cause,
    });
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AgentChatError({
    kind: 'network',
    request,
    message: `${describe(label)} could not reach the server (${reason}). Check the base URL and the connection.`,
    cause,
  });
}

/** A body that should have been JSON and was not. */
export function protocolError(label: RequestLabel, detail: string, bodyText?: string): AgentChatError {
  return new AgentChatError({
    kind: 'protocol',
    message: `${describe(label)} returned ${detail}; expected JSON from the platform.`,
    serverMessage: bodyText === undefined ? undefined : truncate(bodyText),
  });
}

/** A method the backend does not offer; UIs should have read `capabilities` first. */
export function unsupported(what: string, backend: string): AgentChatError {
  return new AgentChatError({ kind: 'unsupported', message: `${backend} does not support ${what}.` });
}
