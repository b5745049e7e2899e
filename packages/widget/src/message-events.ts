import type { Backend, OutgoingMessage, ReplyStream } from '@agent-chat/client';
import { readUIMessageStream, type UIMessage, type UIMessageChunk } from 'ai';

/** A message the widget reports: the AI SDK UI message plus the conversation it belongs to. */
export type WidgetMessage = UIMessage & { conversationId: string };

let userMessageCount = 0;

function userMessage(conversationId: string, message: OutgoingMessage): WidgetMessage {
  userMessageCount += 1;
  return {
    id: `widget-user-${Date.now().toString(36)}-${userMessageCount}`,
    role: 'user',
    parts: [
      ...(message.text ? [{ type: 'text' as const, text: message.text }] : []),
      ...(message.files ?? []).map((file) => ({
        type: 'file' as const,
        mediaType: file.mediaType,
        filename: file.name,
        url: file.url ?? '',
      })),
    ],
    conversationId,
  };
}

/** Reports the assembled message once `chunks` ends; a reply that broke or was stopped is not reported. */
async function reportWhenDone(
  conversationId: string,
  chunks: ReadableStream<UIMessageChunk>,
  report: (message: WidgetMessage) => void,
): Promise<void> {
  let last: UIMessage | undefined;
  try {
    for await (const snapshot of readUIMessageStream({ stream: chunks, terminateOnError: true }))
      last = snapshot;
  } catch {
    return;
  }
  if (last) report({ ...last, conversationId });
}

/**
 * The reply as the kit reads it, with a copy of each chunk for the report. Not `tee()`: a tee'd
 * source is only cancelled once both branches are, so Stop would no longer end the request.
 */
function observed(conversationId: string, reply: ReplyStream, report: (message: WidgetMessage) => void) {
  const reader = reply.stream.getReader();
  let copy!: ReadableStreamDefaultController<UIMessageChunk>;
  const copies = new ReadableStream<UIMessageChunk>({
    start(controller) {
      copy = controller;
    },
  });
  const stream = new ReadableStream<UIMessageChunk>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          copy.close();
          return;
        }
        controller.enqueue(value);
        copy.enqueue(value);
      } catch (error) {
        controller.error(error);
        copy.error(error);
      }
    },
    cancel(reason) {
      copy.error(reason);
      return reader.cancel(reason);
    },
  });
  void reportWhenDone(conversationId, copies, report);
  // Keep the adapter's live `resumeToken` getter rather than copying its current value.
  return { stream, resumeToken: () => reply.resumeToken() } satisfies ReplyStream;
}

/**
 * The same backend, reporting each message as it completes: the user's turn when it is sent and
 * the assistant's reply once it has streamed to its end (so a host page can react to both).
 */
export function withMessageEvents(backend: Backend, report: (message: WidgetMessage) => void): Backend {
  const { streamReply, sendMessages, resumeReply, chat } = backend;
  const overrides: Partial<Backend> = {
    async streamReply(id, message, options) {
      const reply = await streamReply.call(backend, id, message, options);
      report(userMessage(id, message));
      return observed(id, reply, report);
    },
    async chat(id, message, options) {
      const reply = await chat.call(backend, id, message, options);
      report(userMessage(id, message));
      report({ ...reply, conversationId: id });
      return reply;
    },
  };
  if (sendMessages) {
    overrides.sendMessages = async (id, request, options) => {
      const reply = await sendMessages.call(backend, id, request, options);
      const last = request.messages.at(-1);
      if (request.trigger === 'submit-message' && last?.role === 'user')
        report({ ...last, conversationId: id });
      return observed(id, reply, report);
    };
  }
  if (resumeReply) {
    overrides.resumeReply = async (id, options) => {
      const reply = await resumeReply.call(backend, id, options);
      return reply ? observed(id, reply, report) : reply;
    };
  }
  // Delegating through the prototype keeps every facet (and any getter) of the adapter as it is.
  return Object.assign(Object.create(backend) as Backend, overrides);
}
