import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveProxyConfig } from './config.ts';
import { createProxyHandler } from './handler.ts';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';
import { echoHandler, type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';
import { rawRequest } from './test-support/raw-http.ts';

describe('the authenticate hook', () => {
  let upstream: FakeUpstream;
  let proxy: ProxyServer;

  beforeAll(async () => {
    upstream = await startFakeUpstream(echoHandler());
    proxy = await startProxyServer({
      env: {},
      port: 0,
      upstream: upstream.url,
      // An app's own session check: here a header; a real one reads its session cookie.
      authenticate: async (request) => {
        const session = request.headers.get('x-session');
        if (session === 'expired') {
          return new Response(null, { status: 302, headers: { location: '/login' } });
        }
        return session === 'valid';
      },
    });
  });
  afterAll(async () => {
    await Promise.all([proxy.close(), upstream.close()]);
  });

  it('forwards a request the hook accepts', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations', {
      headers: { 'x-session': 'valid' },
    });
    expect(response.status).toBe(200);
  });

  it('answers 401 JSON when the hook says no, forwarding nothing', async () => {
    const before = upstream.hits.length;
    const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations');
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ error: 'Not signed in', detail: 'Sign in to use the chat.' });
    expect(upstream.hits.length).toBe(before);
  });

  it('sends the hook’s own response as it is', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations', {
      headers: { 'x-session': 'expired' },
    });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/login');
  });

  it('does not guard the public config the app boots from', async () => {
    expect((await rawRequest(proxy.url, '/agent-chat/config')).status).toBe(200);
  });

  it('runs in the fetch handler too, after the origin checks', async () => {
    let calls = 0;
    const handler = createProxyHandler(
      resolveProxyConfig(
        {},
        {
          upstream: upstream.url,
          authenticate: () => {
            calls += 1;
            return false;
          },
        },
      ),
    );
    const refused = await handler(
      new Request('http://localhost/agent-chat/v1/conversations', {
        method: 'POST',
        headers: { origin: 'https://evil.example' },
        body: '{}',
      }),
    );
    expect(refused.status).toBe(403);
    expect(calls).toBe(0);
    const unauthenticated = await handler(new Request('http://localhost/agent-chat/v1/conversations'));
    expect(unauthenticated.status).toBe(401);
    expect(calls).toBe(1);
  });
});
