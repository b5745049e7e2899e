import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';
import { RateLimiter } from './rate-limit.ts';
import { echoHandler, type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';
import { rawRequest } from './test-support/raw-http.ts';

describe('RateLimiter', () => {
  it('allows a burst of the per-minute count, then refills evenly', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(20); // one request every 20 s
    expect(limiter.take('b')).toBe(0); // per client
    now = 20_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });
});

describe('per-client rate limit over HTTP', () => {
  let upstream: FakeUpstream;
  let limited: ProxyServer;
  let unlimited: ProxyServer;

  beforeAll(async () => {
    upstream = await startFakeUpstream(echoHandler());
    limited = await startProxyServer({
      env: { AGENT_CHAT_RATE_LIMIT: '2' },
      port: 0,
      upstream: upstream.url,
    });
    unlimited = await startProxyServer({ env: {}, port: 0, upstream: upstream.url });
  });
  afterAll(async () => {
    await Promise.all([limited.close(), unlimited.close(), upstream.close()]);
  });

  it('answers 429 with Retry-After once a client has spent its requests, forwarding nothing', async () => {
    const target = '/agent-chat/v1/conversations';
    expect((await rawRequest(limited.url, target)).status).toBe(200);
    expect((await rawRequest(limited.url, target)).status).toBe(200);
    const before = upstream.hits.length;
    const refused = await rawRequest(limited.url, target);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'Too many requests' });
    expect(JSON.parse(refused.body).detail).toContain('2 requests a minute');
    expect(upstream.hits.length).toBe(before);
    // The config is not an API request and is never limited.
    expect((await rawRequest(limited.url, '/agent-chat/config')).status).toBe(200);
  });

  it('is off by default', async () => {
    for (let index = 0; index < 5; index += 1) {
      expect((await rawRequest(unlimited.url, '/agent-chat/v1/conversations')).status).toBe(200);
    }
  });
});
