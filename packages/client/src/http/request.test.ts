import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentChatError } from '../errors.ts';
import { jsonResponse, startTestServer, type TestServer } from '../test-support/http-test-server.ts';
import { rejectionOf } from '../test-support/rejection-of.ts';
import { authHeaders, buildUrl, createHttpClient, pathOf } from './request.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(async (request) => {
    const path = new URL(request.url).pathname;
    switch (path) {
      case '/echo':
        return jsonResponse({
          method: request.method,
          body: request.method === 'GET' ? null : await request.json(),
        });
      case '/401':
        return jsonResponse({ detail: `Invalid key ${request.headers.get('x-api-key')}` }, 401);
      case '/403':
        return jsonResponse({ error: 'forbidden for this tenant' }, 403);
      case '/404':
        return jsonResponse({ message: 'no such conversation' }, 404);
      case '/413':
        return jsonResponse({ detail: 'payload too large' }, 413);
      case '/500-json':
        return jsonResponse({ detail: [{ msg: 'db down' }, { msg: 'retry later' }] }, 500);
      case '/500-text':
        return new Response(`upstream exploded ${'x'.repeat(2000)}`, { status: 500 });
      case '/html':
        return new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } });
      case '/html-echo':
        return new Response(`<p>key ${request.headers.get('authorization')}</p>`, {
          headers: { 'content-type': 'text/html' },
        });
      case '/empty':
        return new Response(null, { status: 204 });
      case '/slow':
        return new Promise<Response>(() => undefined);
      default:
        return new Response('nope', { status: 418 });
    }
  });
});

afterAll(() => server.close());

describe('buildUrl and pathOf', () => {
  it('joins bases with or without a trailing slash and skips empty query values', () => {
    expect(buildUrl('/api/', '/agents/a', { limit: 5, next: undefined, q: null })).toBe(
      '/api/agents/a?limit=5',
    );
    expect(buildUrl('https://h/x', '/y')).toBe('https://h/x/y');
  });
  it('encodes ids', () => {
    expect(pathOf`/agents/${'a/b c'}/x`).toBe('/agents/a%2Fb%20c/x');
  });
  it('adds no auth header without a key', () => {
    expect(authHeaders('bearer', undefined)).toEqual({});
    expect(authHeaders('bearer', '')).toEqual({});
  });
});

