import type { UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import type { ReplyStream } from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import { resumableReply } from './resumable-reply.ts';

const cut = () => new AgentChatError({ kind: 'interrupted', message: 'cut' });

/** A reply that yields `chunks`, then ends or errors; its token is `token` once it started. */
function replyOf(chunks: UIMessageChunk[], options: { error?: unknown; token?: string } = {}): ReplyStream {
  let index = 0;
  return {
    stream: new ReadableStream<UIMessageChunk>({
      pull(controller) {
        const chunk = chunks[index++];
        if (chunk !== undefined) controller.enqueue(chunk);
        else if (options.error !== undefined) controller.error(options.error);
        else controller.close();
      },
    }),
    resumeToken: () => (index > 0 ? options.token : undefined),
  };
}

async function drain(stream: ReadableStream<UIMessageChunk>) {
  const chunks: UIMessageChunk[] = [];
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { chunks, error: undefined };
      chunks.push(value);
    }
  } catch (error) {
    return { chunks, error };
  }
}

describe('resumableReply', () => {
  it('joins a resumed stream without its repeated start and part start', async () => {
    const tokens: string[] = [];
    const first = replyOf(
      [
        { type: 'start', messageId: 'm' },
        { type: 'text-start', id: 't' },
        { type: 'text-delta', id: 't', delta: 'a' },
      ],
      { error: cut(), token: 'k1' },
    );
    const output = resumableReply(first, {
      retryDelay: () => 0,
      resume: async (token) => {
        tokens.push(token);
        return replyOf([
          { type: 'start' },
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: 'b' },
          { type: 'text-end', id: 't' },
          { type: 'finish' },
        ]);
      },
    });
    const { chunks, error } = await drain(output);
    expect(error).toBeUndefined();
    expect(tokens).toEqual(['k1']);
    expect(chunks).toEqual([
      { type: 'start', messageId: 'm' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'a' },
      { type: 'text-delta', id: 't', delta: 'b' },
      { type: 'text-end', id: 't' },
      { type: 'finish' },
    ]);
  });

  it('does not resume without a token, nor after errors other than interruptions', async () => {
    let calls = 0;
    const resume = async () => {
      calls++;
      return null;
    };
    const noToken = await drain(resumableReply(replyOf([{ type: 'start' }], { error: cut() }), { resume }));
    expect(noToken.error).toMatchObject({ kind: 'interrupted', message: 'cut' });
    const refused = new AgentChatError({ kind: 'http', status: 500, message: 'refused' });
    const http = await drain(
      resumableReply(replyOf([{ type: 'start' }], { error: refused, token: 'k' }), { resume }),
    );
    expect(http.error).toBe(refused);
    expect(calls).toBe(0);
  });

  it('treats a raw network error as an interruption and resumes', async () => {
    const raw = new TypeError('fetch failed');
    const output = resumableReply(replyOf([{ type: 'start' }], { error: raw, token: 'k' }), {
      retryDelay: () => 0,
      resume: async () => replyOf([{ type: 'finish' }]),
    });
    expect(await drain(output)).toEqual({
      chunks: [{ type: 'start' }, { type: 'finish' }],
      error: undefined,
    });
  });

  it('makes no resume request when cancelled during the backoff', async () => {
    let calls = 0;
    const output = resumableReply(replyOf([{ type: 'start' }], { error: cut(), token: 'k' }), {
      retryDelay: () => 30,
      resume: async () => {
        calls++;
        return replyOf([]);
      },
    });
    const reader = output.getReader();
    await reader.read();
    const pending = reader.read();
    await reader.cancel();
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toBe(0);
  });

  it('counts failed attempts in a row and names the last cause', async () => {
    const delays: number[] = [];
    const output = resumableReply(replyOf([{ type: 'start' }], { error: cut(), token: 'k' }), {
      maxAttempts: 3,
      retryDelay: (attempt) => {
        delays.push(attempt);
        return 0;
      },
      resume: async () => {
        throw new AgentChatError({ kind: 'network', message: `down ${delays.length}` });
      },
    });
    const { error } = await drain(output);
    expect(delays).toEqual([0, 1, 2]);
    expect(error).toMatchObject({ kind: 'interrupted' });
    expect((error as AgentChatError).cause).toMatchObject({ message: 'down 3' });
  });
});
