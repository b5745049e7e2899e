import {
  AbstractChat,
  type ChatInit,
  type ChatState,
  type ChatStatus,
  DefaultChatTransport,
  lastAssistantMessageIsCompleteWithApprovalResponses,
  lastAssistantMessageIsCompleteWithToolCalls,
  parseJsonEventStream,
  readUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
  uiMessageChunkSchema,
} from 'ai';
import { describe, expect, it } from 'vitest';
import { weatherFor } from './ai-sdk-tools.ts';
import { aiSdkHelpText, createMockServer, type MockServer, mockMounts } from './index.ts';
import { defaultReply, longMarkdown } from './markdown-text.ts';

const base = 'http://mock.test';
const api = `${base}${mockMounts['ai-sdk']}`;

/** The AI SDK's chat state in plain memory, as `@ai-sdk/react` keeps it in React state. */
class MemoryChatState implements ChatState<UIMessage> {
  status: ChatStatus = 'ready';
  error: Error | undefined = undefined;
  messages: UIMessage[] = [];
  pushMessage = (message: UIMessage) => {
    this.messages = [...this.messages, message];
  };
  popMessage = () => {
    this.messages = this.messages.slice(0, -1);
  };
  replaceMessage = (index: number, message: UIMessage) => {
    this.messages = this.messages.map((current, at) => (at === index ? message : current));
  };
  snapshot = <T>(value: T): T => structuredClone(value);
}

/** The AI SDK's own `Chat` logic (what `useChat` runs) over `DefaultChatTransport` and the mock. */
class TestChat extends AbstractChat<UIMessage> {
  constructor(
    server: MockServer,
    init: Omit<ChatInit<UIMessage>, 'transport' | 'messages'> & {
      headers?: Record<string, string>;
      body?: object;
    } = {},
  ) {
    const { headers, body, ...rest } = init;
    super({
      ...rest,
      state: new MemoryChatState(),
      transport: new DefaultChatTransport({
        api,
        ...(headers ? { headers } : {}),
        ...(body ? { body } : {}),
        fetch: (input, requestInit) => server.fetch(new Request(input, requestInit)),
      }),
    });
  }
}

