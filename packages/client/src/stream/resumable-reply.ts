import type { UIMessageChunk } from 'ai';
import type { ReplyStream } from '../backend.ts';
import { AgentChatError, isAgentChatError } from '../errors.ts';
import { ChunkNormalizer } from './chunk-normalizer.ts';
import { CONNECTION_DROPPED_MESSAGE } from './read-reply-stream.ts';

/** Options of {@link resumableReply}. */
export interface ResumableReplyOptions {
  /** Continue the reply after `resumeToken`; null when nothing can be resumed. Unset: no resume. */
  resume?: (resumeToken: string) => Promise<ReplyStream | null>;
  /** Resume attempts in a row that may fail before the reply errors. Default 3. */
  maxAttempts?: number;
  /** Milliseconds to wait before attempt `attempt` (0-based). Default 100, 200, 400, … */
  retryDelay?: (attempt: number) => number;
  /** Stops the reply: the current stream is cancelled and the output errors with kind `aborted`. */
  signal?: AbortSignal;
  /**
   * The reply goes on in a message an earlier request started (after tool answers): parts and
   * tool calls it did not open here are the earlier request's, passed on for the SDK to join.
   */
  continuation?: boolean;
}

const DEFAULT_ATTEMPTS = 3;
const defaultDelay = (attempt: number) => 100 * 2 ** attempt;

function abortedError(cause?: unknown): AgentChatError {
  return new AgentChatError({ kind: 'aborted', message: 'The reply was stopped before it finished.', cause });
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * One continuous chunk stream over a reply that may be cut and resumed.
 *
 * When the current stream errors with kind `interrupted` and a resume token is known, the reply is
 * continued from that token (a few attempts with a short backoff) and its chunks are piped on into
 * the same output: the consumer sees no seam. A resumed stream starts with its own `start` and
 * re-opens the part that was cut; both are dropped here so that nothing is doubled. When resuming
 * is impossible or keeps failing, the output errors with `interrupted` after everything received.
 */
export function resumableReply(
  first: ReplyStream,
  options: ResumableReplyOptions = {},
): ReadableStream<UIMessageChunk> {
  const { resume, signal } = options;
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  const retryDelay = options.retryDelay ?? defaultDelay;
  let current = first;
  let reader = first.stream.getReader();
  let token = first.resumeToken();
  let failures = 0;
  let resumed = false;
  let settled = false;
  const pending: UIMessageChunk[] = [];
  const normalizer = new ChunkNormalizer({
    emit: (chunk) => pending.push(chunk),
    continuation: options.continuation ?? false,
  });

  const onAbort = () => {
    reader.cancel(signal?.reason).catch(() => {});
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const settle = () => {
    settled = true;
    signal?.removeEventListener('abort', onAbort);
  };

  /** A resumed reply, or the error the output should end with. */
  const resumeAfter = async (error: unknown): Promise<ReplyStream | AgentChatError> => {
    // A backend's own stream may fail with a raw network error: that is an interruption too.
    const interruption = isAgentChatError(error)
      ? error
      : new AgentChatError({ kind: 'interrupted', message: CONNECTION_DROPPED_MESSAGE, cause: error });
    if (interruption.kind !== 'interrupted') return interruption;
    if (resume === undefined || token === undefined || maxAttempts <= 0) return interruption;
    let lastError: unknown = interruption;
    while (failures < maxAttempts) {
      try {
        await sleep(retryDelay(failures), signal);
      } catch (aborted) {
        return aborted as AgentChatError;
      }
      failures++;
      // The consumer may have cancelled while we waited.
      if (settled) return interruption;
      try {
        const next = await resume(token);
        if (next === null) {
          return new AgentChatError({
            kind: 'interrupted',
            message:
              'The connection dropped and the server no longer has this reply. What arrived is kept; retry.',
            cause: interruption,
          });
        }
        return next;
      } catch (resumeError) {
        if (signal?.aborted) return abortedError(resumeError);
        lastError = resumeError;
      }
    }
    return new AgentChatError({
      kind: 'interrupted',
      message: `The connection dropped and resuming failed ${maxAttempts} times. What arrived is kept; retry.`,
      cause: lastError,
    });
  };

  return new ReadableStream<UIMessageChunk>(
    {
      async pull(controller) {
        while (!settled) {
          let result: ReadableStreamReadResult<UIMessageChunk>;
          try {
            result = await reader.read();
          } catch (error) {
            token = current.resumeToken() ?? token;
            if (signal?.aborted) {
              settle();
              controller.error(
                isAgentChatError(error) && error.kind === 'aborted' ? error : abortedError(error),
              );
              return;
            }
            const next = await resumeAfter(error);
            if (settled) {
              if (!(next instanceof AgentChatError)) await next.stream.cancel().catch(() => {});
              return;
            }
            if (next instanceof AgentChatError) {
              settle();
              controller.error(next);
              return;
            }
            current = next;
            reader = next.stream.getReader();
            resumed = true;
            continue;
          }
          if (result.done) {
            settle();
            if (signal?.aborted) controller.error(abortedError(signal.reason));
            else controller.close();
            return;
          }
          token = current.resumeToken() ?? token;
          const chunk = result.value;
          if (resumed) {
            failures = 0;
            // The resumed stream's own start (received or synthesised) would restart the message.
            if (chunk.type === 'start' && normalizer.started) continue;
          }
          normalizer.push(chunk);
          if (pending.length === 0) continue;
          for (const out of pending) controller.enqueue(out);
          pending.length = 0;
          return;
        }
      },
      cancel(reason) {
        settle();
        return reader.cancel(reason).catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );
}
