import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveProxyConfig } from './config.ts';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';
import { type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';
import { rawRequest } from './test-support/raw-http.ts';

const KEY = 'sk-ai-sdk-4c19e0aa';

describe('the ai-sdk API: POST <mount> and GET <mount>/<chatId>/stream, nothing else', () => {
  let upstream: FakeUpstream;
  let proxy: ProxyServer;
  let release: () => void = () => undefined;

  beforeAll(async () => {
    upstream = await startFakeUpstream(async (req, res, hit) => {
      const body = (await hit.body).toString('utf8');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' });
      res.write(
        `data: ${JSON.stringify({ type: 'start', echo: { method: req.method, url: req.url, body } })}\n\n`,
      );
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      res.end('data: {"type":"finish"}\n\ndata: [DONE]\n\n');
    });
    proxy = await startProxyServer({
      env: {
        AGENT_CHAT_API: 'ai-sdk',
        AGENT_CHAT_UPSTREAM: `${upstream.url}/api/chat`,
        AGENT_CHAT_API_KEY: KEY,
      },
      port: 0,
    });
  });
  afterAll(async () => {
    release();
    await Promise.all([proxy.close(), upstream.close()]);
  });

  async function firstEvent(response: Response) {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = await reader.read();
    return { first: first.value ?? '', reader };
  }

  it('forwards POST <mount> to the chat endpoint itself, with a bearer key, streaming unbuffered', async () => {
    const turn = JSON.stringify({ id: 'chat-1', messages: [{ id: 'm1', role: 'user', parts: [] }] });
    const response = await fetch(`${proxy.url}/agent-chat`, {
      method: 'POST',
      headers: { origin: proxy.url, 'content-type': 'application/json' },
      body: turn,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    // The first event arrives while the upstream still holds the rest back.
    const { first, reader } = await firstEvent(response);
    expect(JSON.parse(first.slice('data: '.length))).toMatchObject({
      type: 'start',
      echo: { method: 'POST', url: '/api/chat', body: turn },
    });
    const hit = upstream.hits.at(-1)!;
    expect(hit.headers.authorization).toBe(`Bearer ${KEY}`);
    release();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += chunk.value;
    expect(rest).toBe('data: {"type":"finish"}\n\ndata: [DONE]\n\n');
  });

  it('forwards GET <mount>/<chatId>/stream to <upstream>/<chatId>/stream (resume)', async () => {
    const response = await fetch(`${proxy.url}/agent-chat/chat-1/stream`);
    expect(response.status).toBe(200);
    const { first, reader } = await firstEvent(response);
    expect(JSON.parse(first.slice('data: '.length)).echo).toMatchObject({
      method: 'GET',
      url: '/api/chat/chat-1/stream',
    });
    release();
    await reader.cancel();
  });

  it.each([
    ['GET', '/agent-chat', 405],
    ['PUT', '/agent-chat', 405],
    ['POST', '/agent-chat/chat-1/stream', 405],
    ['DELETE', '/agent-chat/chat-1/stream', 405],
    ['POST', '/agent-chat/', 404],
    ['GET', '/agent-chat/chat-1', 404],
    ['GET', '/agent-chat/chat-1/messages', 404],
    ['GET', '/agent-chat/chat-1/stream/more', 404],
    ['POST', '/agent-chat/v1/conversations', 404],
    ['GET', '/agent-chat/..;/chat-1/stream', 400],
  ])('answers %s %s with %i and forwards nothing', async (method, target, status) => {
    const before = upstream.hits.length;
    const response = await rawRequest(proxy.url, target, {
      method,
      headers: { origin: proxy.url },
      ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
    });
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toEqual({ error: expect.any(String), detail: expect.any(String) });
    expect(upstream.hits.length).toBe(before);
    if (status === 405) expect(response.headers.allow).toBe(target === '/agent-chat' ? 'POST' : 'GET, HEAD');
  });

  it('defaults to bearer auth and a 32 MB body limit (the whole history with inline attachments)', () => {
    const config = resolveProxyConfig({ AGENT_CHAT_API: 'ai-sdk' });
    expect(config.auth).toBe('bearer');
    expect(config.maxBodyBytes).toBe(32 * 1024 * 1024);
  });

  it('answers 413 with the limit in MB before the upstream sees an oversized turn', async () => {
    const before = upstream.hits.length;
    const response = await rawRequest(proxy.url, '/agent-chat', {
      method: 'POST',
      headers: { origin: proxy.url, 'content-length': String(32 * 1024 * 1024 + 1) },
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).detail).toContain('at most 32 MB');
    expect(upstream.hits.length).toBe(before);
  });
});
