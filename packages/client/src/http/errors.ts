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

/** Map a non-2xx response to the {@link AgentChatError} a UI can act on. */
export function errorFromStatus(
  status: number,
  statusText: string,
  serverMessage: string | undefined,
  label: RequestLabel,
): AgentChatError {
  const said = serverMessage ? ` Server said: ${serverMessage}` : '';
  const where = describe(label);
  if (status === 401 || status === 403) {
    return new AgentChatError({
      kind: 'auth',
      status,
      serverMessage,
      message: `${where} was refused (${status}). Check the API key and the auth header style (x-api-key or bearer).${said}`,
    });
  }
  if (status === 404) {
    return new AgentChatError({
      kind: 'not-found',
      status,
      serverMessage,
      message: `${where} found nothing (404). Check the base URL and the ids.${said}`,
    });
  }
  if (status === 413) {
    return new AgentChatError({
      kind: 'limit',
      status,
      serverMessage,
      message: `${where} was too large for the server (413). Send smaller files or fewer at once.${said}`,
    });
  }
  const text = statusText ? ` ${statusText}` : '';
  return new AgentChatError({
    kind: 'http',
    status,
    serverMessage,
    message: `${where} failed with HTTP ${status}${text}.${said}`,
  });
}

/** Map a rejected `fetch` to a `network` error, or `aborted` when the caller's signal fired. */
export function errorFromFetchFailure(
  cause: unknown,
  signal: AbortSignal | undefined,
  label: RequestLabel,
): AgentChatError {
  if (signal?.aborted || (cause instanceof Error && cause.name === 'AbortError')) {
    return new AgentChatError({ kind: 'aborted', message: `${describe(label)} was aborted.`, cause });
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AgentChatError({
    kind: 'network',
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
