import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveProxyConfig } from './config.ts';
import { createProxyHandler } from './handler.ts';
import { echoHandler, type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';

const KEY = 'sk-handler-c0ffee42';

describe('createProxyHandler as a plain fetch handler', () => {
  let upstream: FakeUpstream;

  beforeAll(async () => {
    upstream = await startFakeUpstream(async (req, res, hit) => {
      if (req.url?.includes('hang')) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: {"type":"start"}\n\n');
        return;
      }
      await echoHandler()(req, res, hit);
    });
  });
  afterAll(async () => {
    await upstream.close();
  });

  it('mounts in a Hono app and forwards with the key', async () => {
    const handler = createProxyHandler(resolveProxyConfig({}, { upstream: upstream.url, apiKey: KEY }));
    const app = new Hono();
    app.all('/agent-chat/*', (c) => handler(c.req.raw));
    const response = await app.fetch(new Request('http://localhost/agent-chat/v1/conversations?page=2'));
    expect(response.status).toBe(200);
    expect(upstream.hits.at(-1)!.url).toBe('/v1/conversations?page=2');
    expect(upstream.hits.at(-1)!.headers['x-api-key']).toBe(KEY);
    expect(await response.text()).not.toContain(KEY);
  });

  it('checks the normalised URL when no raw target is given, so traversal cannot escape the allow-list', async () => {
    const handler = createProxyHandler(resolveProxyConfig({}, { upstream: upstream.url }));
    const before = upstream.hits.length;
    // The URL parser resolves `%2e%2e` and `..` before the handler sees them.
    const escaped = await handler(
      new Request('http://localhost/agent-chat/v1/conversations/%2e%2e/%2e%2e/admin'),
    );
    expect(escaped.status).toBe(404);
    const encodedSlash = await handler(
      new Request('http://localhost/agent-chat/v1/conversations/a%2F..%2Fb'),
    );
    expect(encodedSlash.status).toBe(400);
    expect(upstream.hits.length).toBe(before);
  });

  it('prefers the raw target a server adapter passes', async () => {
    const handler = createProxyHandler(resolveProxyConfig({}, { upstream: upstream.url }));
    const response = await handler(new Request('http://localhost/agent-chat/v1/conversations/x'), {
      rawTarget: '/agent-chat/v1/conversations/y/../x',
    });
    expect(response.status).toBe(400);
  });

  it('aborts the upstream request when the request signal aborts mid-stream', async () => {
    const handler = createProxyHandler(resolveProxyConfig({}, { upstream: upstream.url }));
    const controller = new AbortController();
    const response = await handler(
      new Request('http://localhost/agent-chat/v1/conversations/c1/events?hang', {
        signal: controller.signal,
      }),
    );
    const reader = response.body!.getReader();
    await reader.read();
    const hit = upstream.hits.at(-1)!;
    controller.abort();
    const outcome = await Promise.race([
      hit.outcome,
      new Promise((resolve) => setTimeout(resolve, 1000, 'open')),
    ]);
    expect(outcome).toBe('closed');
    await expect(reader.read()).rejects.toThrow();
  });

  it('reports a missing embedded mock as 502 and retries on the next request', async () => {
    let calls = 0;
    const handler = createProxyHandler(
      resolveProxyConfig(
        {},
        {
          embedded: {
            async fetch() {
              calls += 1;
              throw new TypeError('mock exploded');
            },
          },
        },
      ),
    );
    const first = await handler(new Request('http://localhost/agent-chat/v1/conversations'));
    expect(first.status).toBe(502);
    expect(await first.json()).toEqual({
      error: 'Upstream unreachable',
      detail: 'the embedded mock server could not be reached (mock exploded).',
    });
    await handler(new Request('http://localhost/agent-chat/v1/conversations'));
    expect(calls).toBe(2);
  });
});
