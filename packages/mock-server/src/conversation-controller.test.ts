/**
 * The client's conversation controller (no React, no DOM) against this mock platform, through
 * the real adapters: it lives here because the client cannot depend on the mock server.
 */
import {
  type BackendKind,
  ConversationController,
  type ConversationControllerOptions,
  type ConversationSnapshot,
  createBackend,
  isAgentChatError,
  memoryConversationStore,
} from '@agent-chat/client';
import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { createMockServer, mockMounts } from './index.ts';

const textOf = (message: UIMessage | undefined) =>
  (message?.parts ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');
const last = (messages: readonly UIMessage[]) => messages[messages.length - 1];

type Intercept = (request: Request) => Response | undefined | Promise<Response | undefined>;

function setup(
  options: Partial<ConversationControllerOptions> & { platform?: BackendKind; intercept?: Intercept } = {},
) {
  const { platform = 'noxus-v1', intercept, ...rest } = options;
  const server = createMockServer({ tokenDelayMs: 0 });
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return (await intercept?.(request.clone())) ?? server.fetch(request);
  };
  const url = `http://mock${mockMounts[platform]}`;
  const backend =
    platform === 'ai-sdk'
      ? createBackend('ai-sdk', { api: url, fetch, store: memoryConversationStore() })
      : createBackend(platform, { baseUrl: url, agentId: 'mock-agent', fetch });
  const controller = new ConversationController({ backend, pacing: 'none', ...rest });
  return { controller, backend, server, requests };
}

/** Resolves with the first snapshot that satisfies `check`, now or after a later change. */
function until(
  controller: ConversationController,
  check: (snapshot: ConversationSnapshot) => boolean,
): Promise<ConversationSnapshot> {
  return new Promise((resolve) => {
    const test = () => {
      const snapshot = controller.getSnapshot();
      if (!check(snapshot)) return false;
      unsubscribe();
      resolve(snapshot);
      return true;
    };
    const unsubscribe = controller.subscribe(() => void test());
    test();
  });
}

