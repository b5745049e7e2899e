import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';
import { echoHandler, type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';
import { rawRequest, rawSocketStatus } from './test-support/raw-http.ts';

const KEY = 'sk-live-7f3a9c21e4b8';
const logs: string[] = [];
const log = (_level: string, message: string) => void logs.push(message);

describe('key injection and header hygiene', () => {
  let upstream: FakeUpstream;
  let noxus: ProxyServer;
  let chat: ProxyServer;

  beforeAll(async () => {
    upstream = await startFakeUpstream(echoHandler());
    noxus = await startProxyServer({ env: {}, port: 0, upstream: `${upstream.url}/base`, apiKey: KEY, log });
    chat = await startProxyServer({
      env: { AGENT_CHAT_UPSTREAM: upstream.url, AGENT_CHAT_API: 'chat-api', AGENT_CHAT_API_KEY: KEY },
      port: 0,
      log,
    });
  });
  afterAll(async () => {
    await Promise.all([noxus.close(), chat.close(), upstream.close()]);
    expect(logs.join('\n')).not.toContain(KEY);
  });

  const browserHeaders = (origin: string) => ({
    authorization: 'Bearer browser-token',
    'x-api-key': 'browser-key',
    cookie: 'session=abc',
    'proxy-authorization': 'Basic Zm9vOmJhcg==',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-for': '10.0.0.1',
    forwarded: 'host=evil.example',
    origin,
    connection: 'keep-alive, x-secret-hop',
    'x-secret-hop': 'drop me',
    'content-type': 'application/json',
    'x-request-id': 'req-1',
    'x-original-url': '/admin',
    'x-rewrite-url': '/admin',
    'x-http-method-override': 'DELETE',
    'x-http-method': 'DELETE',
    'x-method-override': 'DELETE',
    'x-forwarded-proto': 'https',
    'x-forwarded-prefix': '/admin',
  });

  it('adds the key as x-api-key for Noxus, strips the browser credentials, joins onto the base path', async () => {
    const response = await rawRequest(noxus.url, '/agent-chat/v1/conversations?page=1&size=20', {
      method: 'POST',
      headers: browserHeaders(noxus.url),
      body: '{"name":"x"}',
    });
    expect(response.status).toBe(200);
    const hit = upstream.hits.at(-1)!;
    expect(hit.url).toBe('/base/v1/conversations?page=1&size=20');
    expect(hit.method).toBe('POST');
    expect(hit.headers['x-api-key']).toBe(KEY);
    expect(hit.headers.authorization).toBeUndefined();
    expect(hit.headers.cookie).toBeUndefined();
    expect(hit.headers['proxy-authorization']).toBeUndefined();
    expect(hit.headers['x-forwarded-host']).toBeUndefined();
    expect(hit.headers['x-forwarded-for']).toBeUndefined();
    expect(hit.headers.forwarded).toBeUndefined();
    expect(hit.headers.origin).toBeUndefined();
    expect(hit.headers['x-secret-hop']).toBeUndefined();
    // Headers some servers take the path or method from, instead of the request line.
    for (const name of [
      'x-original-url',
      'x-rewrite-url',
      'x-http-method-override',
      'x-http-method',
      'x-method-override',
      'x-forwarded-proto',
      'x-forwarded-prefix',
    ]) {
      expect(hit.headers[name], name).toBeUndefined();
    }
    expect(hit.headers.host).toBe(new URL(upstream.url).host);
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.headers['x-request-id']).toBe('req-1');
    expect((await hit.body).toString()).toBe('{"name":"x"}');
  });

  it('adds the key as a bearer token for the Chat API', async () => {
    const response = await rawRequest(chat.url, '/agent-chat/agents/mock-agent/history?limit=20', {
      headers: browserHeaders(chat.url),
    });
    expect(response.status).toBe(200);
    const hit = upstream.hits.at(-1)!;
    expect(hit.url).toBe('/agents/mock-agent/history?limit=20');
    expect(hit.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(hit.headers['x-api-key']).toBeUndefined();
  });

  it('never hands the key to the browser, even from an upstream that echoes request headers', async () => {
    const ok = await rawRequest(noxus.url, '/agent-chat/v1/conversations', {
      headers: browserHeaders(noxus.url),
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('[redacted]');
    expect(JSON.stringify(ok)).not.toContain(KEY);
  });

  it('uses only the configured upstream, whatever Host and X-Forwarded-Host say', async () => {
    const before = upstream.hits.length;
    const response = await rawRequest(noxus.url, '/agent-chat/v1/conversations', {
      headers: { host: 'localhost', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(200);
    expect(upstream.hits.length).toBe(before + 1);
    expect(upstream.hits.at(-1)!.headers.host).toBe(new URL(upstream.url).host);
  });

  it('serves the public config: API, agent, upstream origin without path, auth style, never the key', async () => {
    const response = await fetch(`${noxus.url}/agent-chat/config`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      api: 'noxus-v1',
      agentId: 'mock-agent',
      upstream: upstream.url,
      auth: 'x-api-key',
      baseUrl: '/agent-chat',
    });
    const post = await fetch(`${noxus.url}/agent-chat/config`, {
      method: 'POST',
      headers: { origin: noxus.url },
    });
    expect(post.status).toBe(405);
  });
});

describe('error responses from the upstream', () => {
  let upstream: FakeUpstream;
  let proxy: ProxyServer;

  beforeAll(async () => {
    upstream = await startFakeUpstream(async (req, res, hit) => {
      await hit.body;
      const key = String(req.headers['x-api-key']);
      if (req.url?.endsWith('/split')) {
        // The key split across two writes, as a slow upstream might send it.
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.write(`upstream failed for key ${key.slice(0, 6)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        res.end(`${key.slice(6)} (invalid)`);
        return;
      }
      if (req.url?.endsWith('/redirect')) {
        res.writeHead(302, { location: `http://127.0.0.1:1/steal?key=${encodeURIComponent(key)}` }).end();
        return;
      }
      res.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': `Key realm="${key}"`,
        'set-cookie': 'upstream_session=1',
      });
      res.end(JSON.stringify({ detail: `Invalid key ${key}`, headers: req.headers }));
    });
    proxy = await startProxyServer({ env: {}, port: 0, upstream: upstream.url, apiKey: KEY, log });
  });
  afterAll(async () => {
    await Promise.all([proxy.close(), upstream.close()]);
    expect(logs.join('\n')).not.toContain(KEY);
  });

  it('scrubs the key from error bodies and headers and drops upstream cookies', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations');
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body).detail).toBe('Invalid key [redacted]');
    expect(response.headers['www-authenticate']).toBe('Key realm="[redacted]"');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(JSON.stringify(response)).not.toContain(KEY);
  });

  it('scrubs a key split across chunks', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations/split');
    expect(response.status).toBe(500);
    expect(response.body).toBe('upstream failed for key [redacted] (invalid)');
  });

  it('does not follow redirects (which would carry the key elsewhere) and scrubs the location', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations/redirect');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('http://127.0.0.1:1/steal?key=[redacted]');
  });
});