const textOf = (message: UIMessage | undefined) =>
  (message?.parts ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');

const userMessage = (text: string, id = 'user-1'): UIMessage => ({
  id,
  role: 'user',
  parts: [{ type: 'text', text }],
});

function post(server: MockServer, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return server.fetch(
    new Request(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** The chunks of a UI message stream, read with the `ai` package's own parser. */
function chunksOf(response: Response): ReadableStream<UIMessageChunk> {
  return parseJsonEventStream({
    stream: response.body as ReadableStream<Uint8Array>,
    schema: uiMessageChunkSchema,
  }).pipeThrough(
    new TransformStream({
      transform(result, controller) {
        if (!result.success) throw result.error;
        controller.enqueue(result.value);
      },
    }),
  );
}

async function readAll(
  response: Response,
): Promise<{ chunks: UIMessageChunk[]; message: UIMessage | undefined }> {
  const chunks: UIMessageChunk[] = [];
  const [forList, forMessage] = chunksOf(response).tee();
  let message: UIMessage | undefined;
  await Promise.all([
    (async () => {
      for await (const chunk of forList) chunks.push(chunk);
    })(),
    (async () => {
      for await (const next of readUIMessageStream({ stream: forMessage })) message = next;
    })(),
  ]);
  return { chunks, message };
}

describe('AI SDK platform: replies', () => {
  it('answers a plain message with markdown in small deltas and follow-up suggestions', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const response = await post(server, {
      id: 'chat-1',
      trigger: 'submit-message',
      messages: [userMessage('Hello')],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const raw = await response.clone().text();
    expect(raw.trimEnd().endsWith('data: [DONE]')).toBe(true);
    const { chunks, message } = await readAll(response);
    expect(textOf(message)).toBe(defaultReply);
    const deltas = chunks.filter((chunk) => chunk.type === 'text-delta');
    expect(deltas.length).toBeGreaterThan(100);
    expect(chunks.at(-2)).toEqual({
      type: 'data-suggestions',
      data: { suggestions: ['/weather Lisbon', 'Delete the file notes.txt', '/pick-date'] },
    });
    expect(chunks.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
  });

  it('plays a round trip through the AI SDK Chat: reasoning, then text', async () => {
    const chat = new TestChat(createMockServer({ tokenDelayMs: 0 }));
    await chat.sendMessage({ text: '/reasoning' });
    const reply = chat.lastMessage;
    expect(chat.status).toBe('ready');
    expect(reply?.role).toBe('assistant');
    expect(reply?.parts.find((part) => part.type === 'reasoning')).toMatchObject({
      text: 'The user wants a short answer. I will check the facts first, then reply briefly.',
    });
    expect(textOf(reply)).toBe('After thinking it over: **42** is the answer.');
  });

  it('runs a server tool with a custom UI, then writes a summary in a second step', async () => {
    const chat = new TestChat(createMockServer({ tokenDelayMs: 0 }));
    await chat.sendMessage({ text: '/weather Paris' });
    const reply = chat.lastMessage;
    const weather = reply?.parts.find((part) => part.type === 'tool-getWeather');
    expect(weather).toMatchObject({
      state: 'output-available',
      input: { city: 'Paris' },
      output: weatherFor('Paris'),
    });
    const { temperatureC, condition } = weatherFor('Paris');
    expect(textOf(reply)).toBe(`It is **${temperatureC} °C** and ${condition} in Paris.`);
    expect(reply?.parts.filter((part) => part.type === 'step-start')).toHaveLength(2);
    expect(reply?.parts.at(-1)).toMatchObject({ type: 'data-suggestions' });
  });

  it('streams /long N as N characters of markdown, then suggestions', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const { chunks, message } = await readAll(
      await post(server, { id: 'l', messages: [userMessage('/long 4000')] }),
    );
    expect(textOf(message)).toBe(longMarkdown(4000));
    expect(chunks.filter((chunk) => chunk.type === 'text-delta')).toHaveLength(1000);
    expect(chunks.at(-2)).toMatchObject({ type: 'data-suggestions' });
  });

  it('takes attachments sent inline as data URLs, as the kit sends them', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const withFile: UIMessage = {
      id: 'user-file',
      role: 'user',
      parts: [
        { type: 'text', text: 'What is in this file?' },
        {
          type: 'file',
          mediaType: 'text/plain',
          filename: 'notes.txt',
          url: 'data:text/plain;base64,aGkgdGhlcmU=',
        },
      ],
    };
    const response = await post(server, { id: 'files', messages: [withFile] });
    expect(response.status).toBe(200);
    expect(textOf((await readAll(response)).message)).toBe(defaultReply);
  });

  it('ends /error with an error chunk and no suggestions', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const { chunks } = await readAll(await post(server, { id: 'e', messages: [userMessage('/error')] }));
    expect(chunks).toContainEqual({ type: 'error', errorText: 'The model provider failed (mock).' });
    expect(chunks.some((chunk) => chunk.type === 'data-suggestions')).toBe(false);
  });

  it('fails /500 before any stream, and the Chat reports it', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const response = await post(server, { id: 'f', messages: [userMessage('/500')] });
    expect(response.status).toBe(500);
    expect((await response.json()).detail).toMatch(/mock \/500/);
    const chat = new TestChat(server);
    await chat.sendMessage({ text: '/500' });
    expect(chat.status).toBe('error');
  });

  it('refuses bodies that are not what DefaultChatTransport sends, saying what is wrong', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const detail = async (body: unknown) => {
      const response = await post(server, body);
      expect(response.status).toBe(400);
      return (await response.json()).detail as string;
    };
    expect(await detail({ messages: [userMessage('hi')] })).toMatch(/^id:/);
    expect(await detail({ id: 'x', messages: 'hi' })).toMatch(/^messages:/);
    expect(await detail({ id: 'x', trigger: 'send', messages: [userMessage('hi')] })).toMatch(/^trigger:/);
    expect(
      await detail({
        id: 'x',
        messages: [{ id: 'a', role: 'assistant', parts: [{ type: 'text', text: 'hi' }] }],
      }),
    ).toMatch(/user message/);
  });
});

describe('AI SDK platform: tools that wait for the user', () => {
  it('asks for approval, then deletes the file once approved and says so', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const chat = new TestChat(server, {
      id: 'approve',
      sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
    });
    await chat.sendMessage({ text: 'Please delete the file report.pdf' });
    const asked = chat.lastMessage?.parts.find((part) => part.type === 'tool-deleteFile');
    expect(asked).toMatchObject({ state: 'approval-requested', input: { path: 'report.pdf' } });
    const approvalId = (asked as { approval: { id: string } }).approval.id;

    await chat.addToolApprovalResponse({ id: approvalId, approved: true });
    await expect.poll(() => textOf(chat.lastMessage)).toBe('Done: I deleted `report.pdf`.');
    await expect.poll(() => chat.status).toBe('ready');
    // The continuation went on in the same assistant message.
    expect(chat.messages).toHaveLength(2);
    expect(chat.lastMessage?.parts.find((part) => part.type === 'tool-deleteFile')).toMatchObject({
      state: 'output-available',
      output: { path: 'report.pdf', deleted: true },
    });
    const heard = server.lastAiSdkRequest('approve') as { messages: UIMessage[] };
    expect(heard.messages.at(-1)?.parts.find((part) => part.type === 'tool-deleteFile')).toMatchObject({
      state: 'approval-responded',
      approval: { id: approvalId, approved: true },
    });
  });

  it('answers a denial without running the tool', async () => {
    const chat = new TestChat(createMockServer({ tokenDelayMs: 0 }), {
      sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
    });
    await chat.sendMessage({ text: '/approve notes.txt' });
    const asked = chat.lastMessage?.parts.find((part) => part.type === 'tool-deleteFile') as {
      approval: { id: string };
    };
    await chat.addToolApprovalResponse({ id: asked.approval.id, approved: false, reason: 'Keep it.' });
    await expect
      .poll(() => textOf(chat.lastMessage))
      .toBe('Understood, I did not delete `notes.txt`; it is still there.');
    expect(chat.lastMessage?.parts.find((part) => part.type === 'tool-deleteFile')).toMatchObject({
      state: 'output-denied',
    });
  });

  it('hands a client tool to the browser and answers with the output it sends back', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const chat: TestChat = new TestChat(server, {
      id: 'date',
      sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithToolCalls,
      onToolCall: ({ toolCall }) => {
        if (toolCall.toolName === 'askForDate') {
          void chat.addToolOutput({
            tool: 'askForDate',
            toolCallId: toolCall.toolCallId,
            output: { date: '2026-12-24' },
          });
        }
      },
    });
    await chat.sendMessage({ text: '/pick-date' });
    await expect.poll(() => textOf(chat.lastMessage)).toBe('Thanks, I booked it for **2026-12-24**.');
    await expect.poll(() => chat.status).toBe('ready');
    expect(chat.lastMessage?.parts.find((part) => part.type === 'tool-askForDate')).toMatchObject({
      state: 'output-available',
      input: { question: 'Which date suits you?' },
      output: { date: '2026-12-24' },
    });
    const heard = server.lastAiSdkRequest('date') as { trigger: string; messages: UIMessage[] };
    expect(heard.trigger).toBe('submit-message');
    expect(heard.messages.at(-1)?.role).toBe('assistant');
  });
});

