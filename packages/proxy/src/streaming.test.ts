import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';
import { type FakeUpstream, readAll, startFakeUpstream } from './test-support/fake-upstream.ts';
import { rawRequest } from './test-support/raw-http.ts';

const KEY = 'sk-stream-5b1e0d77';

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms),
    ),
  ]);
}

/** Send a body in several writes without a content-length (chunked), return the status. */
function chunkedUpload(
  origin: string,
  target: string,
  chunks: Buffer[],
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const headers = { origin };
    const req = request(
      { host: hostname, port, path: target, method: 'POST', headers, agent: false },
      (res) => {
        void readAll(res).then(
          (body) => resolve({ status: res.statusCode ?? 0, body: body.toString() }),
          reject,
        );
      },
    );
    req.on('error', () => undefined); // the proxy may hang up while the rest is still being written
    void (async () => {
      for (const chunk of chunks) {
        if (req.destroyed) return;
        req.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      req.end();
    })();
  });
}

/** Upload `size` bytes with a declared length in 64 KB writes; rejects on a connection error. */
function declaredUpload(
  origin: string,
  target: string,
  size: number,
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const headers = { origin, 'content-length': String(size), 'content-type': 'application/json' };
    const req = request(
      { host: hostname, port, path: target, method: 'POST', headers, agent: false },
      (res) => {
        void readAll(res).then(
          (body) => resolve({ status: res.statusCode ?? 0, body: body.toString() }),
          reject,
        );
      },
    );
    req.on('error', reject); // a reset while uploading or reading is what must not happen
    const chunk = Buffer.alloc(64 * 1024, 120);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('body size limit', () => {
  let upstream: FakeUpstream;
  let proxy: ProxyServer;
  let defaults: ProxyServer;

  beforeAll(async () => {
    upstream = await startFakeUpstream(async (_req, res, hit) => {
      const body = await hit.body;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ received: body.length }));
    });
    proxy = await startProxyServer({ env: {}, port: 0, upstream: upstream.url, maxBodyBytes: 1000 });
    defaults = await startProxyServer({
      env: { AGENT_CHAT_API: 'chat-api', AGENT_CHAT_UPSTREAM: upstream.url },
      port: 0,
    });
  });
  afterAll(async () => {
    await Promise.all([proxy.close(), defaults.close(), upstream.close()]);
  });

  it('forwards a body within the limit', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations', {
      method: 'POST',
      headers: { origin: proxy.url },
      body: 'x'.repeat(1000),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ received: 1000 });
    expect(upstream.hits.at(-1)!.headers['content-length']).toBe('1000');
  });

  it('answers 413 JSON from content-length alone, before forwarding anything', async () => {
    const before = upstream.hits.length;
    const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations', {
      method: 'POST',
      headers: { origin: proxy.url },
      body: 'x'.repeat(1001),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ error: 'Payload too large' });
    expect(response.headers.connection).toBe('close');
    expect(upstream.hits.length).toBe(before);
  });

  it('answers 413 for the default limit of 25 MB + 1 MB', async () => {
    const before = upstream.hits.length;
    const response = await rawRequest(defaults.url, '/agent-chat/agents/mock-agent/chat', {
      method: 'POST',
      headers: { 'content-length': String(26 * 1024 * 1024 + 1), origin: defaults.url },
    });
    expect(response.status).toBe(413);
    expect(upstream.hits.length).toBe(before);
  });

  it('answers a large declared upload with 413 the browser can read, never a connection reset', async () => {
    const before = upstream.hits.length;
    const response = await declaredUpload(proxy.url, '/agent-chat/v1/conversations', 4 * 1024 * 1024);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ error: 'Payload too large' });
    expect(upstream.hits.length).toBe(before);
  });

  it('counts the bytes of a chunked body and answers 413 once it passes the limit, forwarding nothing', async () => {
    const before = upstream.hits.length;
    const chunks = [Buffer.alloc(600, 97), Buffer.alloc(600, 98), Buffer.alloc(600, 99)];
    const response = await chunkedUpload(proxy.url, '/agent-chat/v1/conversations', chunks);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      error: 'Payload too large',
      detail:
        'Requests through this proxy may carry at most 0.001 MB (1000 bytes); send a smaller message or attachment.',
    });
    // The body was counted before anything was sent: the upstream never saw the request.
    expect(upstream.hits.length).toBe(before);
    const large = await chunkedUpload(
      proxy.url,
      '/agent-chat/v1/conversations',
      Array.from({ length: 64 }, () => Buffer.alloc(64 * 1024, 100)),
    );
    expect(large.status).toBe(413);
    expect(upstream.hits.length).toBe(before);
    const small = await chunkedUpload(proxy.url, '/agent-chat/v1/conversations', [
      Buffer.alloc(400),
      Buffer.alloc(400),
    ]);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toEqual({ received: 800 });
    // Buffered within the limit, then sent with its exact length.
    expect(upstream.hits.at(-1)!.headers['content-length']).toBe('800');
  });
});

