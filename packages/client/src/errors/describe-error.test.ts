import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AgentChatError } from '../errors.ts';
import { assertFilesWithinLimit } from '../http/file-limits.ts';
import { createHttpClient, type HttpClient } from '../http/request.ts';
import { readReplyStream } from '../stream/read-reply-stream.ts';
import { jsonResponse, startTestServer, type TestServer } from '../test-support/http-test-server.ts';
import { defaultErrorMessages, describeError } from './describe-error.ts';

const RETRY_DATE_MS = 120_000;
let server: TestServer;
let client: HttpClient;

beforeAll(async () => {
  server = await startTestServer((request, { res }) => {
    const path = new URL(request.url).pathname;
    switch (path) {
      case '/401':
        return jsonResponse({ detail: 'Invalid API key' }, 401);
      case '/403':
        return jsonResponse({ detail: 'Not allowed for this tenant' }, 403);
      case '/404':
        return jsonResponse({ detail: 'Conversation c1 not found' }, 404);
      case '/413-proxy':
        // The proxy's own answer (packages/proxy responses.ts).
        return jsonResponse(
          {
            error: 'Payload too large',
            detail:
              'Requests through this proxy may carry at most 4 MB (4194304 bytes); send a smaller message or attachment.',
          },
          413,
        );
      case '/413-mock':
        return jsonResponse({ detail: 'big.pdf is 26.0 MB; files are limited to 25 MB.' }, 413);
      case '/413-bare':
        return new Response(null, { status: 413 });
      case '/429-seconds':
        return new Response('slow down', { status: 429, headers: { 'retry-after': '30' } });
      case '/429-date':
        return new Response(null, {
          status: 429,
          headers: { 'retry-after': new Date(Date.now() + RETRY_DATE_MS).toUTCString() },
        });
      case '/429':
        return jsonResponse({ detail: 'Too many requests' }, 429);
      case '/503':
        return new Response('maintenance', { status: 503, headers: { 'retry-after': '5' } });
      case '/500':
        return jsonResponse({ detail: 'database unavailable' }, 500);
      case '/504':
        return new Response('gateway timeout', { status: 504 });
      case '/400':
        return jsonResponse({ detail: 'content: a string is required.' }, 400);
      case '/html':
        return new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } });
      case '/slow':
        return new Promise<Response>(() => undefined);
      case '/cut':
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: {"type":"text-delta","id":"t","delta":"Hel"}\n\n', () => res.destroy());
        return undefined;
      default:
        return new Response('nope', { status: 418 });
    }
  });
  client = createHttpClient({ baseUrl: server.url }, 'bearer');
});

afterAll(() => server.close());
afterEach(() => vi.unstubAllGlobals());

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const get = (path: string, signal?: AbortSignal) => failureOf(client.json({ method: 'GET', path, signal }));

