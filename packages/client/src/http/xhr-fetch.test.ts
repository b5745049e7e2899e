// @vitest-environment jsdom
// XMLHttpRequest comes from jsdom here (the real one runs in the ui-browser tests); the server is real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonResponse, startTestServer, type TestServer } from '../test-support/http-test-server.ts';
import { rejectionOf } from '../test-support/rejection-of.ts';
import { createHttpClient } from './request.ts';
import type { BodyProgress } from './xhr-fetch.ts';

let server: TestServer;

// The jsdom page is on another origin than the server: answer as a CORS-enabled API would.
const cors = { 'access-control-allow-origin': '*' };

beforeAll(async () => {
  server = await startTestServer(async (request) => {
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '',
        },
      });
    }
    const path = new URL(request.url).pathname;
    const withCors = (response: Response) => {
      response.headers.set('access-control-allow-origin', '*');
      return response;
    };
    switch (path) {
      case '/bytes':
        return withCors(jsonResponse({ size: (await request.arrayBuffer()).byteLength }));
      case '/files': {
        const form = await request.formData();
        const files = form.getAll('files') as File[];
        return withCors(
          jsonResponse({
            auth: request.headers.get('authorization'),
            files: files.map((file) => ({ name: file.name, size: file.size })),
          }),
        );
      }
      case '/too-large':
        return withCors(jsonResponse({ detail: `key-123 is not allowed: files are limited to 1 MB` }, 413));
      case '/busy':
        return new Response('busy', {
          status: 503,
          // Cross-origin, a page reads Retry-After only when the server exposes it.
          headers: { ...cors, 'access-control-expose-headers': 'retry-after', 'retry-after': '7' },
        });
      case '/hang':
        return new Promise<Response>(() => undefined);
      default:
        return withCors(jsonResponse({ detail: 'no route' }, 404));
    }
  });
});

afterAll(() => server.close());

function form(bytes: number): FormData {
  const body = new FormData();
  body.append('files', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), 'data.bin');
  return body;
}

describe('uploads over XMLHttpRequest', () => {
  it('sends the body with the auth header and reports its progress up to the whole body', async () => {
    const http = createHttpClient({ baseUrl: server.url, apiKey: 'key-123' }, 'bearer');
    const progress: BodyProgress[] = [];
    const json = await http.upload({ method: 'POST', path: '/files', body: form(300_000) }, (event) =>
      progress.push(event),
    );
    expect(json).toEqual({ auth: 'Bearer key-123', files: [{ name: 'data.bin', size: 300_000 }] });
    expect(progress.length).toBeGreaterThan(0);
    const last = progress.at(-1) as BodyProgress;
    expect(last.total).toBeGreaterThan(300_000);
    expect(last.loaded).toBe(last.total);
  });

  it('maps error statuses exactly as fetch does: kind, server words (key redacted), Retry-After', async () => {
    const http = createHttpClient({ baseUrl: server.url, apiKey: 'key-123' }, 'bearer');
    const tooLarge = await rejectionOf(
      http.upload({ method: 'POST', path: '/too-large', body: form(10) }, () => undefined),
    );
    expect(tooLarge).toMatchObject({
      kind: 'limit',
      status: 413,
      limitBytes: 1024 * 1024,
      serverMessage: '[redacted] is not allowed: files are limited to 1 MB',
    });
    // Node's fetch cannot send jsdom's FormData: plain bytes for the comparison.
    const viaFetch = await rejectionOf(
      createHttpClient({ baseUrl: server.url, apiKey: 'key-123', fetch: globalThis.fetch }, 'bearer').upload(
        { method: 'POST', path: '/too-large', body: new Uint8Array(10) },
        () => undefined,
      ),
    );
    expect(tooLarge.message).toBe(viaFetch.message);
    const busy = await rejectionOf(
      http.upload({ method: 'POST', path: '/busy', body: form(10) }, () => undefined),
    );
    expect(busy).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 7000, serverMessage: 'busy' });
  });

  it('aborts the request when the signal fires, as an aborted error', async () => {
    const http = createHttpClient({ baseUrl: server.url }, 'bearer');
    const controller = new AbortController();
    const upload = http.upload(
      { method: 'POST', path: '/hang', body: form(50_000), signal: controller.signal },
      () => undefined,
    );
    // Once the server holds the whole request, waiting for an answer that never comes.
    await expect.poll(() => server.last('/hang'), { timeout: 30_000 }).toBeDefined();
    controller.abort();
    expect(await rejectionOf(upload)).toMatchObject({ kind: 'aborted' });
  });

  it('reports no progress with an app-supplied fetch, which XHR would bypass', async () => {
    const progress: BodyProgress[] = [];
    const http = createHttpClient(
      { baseUrl: server.url, fetch: (input, init) => fetch(input, init) },
      'bearer',
    );
    const json = await http.upload({ method: 'POST', path: '/bytes', body: new Uint8Array(1000) }, (event) =>
      progress.push(event),
    );
    expect(json).toEqual({ size: 1000 });
    expect(progress).toEqual([]);
  });
});