describe('createHttpClient against a real server', () => {
  it('sends the key as X-API-Key or Bearer exactly as configured', async () => {
    const xKey = createHttpClient({ baseUrl: server.url, apiKey: 'k-1' }, 'x-api-key');
    await xKey.json({ method: 'GET', path: '/echo' });
    expect(server.last('/echo')?.headers['x-api-key']).toBe('k-1');
    expect(server.last('/echo')?.headers.authorization).toBeUndefined();

    const bearer = createHttpClient({ baseUrl: server.url, apiKey: 'k-2', auth: 'bearer' }, 'x-api-key');
    await bearer.json({ method: 'GET', path: '/echo' });
    expect(server.last('/echo')?.headers.authorization).toBe('Bearer k-2');
    expect(server.last('/echo')?.headers['x-api-key']).toBeUndefined();

    const none = createHttpClient({ baseUrl: server.url }, 'bearer');
    await none.json({ method: 'GET', path: '/echo' });
    expect(server.last('/echo')?.headers.authorization).toBeUndefined();
  });

  it('reads baseUrl, apiKey and headers at every call', async () => {
    let key = 'first';
    let calls = 0;
    const client = createHttpClient(
      {
        baseUrl: async () => server.url,
        apiKey: () => key,
        headers: () => ({ 'x-call': String(++calls) }),
      },
      'bearer',
    );
    await client.json({ method: 'GET', path: '/echo' });
    expect(server.last('/echo')?.headers).toMatchObject({ authorization: 'Bearer first', 'x-call': '1' });
    key = 'second';
    await client.json({ method: 'GET', path: '/echo' });
    expect(server.last('/echo')?.headers).toMatchObject({ authorization: 'Bearer second', 'x-call': '2' });
  });

  it('sends JSON bodies and calls an unbound fetch safely', async () => {
    const fetchRef = globalThis.fetch;
    const client = createHttpClient({ baseUrl: server.url, fetch: fetchRef }, 'bearer');
    const reply = await client.json({ method: 'POST', path: '/echo', json: { a: [1, 'ü'] } });
    expect(reply).toEqual({ method: 'POST', body: { a: [1, 'ü'] } });
    expect(server.last('/echo')?.headers['content-type']).toBe('application/json');
  });

  it('maps statuses to kinds and keeps the server message', async () => {
    const client = createHttpClient({ baseUrl: server.url, apiKey: 'secret-key-123' }, 'x-api-key');
    const failure = (path: string) => rejectionOf(client.json({ method: 'GET', path }));

    const unauthorised = await failure('/401');
    expect(unauthorised).toBeInstanceOf(AgentChatError);
    expect(unauthorised).toMatchObject({ kind: 'auth', status: 401 });
    expect(unauthorised.message).toContain('Check the API key');
    // The server echoed the key; it must not reach any message.
    expect(unauthorised.serverMessage).toBe('Invalid key [redacted]');
    expect(unauthorised.message).not.toContain('secret-key-123');

    expect(await failure('/403')).toMatchObject({
      kind: 'auth',
      status: 403,
      serverMessage: 'forbidden for this tenant',
    });
    const notFound = await failure('/404');
    expect(notFound).toMatchObject({ kind: 'not-found', status: 404, serverMessage: 'no such conversation' });
    expect(notFound.message).toContain('no such conversation');
    expect(await failure('/413')).toMatchObject({
      kind: 'limit',
      status: 413,
      serverMessage: 'payload too large',
    });
    const jsonFailure = await failure('/500-json');
    expect(jsonFailure).toMatchObject({ kind: 'http', status: 500, serverMessage: 'db down; retry later' });
    expect(jsonFailure.retryable).toBe(true);
    const textFailure = await failure('/500-text');
    expect(textFailure.kind).toBe('http');
    expect(textFailure.serverMessage?.startsWith('upstream exploded')).toBe(true);
    expect(textFailure.serverMessage?.length).toBeLessThanOrEqual(501);
    expect(await failure('/teapot')).toMatchObject({ kind: 'http', status: 418, serverMessage: 'nope' });
  });

  it('reports HTML where JSON was expected as a protocol error', async () => {
    const client = createHttpClient({ baseUrl: server.url }, 'bearer');
    await expect(client.json({ method: 'GET', path: '/html' })).rejects.toMatchObject({
      kind: 'protocol',
      serverMessage: '<html>login</html>',
    });
  });

  it('keeps an echoed key out of a protocol error', async () => {
    const client = createHttpClient({ baseUrl: server.url, apiKey: 'echoed-key' }, 'bearer');
    const error = await rejectionOf(client.json({ method: 'GET', path: '/html-echo' }));
    expect(error.kind).toBe('protocol');
    expect(error.serverMessage).toBe('<p>key Bearer [redacted]</p>');
  });

  it('reads 204 as undefined', async () => {
    const client = createHttpClient({ baseUrl: server.url }, 'bearer');
    await expect(client.json({ method: 'DELETE', path: '/empty' })).resolves.toBeUndefined();
  });

  it('aborts: rejects as aborted and the server sees the request closed', async () => {
    const client = createHttpClient({ baseUrl: server.url }, 'bearer');
    const controller = new AbortController();
    const pending = client.json({ method: 'GET', path: '/slow', signal: controller.signal });
    await expect.poll(() => server.last('/slow')).toBeDefined();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    await expect(server.last('/slow')?.outcome).resolves.toBe('closed');
  });

  it('maps an unreachable server to a network error', async () => {
    const closed = await startTestServer(() => jsonResponse({}));
    const url = closed.url;
    await closed.close();
    const client = createHttpClient({ baseUrl: url, apiKey: 'k' }, 'bearer');
    const error = await rejectionOf(client.json({ method: 'GET', path: '/x' }));
    expect(error).toMatchObject({ kind: 'network' });
    expect(error.retryable).toBe(true);
  });
});