describe('AI SDK platform: regenerate, resume, records and keys', () => {
  it('regenerates the answer to the last user message as a new version', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const chat = new TestChat(server, { id: 'again' });
    await chat.sendMessage({ text: '/reasoning' });
    expect(textOf(chat.lastMessage)).toBe('After thinking it over: **42** is the answer.');
    await chat.regenerate();
    expect(chat.messages).toHaveLength(2);
    expect(textOf(chat.lastMessage)).toBe('After thinking it over: **42** is the answer.\n\n*(version 2)*');
    await chat.regenerate();
    expect(textOf(chat.lastMessage)).toMatch(/\(version 3\)\*$/);
    expect(server.lastAiSdkRequest('again')).toMatchObject({ id: 'again', trigger: 'regenerate-message' });
  });

  it('replays the running reply from its start over GET …/:id/stream, then answers 204', async () => {
    const server = createMockServer({ tokenDelayMs: 5 });
    const response = await post(server, {
      id: 'resume',
      trigger: 'submit-message',
      messages: [userMessage('Tell me')],
    });
    const reader = chunksOf(response).getReader();
    const seen: UIMessageChunk[] = [];
    while (seen.filter((chunk) => chunk.type === 'text-delta').length < 3) {
      const { value } = await reader.read();
      if (value) seen.push(value);
    }
    const resumed = await server.fetch(new Request(`${api}/resume/stream`));
    expect(resumed.status).toBe(200);
    const [replay] = await Promise.all([
      readAll(resumed),
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          seen.push(value);
        }
      })(),
    ]);
    expect(replay.chunks).toEqual(seen);
    expect(textOf(replay.message)).toBe(defaultReply);
    expect((await server.fetch(new Request(`${api}/resume/stream`))).status).toBe(204);
    expect((await server.fetch(new Request(`${api}/never-seen/stream`))).status).toBe(204);
  }, 20_000);

  it('lets the AI SDK transport resume a /cut reply to the full text', async () => {
    // Slow enough that the reply is still running when the Chat comes back for it.
    const server = createMockServer({ tokenDelayMs: 5 });
    const chat = new TestChat(server, { id: 'cut' });
    await chat.sendMessage({ text: '/cut' });
    expect(chat.status).toBe('error');
    await chat.resumeStream();
    await expect.poll(() => chat.status).toBe('ready');
    expect(textOf(chat.lastMessage)).toBe(defaultReply);
  }, 20_000);

  it('records the last request body of each chat, extra fields included', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const chat = new TestChat(server, { id: 'heard', body: { model: 'mock-large', temperature: 0.2 } });
    await chat.sendMessage({ text: 'Hi there' });
    const response = await server.fetch(new Request(`${base}/ai-sdk/debug/requests/heard`));
    const body = await response.json();
    expect(body).toMatchObject({
      id: 'heard',
      trigger: 'submit-message',
      model: 'mock-large',
      temperature: 0.2,
    });
    expect(body.messages).toHaveLength(1);
    expect(server.lastAiSdkRequest('heard')).toEqual(body);
    expect((await server.fetch(new Request(`${base}/ai-sdk/debug/requests/nobody`))).status).toBe(404);
  });

  it('requires the API key as a bearer token when one is set', async () => {
    const server = createMockServer({ tokenDelayMs: 0, apiKey: 'sekret' });
    const body = { id: 'k', messages: [userMessage('hi')] };
    expect((await post(server, body)).status).toBe(401);
    expect((await post(server, body, { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await server.fetch(new Request(`${api}/k/stream`))).status).toBe(401);
    const chat = new TestChat(server, { headers: { authorization: 'Bearer sekret' } });
    await chat.sendMessage({ text: 'hi' });
    expect(textOf(chat.lastMessage)).toBe(defaultReply);
  });
});

