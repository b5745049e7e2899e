import { isAgentChatError } from '@agent-chat/client';
import { act, render, renderHook, waitFor } from '@testing-library/react';
import type { UIMessage } from 'ai';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend } from './test-support/mock-backend.tsx';
import { useConversation } from './use-conversation.ts';

const textOf = (message: UIMessage | undefined) =>
  (message?.parts ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');
const last = (messages: UIMessage[]) => messages[messages.length - 1];

async function sendAndWait(result: { current: ReturnType<typeof useConversation> }, text: string) {
  let sent = false;
  await act(async () => {
    sent = await result.current.send({ text });
  });
  await waitFor(
    () => expect(result.current.status === 'ready' || result.current.status === 'error').toBe(true),
    {
      timeout: 15_000,
    },
  );
  return sent;
}

function Probe({
  onState,
  onFinish,
}: {
  onState: (state: ReturnType<typeof useConversation>) => void;
  onFinish: (text: string) => void;
}) {
  onState(useConversation(undefined, { onFinish: (message) => onFinish(textOf(message)) }));
  return null;
}

describe('useConversation against the mock server', () => {
  it('creates the conversation on first send and streams a markdown reply', async () => {
    const { wrapper, backend } = mockBackend();
    const created: string[] = [];
    const { result } = renderHook(
      () => useConversation(undefined, { onCreated: (c) => created.push(c.id) }),
      {
        wrapper,
      },
    );
    expect(await sendAndWait(result, 'Hello there')).toBe(true);
    expect(result.current.status).toBe('ready');
    expect(result.current.conversationId).toBeDefined();
    expect(created).toEqual([result.current.conversationId]);
    const reply = last(result.current.messages);
    expect(reply?.role).toBe('assistant');
    expect(textOf(reply).length).toBeGreaterThan(50);
    // The server stored the same reply.
    const history = await backend.getHistory(result.current.conversationId as string);
    expect(textOf(last(history))).toBe(textOf(reply));
  });

  it('reads nothing back of a conversation it has just created', async () => {
    const requests: string[] = [];
    const { wrapper } = mockBackend('noxus-v1', (request) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return undefined;
    });
    const { result } = renderHook(() => useConversation(undefined), { wrapper });
    expect(await sendAndWait(result, 'Hello there')).toBe(true);
    const id = result.current.conversationId as string;
    // Its settings come from what the create answered: no history or conversation read follows.
    expect(requests).toEqual(['POST /v1/conversations', `POST /v1/conversations/${id}/stream`]);
  });

  it('assembles tool calls, reasoning and data parts from the raw frames', async () => {
    const { wrapper } = mockBackend();
    const { result } = renderHook(() => useConversation(undefined), { wrapper });
    await sendAndWait(result, '/tool');
    const tool = last(result.current.messages)?.parts.find(
      (part) => part.type.startsWith('tool-') || part.type === 'dynamic-tool',
    );
    expect(tool).toMatchObject({ state: 'output-available' });
    await sendAndWait(result, '/reasoning');
    expect(last(result.current.messages)?.parts.some((part) => part.type === 'reasoning')).toBe(true);
    await sendAndWait(result, '/data');
    expect(last(result.current.messages)?.parts.some((part) => part.type.startsWith('data-'))).toBe(true);
  });

  it('stops a reply and keeps what arrived', async () => {
    const { wrapper } = mockBackend();
    const { result } = renderHook(() => useConversation(undefined), { wrapper });
    await act(async () => {
      void result.current.send({ text: '/long 20000 400' });
    });
    // Stop once some text is in.
    await waitFor(() => expect(textOf(last(result.current.messages)).length).toBeGreaterThan(20), {
      timeout: 30_000,
    });
    act(() => result.current.stop());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const kept = textOf(last(result.current.messages));
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.length).toBeLessThan(20_000);
  });

  it('surfaces an error chunk with its text and keeps the partial reply', async () => {
    const { wrapper } = mockBackend();
    const { result } = renderHook(() => useConversation(undefined), { wrapper });
    expect(await sendAndWait(result, '/error')).toBe(false);
    expect(result.current.status).toBe('error');
    expect(result.current.error?.message).toMatch(/failed/i);
    expect(last(result.current.messages)?.role).toBe('assistant');
    expect(result.current.draft).toBeUndefined();
  });

  it('gives the draft back when the server answers 500, and retry sends it', async () => {
    const streams: string[] = [];
    const { wrapper } = mockBackend('noxus-v1', async (request) => {
      if (request.url.endsWith('/stream'))
        streams.push(((await request.json()) as { content: string }).content);
      return undefined;
    });
    const { result } = renderHook(() => useConversation(undefined), { wrapper });
    expect(await sendAndWait(result, '/500')).toBe(false);
    expect(result.current.draft).toEqual({ text: '/500', files: [] });
    await waitFor(() =>
      expect(result.current.messages.filter((message) => message.role === 'user')).toHaveLength(0),
    );
    expect(isAgentChatError(result.current.error) && result.current.error.status).toBe(500);
    expect(result.current.error?.message).toMatch(/mock \/500/);
    expect(result.current.failedSend).toBe(true);

    // The UI takes the draft into its composer; retry still sends the failed text, not a regenerate.
    act(() => result.current.clearDraft());
    await act(async () => {
      await result.current.retry();
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(streams).toEqual(['/500', '/500']);
    expect(result.current.draft).toEqual({ text: '/500', files: [] });
  });

  it('resumes a cut reply with no text lost or doubled', async () => {
    const { wrapper, backend } = mockBackend();
    const { result } = renderHook(() => useConversation(undefined), { wrapper });
    expect(await sendAndWait(result, '/cut')).toBe(true);
    const history = await backend.getHistory(result.current.conversationId as string);
    expect(textOf(last(result.current.messages))).toBe(textOf(last(history)));
    expect(textOf(last(history)).length).toBeGreaterThan(50);
  });

  it('loads history, then continues live, keeping settled messages identical', async () => {
    const { wrapper, backend } = mockBackend();
    const conversation = await backend.createConversation({ name: 'earlier' });
    const first = renderHook(() => useConversation(conversation.id), { wrapper });
    await sendAndWait(first.result, 'First question');
    first.unmount();

    const { result } = renderHook(() => useConversation(conversation.id), { wrapper });
    await waitFor(() => expect(result.current.messages).toHaveLength(2));
    const [question, answer] = result.current.messages;
    await sendAndWait(result, 'Second question');
    expect(result.current.messages).toHaveLength(4);
    expect(result.current.messages[0]).toBe(question);
    expect(result.current.messages[1]).toBe(answer);
  });

  it('commits at most once per animation frame during a fast stream, and flushes the tail', async () => {
    // A display that draws a frame every 16 ms, counted.
    let frames = 0;
    let queued: FrameRequestCallback[] = [];
    const display = setInterval(() => {
      frames++;
      const callbacks = queued;
      queued = [];
      for (const callback of callbacks) callback(performance.now());
    }, 16);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {
      queued = [];
    });
    try {
      const { wrapper } = mockBackend();
      let commits = 0;
      let latest: ReturnType<typeof useConversation> | undefined;
      let finished = '';
      const Wrapper = wrapper;
      render(
        <Wrapper>
          <Profiler id="probe" onRender={() => commits++}>
            <Probe
              onState={(state) => {
                latest = state;
              }}
              onFinish={(text) => {
                finished = text;
              }}
            />
          </Profiler>
        </Wrapper>,
      );
      const startCommits = commits;
      const startFrames = frames;
      const started = performance.now();
      // 2,500 deltas as fast as the server's timers go: several chunks per frame. React renders
      // as it would in a browser (outside act, which would batch the whole stream into one commit).
      const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
      try {
        await latest?.send({ text: '/long 10000 1000' });
        await waitFor(() => expect(latest?.status).toBe('ready'), { timeout: 15_000 });
      } finally {
        actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
      }
      const seconds = (performance.now() - started) / 1000;
      const during = commits - startCommits;
      const elapsedFrames = frames - startFrames;
      const text = textOf(last(latest?.messages ?? []));
      console.info(
        `fast stream: ${text.length} characters, ${during} commits over ${elapsedFrames} frames in ${seconds.toFixed(2)} s (${(during / seconds).toFixed(0)} commits/s)`,
      );
      expect(text.length).toBe(10_000);
      expect(finished).toBe(text);
      // It did render progressively, and never more than once per frame (plus the synchronous
      // flushes of the status changes: submitted, streaming, ready).
      expect(during).toBeGreaterThan(5);
      expect(during).toBeLessThanOrEqual(elapsedFrames + 4);
    } finally {
      clearInterval(display);
      vi.unstubAllGlobals();
    }
  }, 30_000);
});
