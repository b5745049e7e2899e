/** What went wrong, in terms a UI can act on. */
export type AgentChatErrorKind =
  | 'network'
  | 'http'
  | 'auth'
  | 'not-found'
  | 'protocol'
  | 'aborted'
  | 'interrupted'
  | 'timeout'
  | 'limit'
  | 'unsupported';

/** The HTTP call an error came from: `POST` and the path under the base URL. */
export interface AgentChatErrorRequest {
  method: string;
  path: string;
}

/** Fields of an {@link AgentChatError}. */
export interface AgentChatErrorInit {
  kind: AgentChatErrorKind;
  message: string;
  /** HTTP status, for `http`, `auth`, `not-found` and server-side `limit` errors. */
  status?: number;
  /** The server's own message or body text, kept verbatim (truncated). */
  serverMessage?: string;
  /** How long the server asked to wait before trying again (`Retry-After` on a 429 or 503). */
  retryAfterMs?: number;
  /** The size limit that was exceeded, in bytes, when the kit or the server named it. */
  limitBytes?: number;
  /** The call that failed, for HTTP and network errors. */
  request?: AgentChatErrorRequest;
  cause?: unknown;
}

/** The one error type the kit throws; `kind` says what happened, `message` what to do. */
export class AgentChatError extends Error {
  readonly kind: AgentChatErrorKind;
  readonly status: number | undefined;
  readonly serverMessage: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly limitBytes: number | undefined;
  readonly request: AgentChatErrorRequest | undefined;

  constructor(init: AgentChatErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = 'AgentChatError';
    this.kind = init.kind;
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.retryAfterMs = init.retryAfterMs;
    this.limitBytes = init.limitBytes;
    this.request = init.request;
  }

  /** True when trying again may help (network faults, timeouts, 5xx, 429). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'interrupted' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 429);
  }
}

/** Narrow an unknown error to an {@link AgentChatError}. */
export function isAgentChatError(error: unknown): error is AgentChatError {
  return error instanceof AgentChatError;
}
