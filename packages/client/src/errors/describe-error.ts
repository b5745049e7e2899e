import { AgentChatError } from '../errors.ts';

/** What kind of failure a person is looking at; each has its own advice. */
export type ErrorDescriptionKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'too-large'
  | 'rate-limited'
  | 'server'
  | 'offline'
  | 'timeout'
  | 'interrupted'
  | 'protocol'
  | 'unknown';

/** An error explained for people: what to do (`title`) and what happened (`detail`). */
export interface ErrorDescription {
  kind: ErrorDescriptionKind;
  /** One sentence a person can act on. */
  title: string;
  /** The technical detail: method, URL path, status, the server's own message. */
  detail: string;
  /** True when trying the same thing again may work. */
  retryable: boolean;
  /** How long the server asked to wait before trying again. */
  retryAfterMs?: number;
  /** The size limit that was exceeded, in bytes, when known. */
  limitBytes?: number;
}

/**
 * The sentences {@link describeError} uses. Replace any of them (all, to localise): functions get
 * raw numbers so that a translation formats them its own way.
 */
export interface ErrorMessages {
  /** 401: the key or the sign-in is missing or wrong. */
  auth: string;
  /** 403: signed in, but not allowed. */
  forbidden: string;
  /** 404: the conversation, file or endpoint is gone. */
  notFound: string;
  /** 413 or a file over the kit's limit; `limitBytes` when the server or the kit named it. */
  tooLarge: (limitBytes: number | undefined) => string;
  /** 429; `retryAfterSeconds` from `Retry-After`. */
  rateLimited: (retryAfterSeconds: number | undefined) => string;
  /** 5xx; `retryAfterSeconds` from `Retry-After` on a 503. */
  server: (retryAfterSeconds: number | undefined) => string;
  /** A network error while the device is offline. */
  offline: string;
  /** A network error while online: the server could not be reached. */
  unreachable: string;
  /** The request or the gateway gave up waiting (408, 504, a timeout signal). */
  timeout: string;
  /** The reply stream stopped before its end. */
  interrupted: string;
  /** The caller stopped the request or the reply. */
  stopped: string;
  /** The server's answer could not be read. */
  protocol: string;
  /** A 4xx other than the above: the server refused the request as sent. */
  rejected: (status: number) => string;
  /** The backend has no such feature. */
  unsupported: string;
  /** Anything else. */
  unknown: string;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The English sentences; the default of {@link describeError}. */
export const defaultErrorMessages: ErrorMessages = {
  auth: 'You are not signed in, or the API key is wrong. Check the key and try again.',
  forbidden: 'You do not have access to this. Ask an administrator to grant it.',
  notFound: 'This no longer exists: it may have been deleted. Reload the list and pick another.',
  tooLarge: (limitBytes) =>
    limitBytes === undefined
      ? 'That is too large to send. Send smaller files, or fewer at once.'
      : `That is too large to send: the limit is ${formatSize(limitBytes)}. Send smaller files, or fewer at once.`,
  rateLimited: (seconds) =>
    seconds === undefined
      ? 'The server is busy right now. Wait a moment, then try again.'
      : `The server is busy right now. Try again in ${formatWait(seconds)}.`,
  server: (seconds) =>
    seconds === undefined
      ? 'The server ran into a problem. Try again; if it keeps happening, contact its administrator.'
      : `The server is unavailable for now. Try again in ${formatWait(seconds)}.`,
  offline: 'You are offline. Check your connection; then try again.',
  unreachable:
    'The server could not be reached. Check your connection and the server address, then try again.',
  timeout: 'The server took too long to answer. Try again.',
  interrupted:
    'The connection dropped before the reply finished. What arrived is kept; try again to continue.',
  stopped: 'The reply was stopped. Send again to get a new one.',
  protocol: 'The server answered in a way this app cannot read. Check that it points at the right server.',
  rejected: (status) =>
    `The server refused the request (${status}). Check what was sent, or update the app, then try again.`,
  unsupported: 'This server does not offer that feature.',
  unknown: 'Something went wrong. Try again.',
};

/** Whether the runtime says the device is offline; false where there is no `navigator` (Node). */
function isOffline(): boolean {
  const nav = (globalThis as { navigator?: { onLine?: unknown } }).navigator;
  return nav !== undefined && nav.onLine === false;
}

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

function detailOf(error: AgentChatError): string {
  const pieces: string[] = [];
  if (error.request) pieces.push(`${error.request.method} ${error.request.path}`);
  if (error.status !== undefined) pieces.push(`HTTP ${error.status}`);
  if (error.serverMessage) pieces.push(`Server said: ${error.serverMessage}`);
  if (pieces.length === 0 || error.status === undefined) pieces.push(error.message);
  return pieces.join(' · ');
}

/**
 * Explain any error the kit (or `fetch`, or the AI SDK) may raise, for a person: a sentence to act
 * on, the technical detail beside it, whether retrying may help and after how long. Pure apart
 * from reading `navigator.onLine`; the sentences come from `messages` (English by default).
 * @example const { title, detail, retryable } = describeError(chat.error);
 */
export function describeError(error: unknown, messages: Partial<ErrorMessages> = {}): ErrorDescription {
  const text: ErrorMessages = { ...defaultErrorMessages, ...messages };
  if (!(error instanceof AgentChatError)) return describeForeign(error, text);
  const detail = detailOf(error);
  const seconds = error.retryAfterMs === undefined ? undefined : Math.ceil(error.retryAfterMs / 1000);
  const wait = error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs };
  const { status } = error;
  switch (error.kind) {
    case 'auth':
      return status === 403
        ? { kind: 'forbidden', title: text.forbidden, detail, retryable: false }
        : { kind: 'auth', title: text.auth, detail, retryable: false };
    case 'not-found':
      return { kind: 'not-found', title: text.notFound, detail, retryable: false };
    case 'limit':
      return {
        kind: 'too-large',
        title: text.tooLarge(error.limitBytes),
        detail,
        retryable: false,
        ...(error.limitBytes === undefined ? {} : { limitBytes: error.limitBytes }),
      };
    case 'timeout':
      return { kind: 'timeout', title: text.timeout, detail, retryable: true };
    case 'network':
      return isOffline()
        ? { kind: 'offline', title: text.offline, detail, retryable: true }
        : { kind: 'server', title: text.unreachable, detail, retryable: true };
    case 'interrupted':
      return { kind: 'interrupted', title: text.interrupted, detail, retryable: true };
    case 'aborted':
      return { kind: 'interrupted', title: text.stopped, detail, retryable: true };
    case 'protocol':
      return { kind: 'protocol', title: text.protocol, detail, retryable: false };
    case 'unsupported':
      return { kind: 'unknown', title: text.unsupported, detail, retryable: false };
    case 'http':
      if (status === 429) {
        return { kind: 'rate-limited', title: text.rateLimited(seconds), detail, retryable: true, ...wait };
      }
      if (status !== undefined && status >= 500) {
        return { kind: 'server', title: text.server(seconds), detail, retryable: true, ...wait };
      }
      if (status !== undefined && status >= 400) {
        return { kind: 'unknown', title: text.rejected(status), detail, retryable: false };
      }
      return { kind: 'unknown', title: text.unknown, detail, retryable: error.retryable };
  }
}

/** Errors that did not pass through the kit's request layer: raw `fetch` failures, the SDK's own. */
function describeForeign(error: unknown, text: ErrorMessages): ErrorDescription {
  const detail =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : String(error);
  const name = nameOf(error);
  if (name === 'TimeoutError') return { kind: 'timeout', title: text.timeout, detail, retryable: true };
  if (name === 'AbortError') return { kind: 'interrupted', title: text.stopped, detail, retryable: true };
  // `fetch` rejects with a TypeError when the network fails (browsers, undici).
  if (error instanceof TypeError && /fetch|network|connect|socket/i.test(error.message)) {
    return isOffline()
      ? { kind: 'offline', title: text.offline, detail, retryable: true }
      : { kind: 'server', title: text.unreachable, detail, retryable: true };
  }
  return { kind: 'unknown', title: text.unknown, detail, retryable: false };
}
