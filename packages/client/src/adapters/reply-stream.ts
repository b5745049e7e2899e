import type { BackendOptions, ReplyStream } from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import { readReplyStream } from '../stream/read-reply-stream.ts';

/** The frame formats the stream reader understands. */
export type ReplyFormat = 'ui-message' | 'noxus-envelope' | 'simple-text' | 'auto';

/**
 * Turn a streaming response into a {@link ReplyStream}. `startToken` is where a resume began: it
 * stays the resume point until the stream reports a newer one, so a second drop resumes correctly.
 * `continuation` says the body picks up after that token (not a replay from the reply's start),
 * so parts it did not open may end in it.
 */
export function replyStreamFrom(
  response: Response,
  format: ReplyFormat,
  options: Pick<BackendOptions, 'onWarning'>,
  signal: AbortSignal | undefined,
  startToken?: string,
  continuation = startToken !== undefined,
): ReplyStream {
  if (!response.body) {
    throw new AgentChatError({
      kind: 'protocol',
      message: `The reply stream had no body (HTTP ${response.status}); expected Server-Sent Events.`,
    });
  }
  const reply = readReplyStream(response.body, {
    format,
    continuation,
    ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
    ...(signal === undefined ? {} : { signal }),
  });
  if (startToken === undefined) return reply;
  return { stream: reply.stream, resumeToken: () => reply.resumeToken() ?? startToken };
}
