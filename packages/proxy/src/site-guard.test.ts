import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';
import { hostAllowed } from './site-guard.ts';
import { echoHandler, type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';
import { rawRequest } from './test-support/raw-http.ts';

const PATH = '/agent-chat/agents/mock-agent/chat';
const PARTNER = 'https://partner.example';

describe('only the app’s own pages (and allowed origins) may use the proxy', () => {
  let upstream: FakeUpstream;
  let proxy: ProxyServer;
  let open: ProxyServer;

  beforeAll(async () => {
    upstream = await startFakeUpstream(echoHandler());
    proxy = await startProxyServer({
      env: {
        AGENT_CHAT_UPSTREAM: upstream.url,
        AGENT_CHAT_API: 'chat-api',
        AGENT_CHAT_ALLOWED_ORIGINS: `${PARTNER}, http://localhost:3000`,
        AGENT_CHAT_ALLOWED_HOSTS: 'chat.example.com,.corp.example',
      },
      port: 0,
    });
    open = await startProxyServer({
      env: { AGENT_CHAT_UPSTREAM: upstream.url, AGENT_CHAT_API: 'chat-api' },
      port: 0,
    });
  });
  afterAll(async () => {
    await Promise.all([proxy.close(), open.close(), upstream.close()]);
  });

  async function post(server: ProxyServer, headers: Record<string, string>) {
    const before = upstream.hits.length;
    const response = await rawRequest(server.url, PATH, {
      method: 'POST',
      headers,
      body: '{"message":"hi"}',
    });
    return { ...response, forwarded: upstream.hits.length - before };
  }

  it('forwards a same-origin POST (Origin names the host the request came to)', async () => {
    const response = await post(proxy, {
      origin: proxy.url,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    });
    expect(response.status).toBe(200);
    expect(response.forwarded).toBe(1);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a text/plain POST from another site’s page with a 403 JSON error, forwarding nothing', async () => {
    const response = await post(proxy, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
      'content-type': 'text/plain;charset=UTF-8',
    });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(response.body)).toEqual({
      error: 'Origin not allowed',
      detail:
        'Pages of https://evil.example may not use this proxy. If they should, add that origin to AGENT_CHAT_ALLOWED_ORIGINS.',
    });
    expect(response.forwarded).toBe(0);
  });

  it('refuses same-site and cross-site requests whose origin is not listed, even without Origin', async () => {
    for (const site of ['same-site', 'cross-site', 'some-future-value']) {
      const withOrigin = await post(proxy, { origin: 'http://localhost:4000', 'sec-fetch-site': site });
      expect(withOrigin.status, site).toBe(403);
      // A cross-site GET (an <img> or <script> tag) carries no Origin, only Sec-Fetch-Site.
      const get = await rawRequest(proxy.url, '/agent-chat/agents/mock-agent/history', {
        headers: { 'sec-fetch-site': site },
      });
      expect(get.status, site).toBe(403);
      expect(JSON.parse(get.body).error).toBe('Cross-site request refused');
    }
    expect(upstream.hits.every((hit) => hit.url !== '/agents/mock-agent/history')).toBe(true);
  });

  it('forwards a request from an allowed origin and lets its page read the answer (CORS)', async () => {
    const response = await post(proxy, { origin: PARTNER, 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(200);
    expect(response.forwarded).toBe(1);
    expect(response.headers['access-control-allow-origin']).toBe(PARTNER);
    expect(response.headers.vary).toMatch(/Origin/);
    const sameSite = await post(proxy, { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-site' });
    expect(sameSite.status).toBe(200);
  });

  it('answers the preflight of an allowed origin with the path’s own methods, forwarding nothing', async () => {
    const before = upstream.hits.length;
    const response = await rawRequest(proxy.url, PATH, {
      method: 'OPTIONS',
      headers: {
        origin: PARTNER,
        'sec-fetch-site': 'cross-site',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(PARTNER);
    expect(response.headers['access-control-allow-methods']).toBe('POST');
    expect(response.headers['access-control-allow-headers']).toBe('content-type');
    expect(upstream.hits.length).toBe(before);
    const stranger = await rawRequest(proxy.url, PATH, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(stranger.status).toBe(403);
  });

  it('refuses pages without an origin (Origin: null)', async () => {
    const response = await post(proxy, { origin: 'null', 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(response.forwarded).toBe(0);
  });

  it('lets clients without Origin or Sec-Fetch-Site read, but not write', async () => {
    const read = await rawRequest(proxy.url, '/agent-chat/agents/mock-agent/inbox');
    expect(read.status).toBe(200);
    const write = await post(proxy, { 'content-type': 'application/json' });
    expect(write.status).toBe(403);
    expect(JSON.parse(write.body)).toMatchObject({ error: 'Origin required' });
    expect(write.forwarded).toBe(0);
    // Sec-Fetch-Site: none is a person typing the address; same-origin without Origin is a plain GET.
    const typed = await rawRequest(proxy.url, '/agent-chat/config', {
      headers: { 'sec-fetch-site': 'none' },
    });
    expect(typed.status).toBe(200);
  });

  it('refuses a Host it does not know (DNS rebinding), even when Origin matches it', async () => {
    const response = await post(proxy, {
      host: 'attacker.example:8787',
      origin: 'http://attacker.example:8787',
      'sec-fetch-site': 'same-origin',
    });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ error: 'Host not allowed' });
    expect(JSON.parse(response.body).detail).toContain('AGENT_CHAT_ALLOWED_HOSTS');
    expect(response.forwarded).toBe(0);
    const config = await rawRequest(open.url, '/agent-chat/config', {
      headers: { host: 'attacker.example' },
    });
    expect(config.status).toBe(403);
  });

  it('accepts localhost, IP addresses, listed hosts, their subdomains and the allowed origins’ hosts', async () => {
    for (const host of ['localhost:8787', 'app.localhost', '127.0.0.1', '[::1]:80', '10.0.0.7:8787']) {
      const response = await rawRequest(open.url, '/agent-chat/config', { headers: { host } });
      expect(response.status, host).toBe(200);
    }
    for (const host of [
      'chat.example.com',
      'CHAT.example.com:443',
      'corp.example',
      'eu.corp.example',
      'partner.example',
    ]) {
      const response = await post(proxy, {
        host,
        origin: `https://${host.toLowerCase().replace(/:443$/, '')}`,
      });
      expect(response.status, host).toBe(200);
    }
    for (const host of ['example.com', 'xcorp.example', 'chat.example.com.evil.example']) {
      const response = await rawRequest(proxy.url, '/agent-chat/config', { headers: { host } });
      expect(response.status, host).toBe(403);
    }
  });
});

describe('hostAllowed', () => {
  it('matches names, not ports, and never a look-alike suffix', () => {
    expect(hostAllowed('localhost:5173', [])).toBe(true);
    expect(hostAllowed('Chat.Example.COM.', ['chat.example.com'])).toBe(true);
    expect(hostAllowed('a.b.example', ['.example'])).toBe(true);
    expect(hostAllowed('badexample', ['.example'])).toBe(false);
    expect(hostAllowed('localhost.evil.example', [])).toBe(false);
    expect(hostAllowed('[2001:db8::1]:8080', [])).toBe(true);
  });
});

describe('the fetch handler behind a public host name', () => {
  it('needs that host listed, and the page’s origin then matches it', async () => {
    const upstream = await startFakeUpstream(echoHandler());
    const server = await startProxyServer({
      env: {},
      port: 0,
      upstream: upstream.url,
      allowedHosts: ['chat.example.com'],
    });
    try {
      const response = await rawRequest(server.url, '/agent-chat/v1/conversations', {
        method: 'POST',
        headers: {
          host: 'chat.example.com',
          origin: 'https://chat.example.com',
          'sec-fetch-site': 'same-origin',
        },
        body: '{}',
      });
      expect(response.status).toBe(200);
    } finally {
      await Promise.all([server.close(), upstream.close()]);
    }
  });
});
