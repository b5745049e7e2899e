import {
  convertToModelMessages,
  type ModelMessage,
  safeValidateUIMessages,
  stepCountIs,
  streamText,
  toUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
} from 'ai';
import { Hono } from 'hono';
import { aiSdkCommand, scenarioModel } from './ai-sdk-model.ts';
import { aiSdkToolApproval, aiSdkTools } from './ai-sdk-tools.ts';
import { jsonBody, problem, runResponse } from './http.ts';
import { longReplyChunks } from './long-reply.ts';
import { pacedStream } from './paced-stream.ts';
import { ReplyRun } from './reply-run.ts';
import { type MockStore, newId } from './store.ts';

/** The triggers `DefaultChatTransport` sends. */
const triggers = ['submit-message', 'regenerate-message'] as const;

/**
 * Appends the `data-suggestions` part before `finish` when the reply ended normally (not on a
 * tool call waiting for the user, not after an error).
 */
function withSuggestions(suggestions: string[]): TransformStream<UIMessageChunk, UIMessageChunk> {
  let failed = false;
  return new TransformStream({
    transform(chunk, controller) {
      if (chunk.type === 'error') failed = true;
      if (chunk.type === 'finish' && chunk.finishReason === 'stop' && !failed && suggestions.length > 0) {
        controller.enqueue({ type: 'data-suggestions', data: { suggestions } });
      }
      controller.enqueue(chunk);
    },
  });
}

const userText = (message: UIMessage) =>
  message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');

/** A reply of `streamText` over the scenario model, with the platform's tools. */
function reply(input: {
  messages: UIMessage[];
  modelMessages: ModelMessage[];
  version: number;
  tokenDelayMs: number;
  suggestions: string[];
  signal: AbortSignal;
}): ReadableStream<UIMessageChunk> {
  const result = streamText({
    model: scenarioModel({ tokenDelayMs: input.tokenDelayMs, version: input.version }),
    messages: input.modelMessages,
    tools: aiSdkTools,
    toolApproval: aiSdkToolApproval,
    stopWhen: stepCountIs(5),
    abortSignal: input.signal,
    // The error reaches the client as an `error` chunk; the default handler would also log it.
    onError: () => {},
  });
  return toUIMessageStream({
    stream: result.stream,
    tools: aiSdkTools,
    sendReasoning: true,
    // A continuation (after an approval or a browser tool's output) goes on in the same message.
    originalMessages: input.messages,
    generateMessageId: () => newId('msg'),
    onError: (error) => (error instanceof Error ? error.message : String(error)),
  }).pipeThrough(withSuggestions(input.suggestions));
}

/**
 * Any AI SDK server: `POST /chat` with the body of `DefaultChatTransport`, answered by
 * `streamText` over a scenario model; `GET /chat/:id/stream` replays the running reply from its
 * start and follows it (the AI SDK's resumable-stream convention), or answers 204.
 */
export function aiSdkRoutes(store: MockStore): Hono {
  const app = new Hono();

  app.post('/chat', async (c) => {
    const body = await jsonBody(c);
    if (!body) {
      return problem(
        c,
        400,
        'Send a JSON object like DefaultChatTransport does: {"id", "messages", "trigger"}.',
      );
    }
    if (typeof body.id !== 'string' || !body.id)
      return problem(c, 400, 'id: the chat id (a non-empty string) is required.');
    const chat = store.aiSdkChat(body.id);
    chat.lastRequest = body;
    const trigger = body.trigger ?? 'submit-message';
    if (!(triggers as readonly unknown[]).includes(trigger)) {
      return problem(c, 400, `trigger: "${String(trigger)}" is not one of ${triggers.join(', ')}.`);
    }
    const validated = await safeValidateUIMessages({ messages: body.messages, tools: aiSdkTools });
    if (!validated.success) {
      return problem(c, 400, `messages: not valid AI SDK UI messages (${validated.error.message}).`);
    }
    const lastUserIndex = validated.data.findLastIndex((message) => message.role === 'user');
    const lastUser = validated.data[lastUserIndex];
    if (!lastUser) return problem(c, 400, 'messages: the history needs at least one user message to answer.');
    // A regeneration answers the last user message afresh: an answer still sent along after it
    // (the AI SDK's Chat leaves it out, other clients may not) is not continued.
    const messages =
      trigger === 'regenerate-message' ? validated.data.slice(0, lastUserIndex + 1) : validated.data;

    const text = userText(lastUser);
    const command = aiSdkCommand(text);
    if (command.kind === 'http-error') return problem(c, 500, command.detail);

    // Each answer to a user message is a version; a regeneration is the next one. A continuation
    // (the last message is the assistant's, after an approval or a tool output) keeps its version.
    const key = lastUser.id || text;
    const previous = chat.versions.get(key);
    const continuing = messages.at(-1)?.role === 'assistant';
    const version = trigger === 'regenerate-message' ? (previous ?? 1) + 1 : continuing ? (previous ?? 1) : 1;
    chat.versions.set(key, version);

    const modelMessages = await convertToModelMessages(messages, { tools: aiSdkTools });
    chat.run?.stop();
    const long = command.long;
    const run = new ReplyRun(
      (signal) =>
        long
          ? pacedStream(longReplyChunks(long.size, newId('msg')), {
              delayMs: long.delayMs,
              signal,
            }).pipeThrough(withSuggestions(command.suggestions))
          : reply({
              messages,
              modelMessages,
              version,
              tokenDelayMs: store.scenarioOptions.tokenDelayMs,
              suggestions: command.suggestions,
              signal,
            }),
      store.disconnectGraceMs,
      (_message, ended) => {
        if (chat.run === ended) chat.run = undefined;
      },
    );
    chat.run = run;
    return runResponse(run, 'ui-message', {
      ...(command.cutAfter === undefined ? {} : { cutAfter: command.cutAfter }),
      stopOnCancel: true,
    });
  });

  app.get('/chat/:id/stream', (c) => {
    const run = store.aiSdkChats.get(c.req.param('id'))?.run;
    if (run?.state !== 'running') return c.body(null, 204);
    return runResponse(run, 'ui-message', { stopOnCancel: true });
  });

  app.get('/debug/requests/:id', (c) => {
    const chat = store.aiSdkChats.get(c.req.param('id'));
    if (!chat?.lastRequest)
      return problem(c, 404, `No request for chat ${c.req.param('id')} was received yet.`);
    return c.json(chat.lastRequest);
  });

  return app;
}
