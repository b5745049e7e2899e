import type { ChatTransport, FileUIPart, UIMessage, UIMessageChunk } from 'ai';
import type { Backend, MessageOptions, OutgoingFile, OutgoingMessage, ReplyStream } from './backend.ts';
import { AgentChatError } from './errors.ts';
import { fileRefOf } from './http/uploaded-files.ts';

/** Request metadata key naming the message an edit replaces (set by the conversation controller). */
export const EDIT_OF = 'agentChatEditOf';

/** Request metadata key: the thread shown is not the one the server holds (a branch was switched). */
export const BRANCHED = 'agentChatBranched';

import { resumableReply } from './stream/resumable-reply.ts';

/** Options of {@link createChatTransport}; functions are read at send time, never frozen. */
export interface ChatTransportOptions {
  /** The conversation replies go to, or a function that finds (or creates) it when a message is sent. */
  conversationId: string | (() => string | Promise<string>);
  /** Options of the next message (model, tool, …); merged under `body.messageOptions` of a request. */
  messageOptions?: () => MessageOptions | undefined;
  /** Resume attempts in a row after a dropped connection before the reply errors. Default 3. */
  maxResumeAttempts?: number;
  /** Milliseconds to wait before resume attempt `attempt` (0-based). Default 100, 200, 400. */
  resumeDelay?: (attempt: number) => number;
  /** Called once a reply's request has been handed to the backend, before its response comes. */
  onRequest?: () => void;
}

/**
 * An AI SDK `ChatTransport` over a {@link Backend}: `useChat` sends through the backend's
 * `streamReply`, and a reply whose connection drops is resumed transparently where the backend
 * can (`backend.resumeReply`), so the hook sees one continuous stream.
 */
export function createChatTransport(
  backend: Backend,
  options: ChatTransportOptions,
): ChatTransport<UIMessage> {
  const conversationId = async () =>
    typeof options.conversationId === 'function' ? await options.conversationId() : options.conversationId;

  const { resumeReply } = backend;
  const continuous = (
    id: string,
    reply: ReplyStream,
    signal: AbortSignal | undefined,
    continuation = false,
  ) =>
    resumableReply(reply, {
      continuation,
      resume: resumeReply
        ? (resumeToken) => resumeReply.call(backend, id, { resumeToken, signal })
        : undefined,
      maxAttempts: options.maxResumeAttempts,
      retryDelay: options.resumeDelay,
      signal,
    });

  return {
    // Reconnecting asks for the running reply from its start, so the SDK must reset what it had.
    resumeStreamIsReplay: true,

    async sendMessages({
      messages,
      abortSignal,
      body,
      trigger,
      messageId,
      metadata,
    }): Promise<ReadableStream<UIMessageChunk>> {
      // An edit is sent as a new turn in place of the message it replaces (the controller's tree
      // keeps the old version as a branch), so the platform hears which one that is.
      const replaces =
        isRecord(metadata) && typeof metadata[EDIT_OF] === 'string' ? metadata[EDIT_OF] : undefined;
      if (backend.sendMessages) {
        // The platform takes the whole branch, as the SDK sends it (edits, tool answers included).
        const id = await conversationId();
        const extra = { ...(isRecord(body) ? body : {}) };
        const defaults = options.messageOptions?.();
        if (defaults !== undefined) extra.messageOptions = mergeOptions(defaults, body);
        const request = backend.sendMessages(
          id,
          { messages, trigger, messageId: messageId ?? replaces, body: extra },
          { signal: abortSignal },
        );
        options.onRequest?.();
        const reply = await request;
        // After tool answers the reply goes on in the last assistant message (as in the SDK's Chat).
        const continues = trigger === 'submit-message' && messages.at(-1)?.role === 'assistant';
        return continuous(id, reply, abortSignal, continues);
      }
      const last = messages.findLast((message) => message.role === 'user');
      if (last === undefined) {
        throw new AgentChatError({
          kind: 'unsupported',
          message: 'There is no user message to send. Type a message first.',
        });
      }
      const id = await conversationId();
      // The message this turn follows, where the platform can replace what came after it: only
      // an edit, a regenerate, or a send after switching branches needs it (an ordinary turn
      // follows whatever the server holds, even a reply it did not keep after a stop).
      const lastIndex = messages.lastIndexOf(last);
      const branches = trigger === 'regenerate-message' || replaces !== undefined || branched(metadata);
      const parentMessageId = backend.replacesHistory && branches ? messages[lastIndex - 1]?.id : undefined;
      const outgoing = await toOutgoingMessage(
        last,
        mergeOptions(options.messageOptions?.(), body),
        abortSignal,
      );
      const request = backend.streamReply(id, outgoing, { signal: abortSignal, parentMessageId });
      options.onRequest?.();
      return continuous(id, await request, abortSignal);
    },

    async reconnectToStream({ abortSignal }): Promise<ReadableStream<UIMessageChunk> | null> {
      if (!resumeReply) return null;
      const id = await conversationId();
      const reply = await resumeReply.call(backend, id, { signal: abortSignal });
      return reply === null ? null : continuous(id, reply, abortSignal);
    },
  };
}

function branched(metadata: unknown): boolean {
  return isRecord(metadata) && metadata[BRANCHED] === true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Per-request `body.messageOptions` win over the transport's `messageOptions()`. */
function mergeOptions(
  defaults: MessageOptions | undefined,
  body: object | undefined,
): MessageOptions | undefined {
  const fromBody =
    isRecord(body) && isRecord(body.messageOptions) ? (body.messageOptions as MessageOptions) : undefined;
  if (defaults === undefined && fromBody === undefined) return undefined;
  return { ...defaults, ...fromBody };
}

/** The user turn the backend sends: text parts joined, file parts read into bytes. */
export async function toOutgoingMessage(
  message: UIMessage,
  options?: MessageOptions,
  signal?: AbortSignal,
): Promise<OutgoingMessage> {
  const texts: string[] = [];
  const fileParts: FileUIPart[] = [];
  for (const part of message.parts) {
    if (part.type === 'text') texts.push(part.text);
    else if (part.type === 'file') fileParts.push(part);
  }
  const outgoing: OutgoingMessage = { text: texts.join('\n\n') };
  if (fileParts.length > 0) {
    outgoing.files = await Promise.all(fileParts.map((part, index) => toOutgoingFile(part, index, signal)));
  }
  if (options !== undefined) outgoing.options = options;
  return outgoing;
}

async function toOutgoingFile(part: FileUIPart, index: number, signal?: AbortSignal): Promise<OutgoingFile> {
  const name = part.filename ?? `attachment-${index + 1}`;
  // Already in the conversation's file space (uploaded when attached): no bytes to send again.
  const fileRef = fileRefOf(part);
  if (fileRef !== undefined) return { name, mediaType: part.mediaType, fileRef };
  const remote = /^https?:/i.test(part.url);
  try {
    const response = await fetch(part.url, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data = new Blob([await response.arrayBuffer()], { type: part.mediaType });
    return { name, mediaType: part.mediaType, data };
  } catch (cause) {
    if (signal?.aborted) {
      throw new AgentChatError({ kind: 'aborted', message: 'Sending was stopped.', cause });
    }
    // A URL the browser may not read (CORS) can still be fetched by the platform itself.
    if (remote) return { name, mediaType: part.mediaType, url: part.url };
    throw new AgentChatError({
      kind: 'protocol',
      message: `The attachment "${name}" could not be read. Remove it and attach it again.`,
      cause,
    });
  }
}
