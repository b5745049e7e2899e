import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endWhenIdle } from './idle-timeout.ts';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';
import { type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';

async function readAll(body: ReadableStream<Uint8Array>): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

describe('idle timeout after the response headers', () => {
  let upstream: FakeUpstream;
  let proxy: ProxyServer;
  const logs: string[] = [];

  beforeAll(async () => {
    upstream = await startFakeUpstream((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"type":"start"}\n\n');
      if (req.url?.includes('silent')) return; // says nothing more, and never hangs up
      res.end('data: {"type":"finish"}\n\ndata: [DONE]\n\n');
    });
    proxy = await startProxyServer({
      env: { AGENT_CHAT_IDLE_TIMEOUT_MS: '150' },
      port: 0,
      upstream: upstream.url,
      log: (_level, message) => void logs.push(message),
    });
  });
  afterAll(async () => {
    await Promise.all([proxy.close(), upstream.close()]);
  });

  it('ends a stream that goes silent cleanly, without [DONE], and hangs up on the upstream', async () => {
    const response = await fetch(`${proxy.url}/agent-chat/v1/conversations/c1/events?silent`);
    expect(response.status).toBe(200);
    // A clean end (no network error): the kit sees no final frame and resumes.
    const text = await readAll(response.body!);
    expect(text).toBe('data: {"type":"start"}\n\n');
    expect(await upstream.hits.at(-1)!.outcome).toBe('closed');
    expect(logs.join('\n')).toMatch(/silent for 150 ms, ended/);
  });

  it('leaves a stream that finishes alone', async () => {
    const response = await fetch(`${proxy.url}/agent-chat/v1/conversations/c1/events`);
    expect(await readAll(response.body!)).toBe(
      'data: {"type":"start"}\n\ndata: {"type":"finish"}\n\ndata: [DONE]\n\n',
    );
  });
});

describe('endWhenIdle', () => {
  it('passes chunks through and keeps an upstream error an error', async () => {
    const encoder = new TextEncoder();
    let fail: (reason: Error) => void = () => undefined;
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('a'));
        fail = (reason) => controller.error(reason);
      },
    });
    const reader = endWhenIdle(source, 60_000, () => undefined).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('a');
    fail(new Error('upstream broke'));
    await expect(reader.read()).rejects.toThrow('upstream broke');
  });

  it('cancels the source when the reader cancels', async () => {
    let cancelled: unknown;
    const source = new ReadableStream<Uint8Array>({
      cancel(reason) {
        cancelled = reason;
      },
    });
    const reader = endWhenIdle(source, 60_000, () => undefined).getReader();
    await reader.cancel('browser left');
    expect(cancelled).toBe('browser left');
  });
});