describe('upstream failures', () => {
  it('answers 502 {error, detail} when the upstream port is closed, without the key', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const logs: string[] = [];
    const proxy = await startProxyServer({
      env: {},
      port: 0,
      upstream: `http://127.0.0.1:${port}`,
      apiKey: KEY,
      log: (_level, message) => void logs.push(message),
    });
    try {
      const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations');
      expect(response.status).toBe(502);
      const body = JSON.parse(response.body) as { error: string; detail: string };
      expect(body.error).toBe('Upstream unreachable');
      expect(body.detail).toMatch(/ECONNREFUSED/);
      expect(JSON.stringify(response)).not.toContain(KEY);
      expect(logs.join('\n')).toMatch(/ECONNREFUSED/);
      expect(logs.join('\n')).not.toContain(KEY);
    } finally {
      await proxy.close();
    }
  });

  it('answers 504 when the upstream sends no headers within the timeout, and hangs up on it', async () => {
    const upstream = await startFakeUpstream(() => {
      // Never answers.
    });
    const proxy = await startProxyServer({ env: {}, port: 0, upstream: upstream.url, timeoutMs: 200 });
    try {
      const response = await rawRequest(proxy.url, '/agent-chat/v1/conversations');
      expect(response.status).toBe(504);
      expect(JSON.parse(response.body)).toMatchObject({ error: 'Upstream timeout' });
      expect(await within(upstream.hits[0]!.outcome, 10_000, 'upstream hang-up')).toBe('closed');
    } finally {
      await Promise.all([proxy.close(), upstream.close()]);
    }
  });
});

const HEADER_TIMEOUT_MS = 1500;

describe('event streams', () => {
  let upstream: FakeUpstream;
  let proxy: ProxyServer;
  let release: () => void = () => undefined;

  beforeAll(async () => {
    upstream = await startFakeUpstream(async (req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write('data: {"type":"start"}\n\n');
      if (req.url?.includes('hang')) return; // keeps the stream open until the client leaves
      if (req.url?.includes('cut')) {
        setTimeout(() => res.destroy(), 20);
        return;
      }
      if (req.url?.includes('slow')) {
        // Flows for twice the header timeout, one event at a time, then names its last event.
        const started = Date.now();
        let index = 0;
        while (Date.now() - started < 2 * HEADER_TIMEOUT_MS) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          res.write(`data: {"type":"text-delta","delta":"${index}"}\n\n`);
          index += 1;
        }
        res.end(`data: {"type":"finish","last":"${index - 1}"}\n\ndata: [DONE]\n\n`);
        return;
      }
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      res.end('data: {"type":"finish"}\n\ndata: [DONE]\n\n');
    });
    // Generous, so that a busy machine never turns a prompt answer into a 504; the stream below
    // outlives it all the same.
    proxy = await startProxyServer({
      env: {},
      port: 0,
      upstream: upstream.url,
      apiKey: KEY,
      timeoutMs: HEADER_TIMEOUT_MS,
    });
  });
  afterAll(async () => {
    release();
    await Promise.all([proxy.close(), upstream.close()]);
  });

  it('forwards the first event before the upstream has sent the rest', async () => {
    const response = await fetch(`${proxy.url}/agent-chat/v1/conversations/c1/stream`, {
      method: 'POST',
      headers: { origin: proxy.url },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(upstream.hits.at(-1)!.headers['accept-encoding']).toBe('identity');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = await reader.read();
    expect(first.value).toBe('data: {"type":"start"}\n\n');
    // Only now does the upstream send the rest.
    release();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += chunk.value;
    expect(rest).toBe('data: {"type":"finish"}\n\ndata: [DONE]\n\n');
  });

  it('aborts the upstream request when the browser aborts mid-stream', async () => {
    const controller = new AbortController();
    const response = await fetch(`${proxy.url}/agent-chat/v1/conversations/c1/events?hang`, {
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    await reader.read();
    const hit = upstream.hits.at(-1)!;
    controller.abort();
    expect(await within(hit.outcome, 10_000, 'upstream request close')).toBe('closed');
  });

  it('does not cut a stream that keeps flowing past the header timeout', async () => {
    const response = await fetch(`${proxy.url}/agent-chat/v1/conversations/c1/events?slow`);
    const text = await response.text();
    const last = /"last":"(\d+)"/.exec(text)?.[1];
    expect(last).toBeDefined();
    // Every event the upstream sent arrived, up to the last it named.
    expect(text).toContain(`"delta":"${last}"`);
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('cuts the browser connection when the upstream breaks mid-stream, rather than ending cleanly', async () => {
    const response = await fetch(`${proxy.url}/agent-chat/v1/conversations/c1/events?cut`);
    await expect(response.text()).rejects.toThrow();
  });
});