describe('AI SDK platform: other scenarios', () => {
  it('lists its scenarios on /help', async () => {
    const chat = new TestChat(createMockServer({ tokenDelayMs: 0 }));
    await chat.sendMessage({ text: '/help' });
    expect(textOf(chat.lastMessage)).toBe(aiSdkHelpText);
    for (const command of ['/weather', '/approve', '/pick-date', '/long', '/cut', '/slow']) {
      expect(aiSdkHelpText).toContain(command);
    }
  });

  it('sends the first token of /slow after its delay, then the reply', async () => {
    const chat = new TestChat(createMockServer({ tokenDelayMs: 0 }));
    const started = performance.now();
    await chat.sendMessage({ text: '/slow 50' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(textOf(chat.lastMessage)).toBe('Sorry for the wait: the first token took a while on purpose.');
  });
});

describe('AI SDK platform: regenerate from another client', () => {
  it('answers the last user message afresh even when the old answer is sent along', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    const first = await readAll(await post(server, { id: 'r', messages: [userMessage('/reasoning')] }));
    const old = first.message as UIMessage;
    const again = await readAll(
      await post(server, {
        id: 'r',
        trigger: 'regenerate-message',
        messageId: old.id,
        messages: [userMessage('/reasoning'), old],
      }),
    );
    expect(again.message?.id).not.toBe(old.id);
    expect(textOf(again.message)).toBe('After thinking it over: **42** is the answer.\n\n*(version 2)*');
  });
});