describe('describeError over real HTTP answers', () => {
  it('401: sign in or fix the key; 403: ask for access', async () => {
    const auth = describeError(await get('/401'));
    expect(auth).toEqual({
      kind: 'auth',
      title: defaultErrorMessages.auth,
      detail: 'GET /401 · HTTP 401 · Server said: Invalid API key',
      retryable: false,
    });
    const forbidden = describeError(await get('/403'));
    expect(forbidden.kind).toBe('forbidden');
    expect(forbidden.title).toMatch(/access/);
    expect(forbidden.detail).toContain('Not allowed for this tenant');
  });

  it('404: gone', async () => {
    const description = describeError(await get('/404'));
    expect(description).toMatchObject({ kind: 'not-found', retryable: false });
    expect(description.detail).toBe('GET /404 · HTTP 404 · Server said: Conversation c1 not found');
  });

  it('413: too large, with the limit the proxy or the server names', async () => {
    const proxy = describeError(await get('/413-proxy'));
    expect(proxy).toMatchObject({ kind: 'too-large', limitBytes: 4 * 1024 * 1024, retryable: false });
    expect(proxy.title).toBe(
      'That is too large to send: the limit is 4 MB. Send smaller files, or fewer at once.',
    );
    const mock = describeError(await get('/413-mock'));
    expect(mock.limitBytes).toBe(25 * 1024 * 1024);
    const bare = describeError(await get('/413-bare'));
    expect(bare.kind).toBe('too-large');
    expect(bare.limitBytes).toBeUndefined();
    expect(bare.title).toBe(defaultErrorMessages.tooLarge(undefined));
  });

  it('a file over the kit’s own limit is too large too, with that limit', () => {
    const file = {
      name: 'big.bin',
      mediaType: 'application/octet-stream',
      data: new Blob([new Uint8Array(2048)]),
    };
    let error: unknown;
    try {
      assertFilesWithinLimit([file], 1024);
    } catch (caught) {
      error = caught;
    }
    expect(describeError(error)).toMatchObject({ kind: 'too-large', limitBytes: 1024 });
  });

  it('429: busy, waiting as long as Retry-After says, in seconds or as an HTTP date', async () => {
    const seconds = await get('/429-seconds');
    expect((seconds as AgentChatError).retryAfterMs).toBe(30_000);
    expect(describeError(seconds)).toEqual({
      kind: 'rate-limited',
      title: 'The server is busy right now. Try again in 30 seconds.',
      detail: 'GET /429-seconds · HTTP 429 · Server said: slow down',
      retryable: true,
      retryAfterMs: 30_000,
    });
    const date = describeError(await get('/429-date'));
    expect(date.kind).toBe('rate-limited');
    // An HTTP date has whole seconds and the answer took some time: close to two minutes.
    expect(date.retryAfterMs).toBeGreaterThan(RETRY_DATE_MS - 10_000);
    expect(date.retryAfterMs).toBeLessThanOrEqual(RETRY_DATE_MS);
    expect(date.title).toBe('The server is busy right now. Try again in 2 minutes.');
    const bare = describeError(await get('/429'));
    expect(bare.retryAfterMs).toBeUndefined();
    expect(bare.title).toBe(defaultErrorMessages.rateLimited(undefined));
  });

  it('5xx: a server problem, retryable, with Retry-After on a 503; 504 is a timeout', async () => {
    const unavailable = describeError(await get('/503'));
    expect(unavailable).toMatchObject({ kind: 'server', retryable: true, retryAfterMs: 5000 });
    expect(unavailable.title).toBe('The server is unavailable for now. Try again in 5 seconds.');
    const failed = describeError(await get('/500'));
    expect(failed).toMatchObject({ kind: 'server', retryable: true });
    expect(failed.retryAfterMs).toBeUndefined();
    expect(failed.detail).toContain('database unavailable');
    expect(describeError(await get('/504'))).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('a timeout signal and a stop by the caller', async () => {
    const timeout = new AbortController();
    const pending = get('/slow', timeout.signal);
    await vi.waitFor(() => expect(server.last('/slow')).toBeDefined());
    timeout.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    expect(describeError(await pending)).toMatchObject({
      kind: 'timeout',
      title: defaultErrorMessages.timeout,
      retryable: true,
    });
    const stop = new AbortController();
    stop.abort();
    expect(describeError(await get('/slow', stop.signal))).toMatchObject({ kind: 'interrupted' });
  });

  it('offline only when the device says so; otherwise the server is unreachable', async () => {
    const closed = await startTestServer(() => new Response('never'));
    await closed.close();
    const unreachable = createHttpClient({ baseUrl: closed.url }, 'bearer');
    const error = await failureOf(unreachable.json({ method: 'GET', path: '/x' }));
    expect(describeError(error)).toMatchObject({ kind: 'server', title: defaultErrorMessages.unreachable });
    expect(describeError(error).detail).toContain('GET /x');
    vi.stubGlobal('navigator', { onLine: false });
    expect(describeError(error)).toMatchObject({
      kind: 'offline',
      title: defaultErrorMessages.offline,
      retryable: true,
    });
    // A raw fetch failure too.
    const raw = await failureOf(fetch(`${closed.url}/x`));
    expect(describeError(raw).kind).toBe('offline');
  });

  it('a reply cut mid-stream is interrupted; a body that is not JSON is a protocol fault', async () => {
    const response = await client.send({ method: 'POST', path: '/cut' });
    const reader = readReplyStream(response.body as ReadableStream<Uint8Array>, {
      format: 'ui-message',
    }).stream.getReader();
    const cut = await failureOf(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    );
    expect(describeError(cut)).toMatchObject({ kind: 'interrupted', retryable: true });
    expect(describeError(await get('/html'))).toMatchObject({ kind: 'protocol', retryable: false });
    expect(describeError(await get('/400'))).toMatchObject({
      kind: 'unknown',
      title: defaultErrorMessages.rejected(400),
      retryable: false,
    });
  });

  it('describes foreign errors, and takes replacement sentences', async () => {
    expect(describeError(new Error('boom'))).toEqual({
      kind: 'unknown',
      title: defaultErrorMessages.unknown,
      detail: 'Error: boom',
      retryable: false,
    });
    expect(describeError('plain text')).toMatchObject({ kind: 'unknown', detail: 'plain text' });
    expect(describeError(new DOMException('t', 'TimeoutError')).kind).toBe('timeout');
    const german = describeError(await get('/429-seconds'), {
      rateLimited: (seconds) => `Der Server ist ausgelastet. Bitte in ${seconds} Sekunden erneut versuchen.`,
    });
    expect(german.title).toBe('Der Server ist ausgelastet. Bitte in 30 Sekunden erneut versuchen.');
  });
});
