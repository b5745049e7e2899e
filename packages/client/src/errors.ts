/** What went wrong, in terms a UI can act on. */
export type AgentChatErrorKind =
  | 'network'
  | 'http'
  | 'auth'
  | 'not-found'
  | 'protocol'
  | 'aborted'
  | 'interrupted'
  | 'limit'
  | 'unsupported';

/** Fields of an {@link AgentChatError}. */
export interface AgentChatErrorInit {
  kind: AgentChatErrorKind;
  message: string;
  /** HTTP status, for `http`, `auth`, `not-found` and server-side `limit` errors. */
  status?: number;
  /** The server's own message or body text, kept verbatim (truncated). */
  serverMessage?: string;
  cause?: unknown;
}

/** The one error type the kit throws; `kind` says what happened, `message` what to do. */
export class AgentChatError extends Error {
  readonly kind: AgentChatErrorKind;
  readonly status: number | undefined;
  readonly serverMessage: string | undefined;

  constructor(init: AgentChatErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = 'AgentChatError';
    this.kind = init.kind;
    this.status = init.status;
    this.serverMessage = init.serverMessage;
  }

  /** True when trying again may help (network faults, 5xx, 429). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'interrupted') return true;
    return this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 429);
  }
}

/** Narrow an unknown error to an {@link AgentChatError}. */
export function isAgentChatError(error: unknown): error is AgentChatError {
  return error instanceof AgentChatError;
}