describe('path allow-list over HTTP', () => {
  let upstream: FakeUpstream;
  let proxy: ProxyServer;

  beforeAll(async () => {
    upstream = await startFakeUpstream(echoHandler());
    proxy = await startProxyServer({
      env: {},
      port: 0,
      upstream: `${upstream.url}/tenants/t1/api/v2`,
      api: 'agents-v2',
      apiKey: KEY,
      log,
    });
  });
  afterAll(async () => {
    await Promise.all([proxy.close(), upstream.close()]);
  });

  it('forwards an allowed path', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/agents/mock-agent/conversations?limit=5');
    expect(response.status).toBe(200);
    expect(upstream.hits.at(-1)!.url).toBe('/tenants/t1/api/v2/agents/mock-agent/conversations?limit=5');
  });

  it.each([
    ['/agent-chat/agents/mock-agent/conversations/../../other/conversations', 400],
    ['/agent-chat/agents/mock-agent/conversations/./x', 400],
    ['/agent-chat/agents/mock-agent/conversations/%2e%2e/%2e%2e/%2e%2e', 400],
    ['/agent-chat/agents/mock-agent/conversations/%2E%2e', 400],
    ['/agent-chat/agents/mock-agent/conversations/a%2fb', 400],
    ['/agent-chat/agents/mock-agent/conversations/a%5c..%5cb', 400],
    ['/agent-chat/agents/mock-agent/conversations/%252e%252e%252fadmin', 400],
    ['/agent-chat/agents/mock-agent/conversations\\..\\..\\admin', 400],
    ['/agent-chat//evil.example/agents/mock-agent/conversations', 400],
    ['/agent-chat/http://evil.example/agents/mock-agent/conversations', 400],
    ['/agent-chat/@evil.example/agents/mock-agent/conversations', 400],
    ['/agent-chat/agents/mock-agent/conversations/x%00y', 400],
    ['/agent-chat/agents/mock-agent/conversations/x%0d%0aHost:%20evil', 400],
    ['http://evil.example/agent-chat/agents/mock-agent/conversations', 400],
    ['/agent-chat/agents/other-agent/conversations', 404],
    ['/agent-chat/agents/mock-agent/settings', 404],
    ['/agent-chat/v1/conversations', 404],
    ['/agent-chat/admin', 404],
    ['/elsewhere', 404],
  ])('refuses %s (%i JSON) and sends nothing upstream', async (target, status) => {
    const before = upstream.hits.length;
    const response = await rawRequest(proxy.url, target, { method: 'POST', body: '{}' });
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    const body = JSON.parse(response.body) as { error: string; detail: string };
    expect(body.error).toEqual(expect.any(String));
    expect(body.detail).toEqual(expect.any(String));
    expect(upstream.hits.length).toBe(before);
  });

  it('refuses raw control characters and spaces in the target before anything is forwarded', async () => {
    const before = upstream.hits.length;
    for (const target of [
      '/agent-chat/agents/mock-agent/conversations/a\u0001b',
      '/agent-chat/agents/mock-agent/conversations/a b/x',
    ]) {
      const status = await rawSocketStatus(
        proxy.url,
        `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      );
      expect(status).toBe(400);
    }
    expect(upstream.hits.length).toBe(before);
  });

  it('refuses methods it does not forward', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/agents/mock-agent/conversations', {
      method: 'TRACE',
    });
    expect(response.status).toBe(405);
    expect(upstream.hits.every((hit) => hit.method !== 'TRACE')).toBe(true);
  });
});