describe('ConversationController', () => {
  it('creates the conversation on the first send, named after it, and streams the reply', async () => {
    const created: string[] = [];
    const { controller, backend } = setup({ onCreated: (conversation) => created.push(conversation.name) });
    expect(await controller.dispatch({ type: 'send', text: 'Plan a trip to Lisbon' })).toBe(true);
    const snapshot = controller.getSnapshot();
    expect(snapshot.status).toBe('ready');
    expect(created).toEqual(['Plan a trip to Lisbon']);
    expect(snapshot.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    const history = await backend.getHistory(snapshot.conversationId as string);
    expect(textOf(last(history))).toBe(textOf(last(snapshot.messages)));
  });

  it('keeps one snapshot object until something changes', async () => {
    const { controller } = setup();
    const first = controller.getSnapshot();
    expect(controller.getSnapshot()).toBe(first);
    await controller.dispatch({ type: 'set-message-options', options: { tool: 'web_research' } });
    expect(controller.getSnapshot()).not.toBe(first);
    expect(controller.getSnapshot().messageOptions).toEqual({ tool: 'web_research' });
  });

  it('stops a reply and keeps what arrived', async () => {
    const { controller } = setup();
    void controller.dispatch({ type: 'send', text: '/long 20000 400' });
    await until(controller, (snapshot) => textOf(last(snapshot.messages)).length > 20);
    await controller.dispatch({ type: 'stop' });
    const snapshot = await until(controller, (state) => state.status === 'ready');
    const kept = textOf(last(snapshot.messages)).length;
    expect(kept).toBeGreaterThan(20);
    expect(kept).toBeLessThan(20_000);
    // What arrived is finished: no end-of-text chunk will come, so it no longer shows as being written.
    const finished = await until(controller, (state) =>
      (last(state.messages)?.parts ?? []).every((part) => !('state' in part) || part.state !== 'streaming'),
    );
    expect(textOf(last(finished.messages)).length).toBe(kept);
  });

  it('leaves no empty reply behind when stopped before any of its content arrived', async () => {
    const { controller } = setup({
      platform: 'ai-sdk',
      // The reply starts (its message exists) and then nothing comes, until the request is aborted.
      intercept: (request) => {
        if (request.method !== 'POST') return undefined;
        const body = new ReadableStream<Uint8Array>({
          start(stream) {
            stream.enqueue(new TextEncoder().encode('data: {"type":"start","messageId":"reply-1"}\n\n'));
            request.signal.addEventListener('abort', () => stream.error(request.signal.reason), {
              once: true,
            });
          },
        });
        return new Response(body, {
          headers: { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' },
        });
      },
    });
    void controller.dispatch({ type: 'send', text: 'Hello' });
    await until(controller, (snapshot) => last(snapshot.messages)?.role === 'assistant');
    await controller.dispatch({ type: 'stop' });
    const snapshot = await until(
      controller,
      (state) => state.status === 'ready' && last(state.messages)?.role === 'user',
    );
    expect(snapshot.messages.map((message) => message.role)).toEqual(['user']);
    expect(controller.branches().map((entry) => entry.message.role)).toEqual(['user']);
  });

  it('gives the draft and files back when the send fails, and retry sends them again', async () => {
    const bodies: string[] = [];
    const { controller } = setup({
      intercept: async (request) => {
        if (!request.url.endsWith('/stream')) return undefined;
        bodies.push(((await request.json()) as { content: string }).content);
        return new Response(JSON.stringify({ detail: 'busy' }), { status: 503 });
      },
    });
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    expect(await controller.dispatch({ type: 'send', text: 'Summarise', files: [file] })).toBe(false);
    let snapshot = controller.getSnapshot();
    expect(snapshot.failedSend).toBe(true);
    expect(snapshot.draft).toEqual({ text: 'Summarise', files: [file] });
    expect(snapshot.messages).toHaveLength(0);
    expect(isAgentChatError(snapshot.error) && snapshot.error.status).toBe(503);

    await controller.dispatch({ type: 'take-draft' });
    expect(controller.getSnapshot().draft).toBeUndefined();
    expect(controller.getSnapshot().failedSend).toBe(true);
    expect(await controller.dispatch({ type: 'retry' })).toBe(false);
    snapshot = controller.getSnapshot();
    expect(bodies).toEqual(['Summarise', 'Summarise']);
    expect(snapshot.messages).toHaveLength(0);
    expect(snapshot.draft?.text).toBe('Summarise');

    // Retry with what the composer holds now sends that instead.
    await controller.dispatch({ type: 'retry', draft: { text: 'Summarise briefly', files: [] } });
    expect(bodies.at(-1)).toBe('Summarise briefly');
  });

  it('resumes a cut reply with no text lost or doubled', async () => {
    const { controller, backend } = setup();
    expect(await controller.dispatch({ type: 'send', text: '/cut' })).toBe(true);
    const snapshot = controller.getSnapshot();
    const history = await backend.getHistory(snapshot.conversationId as string);
    expect(textOf(last(snapshot.messages))).toBe(textOf(last(history)));
    expect(snapshot.messages).toHaveLength(2);
  });

  it('seeds history once, then continues live', async () => {
    const first = setup();
    expect(await first.controller.dispatch({ type: 'send', text: 'Hello' })).toBe(true);
    const id = first.controller.getSnapshot().conversationId as string;
    const history = await first.backend.getHistory(id);

    const again = new ConversationController({ backend: first.backend, conversationId: id, pacing: 'none' });
    expect(again.getSnapshot().seeded).toBe(false);
    expect(await again.dispatch({ type: 'seed', messages: history })).toBe(true);
    expect(again.getSnapshot().messages).toEqual(history);
    // A second seed (a refetch) does not replace a live thread.
    expect(await again.dispatch({ type: 'seed', messages: [] })).toBe(false);
    expect(await again.dispatch({ type: 'send', text: 'And again' })).toBe(true);
    expect(again.getSnapshot().messages).toHaveLength(history.length + 2);
    expect(again.getSnapshot().messages[0]).toBe(history[0]);
  });

  it('starts from initial messages the app holds', async () => {
    const initialMessages: UIMessage[] = [
      { id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Earlier question' }] },
      { id: 'm2', role: 'assistant', parts: [{ type: 'text', text: 'Earlier answer' }] },
    ];
    const { controller } = setup({ initialMessages });
    expect(controller.getSnapshot().seeded).toBe(true);
    expect(controller.getSnapshot().messages.map((message) => message.id)).toEqual(['m1', 'm2']);
  });

  it('regenerates a reply as a sibling and switches between the two versions', async () => {
    const { controller } = setup();
    await controller.dispatch({ type: 'send', text: 'Hello' });
    const firstReply = last(controller.getSnapshot().messages) as UIMessage;
    expect(await controller.dispatch({ type: 'regenerate' })).toBe(true);
    const secondReply = last(controller.getSnapshot().messages) as UIMessage;
    expect(secondReply.id).not.toBe(firstReply.id);
    expect(controller.getSnapshot().messages).toHaveLength(2);
    expect(controller.branchOf(secondReply.id)).toMatchObject({ index: 1, count: 2 });

    expect(await controller.dispatch({ type: 'switch-branch', messageId: firstReply.id })).toBe(true);
    expect(last(controller.getSnapshot().messages)?.id).toBe(firstReply.id);
    expect(controller.branchOf(firstReply.id)).toMatchObject({ index: 0, count: 2 });
  });

  it('edits a user message into a new branch and keeps the old turns on the first one', async () => {
    const { controller } = setup();
    await controller.dispatch({ type: 'send', text: 'First question' });
    await controller.dispatch({ type: 'send', text: 'Second question' });
    const before = controller.getSnapshot().messages;
    const original = before[2] as UIMessage;
    expect(await controller.dispatch({ type: 'edit', messageId: original.id, text: 'Second, edited' })).toBe(
      true,
    );
    const after = controller.getSnapshot().messages;
    expect(after).toHaveLength(4);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(textOf(after[2])).toBe('Second, edited');
    expect(controller.branchOf(after[2]?.id as string)).toMatchObject({ index: 1, count: 2 });

    // Back to the first version: its reply comes back with it.
    await controller.dispatch({ type: 'switch-branch', messageId: original.id });
    expect(controller.getSnapshot().messages.map((message) => message.id)).toEqual(
      before.map((message) => message.id),
    );
  });

  it('publishes streamed content at most once per frame, and status at once', async () => {
    // The server answers only once `submitted` has been published: it must be, before any reply.
    const { controller } = setup({
      pacing: 'frame',
      intercept: async (request) => {
        if (request.url.endsWith('/stream')) await until(controller, (s) => s.status === 'submitted');
        return undefined;
      },
    });
    const statuses: string[] = [];
    let notifications = 0;
    controller.subscribe(() => {
      notifications++;
      statuses.push(controller.getSnapshot().status);
    });
    await controller.dispatch({ type: 'send', text: '/long 4000 2000' });
    expect(statuses).toContain('submitted');
    expect(statuses.at(-1)).toBe('ready');
    // ~1,000 deltas a millisecond or more apart, each its own read: one notification per frame.
    expect(notifications).toBeLessThan(200);
    expect(textOf(last(controller.getSnapshot().messages)).length).toBe(4000);
  });

  it('on Noxus, an edit and a regenerate continue after the right message, so the server keeps the active branch', async () => {
    const { controller, backend, requests } = setup({ platform: 'noxus-v1' });
    await controller.dispatch({ type: 'send', text: 'First question' });
    await controller.dispatch({ type: 'send', text: 'Second question' });
    const [, firstReply, second] = controller.getSnapshot().messages;
    await controller.dispatch({ type: 'edit', messageId: second?.id as string, text: 'Second, edited' });
    const streamed = requests.filter((request) => request.url.includes('/stream'));
    expect(new URL(streamed.at(-1)?.url as string).searchParams.get('message_id')).toBe(firstReply?.id);
    const id = controller.getSnapshot().conversationId as string;
    let history = await backend.getHistory(id);
    expect(history.map(textOf).filter((text) => text.startsWith('Second'))).toEqual(['Second, edited']);
    expect(history.map(textOf)).toEqual(controller.getSnapshot().messages.map(textOf));

    await controller.dispatch({ type: 'regenerate' });
    history = await backend.getHistory(id);
    expect(history.map(textOf)).toEqual(controller.getSnapshot().messages.map(textOf));
    // Replies carry the server's ids (from the stream's start), so feedback can name them.
    expect(last(history)?.id).toBe(last(controller.getSnapshot().messages)?.id);

    // An ordinary turn says nothing about where it goes; one after a branch switch does.
    const messageIdOf = () =>
      new URL(requests.filter((r) => r.url.includes('/stream')).at(-1)?.url as string).searchParams.get(
        'message_id',
      );
    await controller.dispatch({ type: 'send', text: 'Third question' });
    expect(messageIdOf()).toBeNull();
    history = await backend.getHistory(id);
    expect(history.map(textOf)).toEqual(controller.getSnapshot().messages.map(textOf));
  });

  it('on a platform that cannot replace turns, an edit is sent as a new turn, not a branch', async () => {
    const { controller, backend } = setup({ platform: 'agents-v2' });
    await controller.dispatch({ type: 'send', text: 'First question' });
    const first = controller.getSnapshot().messages[0] as UIMessage;
    await controller.dispatch({ type: 'edit', messageId: first.id, text: 'First, edited' });
    const snapshot = controller.getSnapshot();
    expect(snapshot.messages.map(textOf).filter((text) => text.startsWith('First'))).toEqual([
      'First question',
      'First, edited',
    ]);
    expect(controller.branchOf(first.id)).toMatchObject({ count: 1 });
    const history = await backend.getHistory(snapshot.conversationId as string);
    expect(history.filter((message) => message.role === 'user')).toHaveLength(2);
  });

  it('on an AI SDK server, the request carries the active branch with the right trigger', async () => {
    const { controller, server } = setup({ platform: 'ai-sdk' });
    await controller.dispatch({ type: 'send', text: 'First question' });
    await controller.dispatch({ type: 'send', text: 'Second question' });
    const id = controller.getSnapshot().conversationId as string;
    const second = controller.getSnapshot().messages[2] as UIMessage;
    await controller.dispatch({ type: 'edit', messageId: second.id, text: 'Second, edited' });
    let heard = server.lastAiSdkRequest(id) as {
      trigger: string;
      messageId?: string;
      messages: UIMessage[];
    };
    expect(heard.trigger).toBe('submit-message');
    expect(heard.messageId).toBe(second.id);
    expect(heard.messages.map(textOf)).toEqual([
      'First question',
      textOf(controller.getSnapshot().messages[1]),
      'Second, edited',
    ]);

    const reply = last(controller.getSnapshot().messages) as UIMessage;
    await controller.dispatch({ type: 'regenerate' });
    heard = server.lastAiSdkRequest(id) as typeof heard;
    expect(heard.trigger).toBe('regenerate-message');
    expect(heard.messages.map((message) => message.id)).not.toContain(reply.id);
    expect(controller.branchOf(last(controller.getSnapshot().messages)?.id as string)).toMatchObject({
      index: 1,
      count: 2,
    });
  });
});

describe('ConversationController recovery', () => {
  it('waits out a busy server (429 with Retry-After), keeping the turn, then sends it again by itself', async () => {
    let refusals = 1;
    const { controller, requests } = setup({
      intercept: (request) => {
        if (!request.url.endsWith('/stream') || refusals === 0) return undefined;
        refusals--;
        return new Response(JSON.stringify({ detail: 'Too many requests' }), {
          status: 429,
          headers: { 'retry-after': '1', 'content-type': 'application/json' },
        });
      },
    });
    expect(await controller.dispatch({ type: 'send', text: 'Hello' })).toBe(false);
    const waiting = controller.getSnapshot();
    expect(waiting.retryWait && 'at' in waiting.retryWait).toBe(true);
    expect(waiting.messages.map((message) => message.role)).toEqual(['user']);
    expect(waiting.draft).toBeUndefined();
    const done = await until(
      controller,
      (snapshot) => snapshot.status === 'ready' && snapshot.messages.length === 2,
    );
    expect(done.retryWait).toBeUndefined();
    expect(requests.filter((request) => request.url.endsWith('/stream'))).toHaveLength(2);
  });

  it('hands the waiting turn back as a draft when the user stops the automatic retry', async () => {
    const { controller } = setup({
      intercept: (request) =>
        request.url.endsWith('/stream')
          ? new Response('{}', { status: 503, headers: { 'retry-after': '120' } })
          : undefined,
    });
    await controller.dispatch({ type: 'send', text: 'Hello' });
    expect(controller.getSnapshot().retryWait).toBeDefined();
    await controller.dispatch({ type: 'stop' });
    const snapshot = controller.getSnapshot();
    expect(snapshot.retryWait).toBeUndefined();
    expect(snapshot.messages).toHaveLength(0);
    expect(snapshot.draft?.text).toBe('Hello');
  });

  it('takes a cut reply the platform finished anyway from history, with no Retry and no doubled turn', async () => {
    const { controller, backend } = setup({ platform: 'chat-api' });
    expect(await controller.dispatch({ type: 'send', text: '/cut' })).toBe(true);
    const snapshot = controller.getSnapshot();
    expect(snapshot.status).toBe('ready');
    expect(snapshot.error).toBeUndefined();
    const history = await backend.getHistory(snapshot.conversationId as string);
    expect(snapshot.messages.map(textOf)).toEqual(history.map(textOf));
    expect(snapshot.messages.filter((message) => message.role === 'assistant')).toHaveLength(1);
    expect(textOf(last(snapshot.messages)).length).toBeGreaterThan(50);
  });
});

describe('ConversationController tools on an AI SDK server', () => {
  const toolParts = (message: UIMessage | undefined) =>
    (message?.parts ?? []).filter(
      (part) => part.type.startsWith('tool-') || part.type === 'dynamic-tool',
    ) as Array<{
      type: string;
      state: string;
      approval?: { id: string };
    }>;

  it('round-trips an approval: the answer reaches the server, the reply goes on, the next turn works', async () => {
    const { controller } = setup({ platform: 'ai-sdk' });
    await controller.dispatch({ type: 'send', text: '/approve notes.txt' });
    const asking = await until(controller, (snapshot) =>
      toolParts(last(snapshot.messages)).some((part) => part.state === 'approval-requested'),
    );
    const request = toolParts(last(asking.messages)).find((part) => part.state === 'approval-requested');
    await controller.dispatch({ type: 'tool-approval', id: request?.approval?.id as string, approved: true });
    const done = await until(
      controller,
      (snapshot) => snapshot.status === 'ready' && textOf(last(snapshot.messages)).includes('deleted'),
    );
    // One tool call, the approved one, and no invented call for its output.
    expect(toolParts(last(done.messages)).map((part) => [part.type, part.state])).toEqual([
      ['tool-deleteFile', 'output-available'],
    ]);
    expect(await controller.dispatch({ type: 'send', text: 'Thanks' })).toBe(true);
    expect(controller.getSnapshot().status).toBe('ready');
  });

  it('sends the output of a tool the browser runs, and the model answers with it', async () => {
    const { controller } = setup({
      platform: 'ai-sdk',
      onToolCall: ({ toolCall }) => {
        if (toolCall.toolName === 'askForDate') {
          void controller.dispatch({
            type: 'tool-output',
            tool: 'askForDate',
            toolCallId: toolCall.toolCallId,
            output: { date: '2030-05-17' },
          });
        }
      },
    });
    await controller.dispatch({ type: 'send', text: '/pick-date' });
    const done = await until(
      controller,
      (snapshot) => snapshot.status === 'ready' && textOf(last(snapshot.messages)).includes('2030-05-17'),
    );
    expect(toolParts(last(done.messages)).map((part) => part.state)).toEqual(['output-available']);
  });
});

describe('ConversationController edits with attachments', () => {
  it('keeps the attachments of the message an edit replaces, unless the edit names its own', async () => {
    const { controller, server } = setup({ platform: 'ai-sdk' });
    const file = new File(['quarterly numbers'], 'q3.txt', { type: 'text/plain' });
    await controller.dispatch({ type: 'send', text: 'Summarise this', files: [file] });
    const original = controller.getSnapshot().messages[0] as UIMessage;
    await controller.dispatch({ type: 'edit', messageId: original.id, text: 'Summarise this briefly' });
    const edited = controller.getSnapshot().messages[0] as UIMessage;
    expect(edited.id).not.toBe(original.id);
    expect(edited.parts.filter((part) => part.type === 'file').map((part) => part.filename)).toEqual([
      'q3.txt',
    ]);
    const heard = server.lastAiSdkRequest(controller.getSnapshot().conversationId as string) as {
      messages: UIMessage[];
    };
    expect(heard.messages[0]?.parts.some((part) => part.type === 'file')).toBe(true);

    await controller.dispatch({ type: 'edit', messageId: edited.id, text: 'No file this time', files: [] });
    expect(controller.getSnapshot().messages[0]?.parts.some((part) => part.type === 'file')).toBe(false);
  });
});

describe('ConversationController ahead of the first send', () => {
  it('sends the request before anything renders the sent message', async () => {
    const published: ConversationSnapshot[] = [];
    let shownAtRequest: number | undefined;
    const { controller } = setup({
      pacing: 'frame',
      intercept: (request) => {
        if (request.url.endsWith('/stream')) {
          shownAtRequest = published.filter((snapshot) => snapshot.messages.length > 0).length;
        }
        return undefined;
      },
    });
    controller.subscribe(() => published.push(controller.getSnapshot()));
    await controller.dispatch({ type: 'prepare' });
    await controller.dispatch({ type: 'send', text: 'Hello there' });
    expect(shownAtRequest).toBe(0);
    // Then it shows, and the exchange goes on as ever.
    const first = published.find((snapshot) => snapshot.messages.length > 0);
    expect(first?.messages[0]?.role).toBe('user');
    expect(published.at(-1)?.status).toBe('ready');
    expect(textOf(last(controller.getSnapshot().messages)).length).toBeGreaterThan(0);
  });

  it('creates the conversation while the user types, then names it after the first message', async () => {
    const { controller, backend, requests } = setup();
    expect(await controller.dispatch({ type: 'prepare' })).toBe(true);
    const id = controller.getSnapshot().conversationId as string;
    expect(id).toBeDefined();
    const created = requests.length;
    await controller.dispatch({ type: 'send', text: 'Plan a trip to Porto' });
    // The send went straight to the reply: no conversation was created in between.
    const after = requests
      .slice(created)
      .map((request) => `${request.method} ${new URL(request.url).pathname}`);
    expect(after[0]).toBe(`POST /v1/conversations/${id}/stream`);
    await expect.poll(async () => (await backend.getConversation(id)).name).toBe('Plan a trip to Porto');
  });
});
