import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedUpstream } from './config.ts';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';
import { rawRequest } from './test-support/raw-http.ts';

describe('static files beside the proxy', () => {
  let base: string;
  let proxy: ProxyServer;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'agent-chat-static-'));
    const app = join(base, 'app');
    await mkdir(join(app, 'assets'), { recursive: true });
    await writeFile(join(app, 'index.html'), '<!doctype html><title>shell</title>');
    await writeFile(join(app, 'assets', 'main.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'outside the app');
    await symlink(join(base, 'secret.txt'), join(app, 'assets', 'link.txt'));
    proxy = await startProxyServer({ env: {}, port: 0, staticDir: app, upstream: 'http://127.0.0.1:1' });
  });
  afterAll(async () => {
    await proxy.close();
    await rm(base, { recursive: true, force: true });
  });

  it('serves files with their type and the app shell for client routes', async () => {
    const script = await rawRequest(proxy.url, '/assets/main.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1)');
    const route = await rawRequest(proxy.url, '/conversations/42');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>shell</title>');
    expect((await rawRequest(proxy.url, '/assets/missing.js')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/link.txt',
  ])('never serves a file outside the directory: %s', async (target) => {
    const response = await rawRequest(proxy.url, target);
    expect(response.body).not.toContain('outside the app');
  });

  it('still routes the mount to the proxy', async () => {
    const response = await rawRequest(proxy.url, '/agent-chat/config');
    expect(JSON.parse(response.body)).toMatchObject({ api: 'noxus-v1', upstream: 'http://127.0.0.1:1' });
  });
});

describe('an in-process upstream (the embedded mock seam)', () => {
  const seen: Request[] = [];
  const embedded: EmbeddedUpstream = {
    async fetch(request) {
      seen.push(request);
      return new Response(JSON.stringify({ path: new URL(request.url).pathname }), {
        headers: { 'content-type': 'application/json' },
      });
    },
  };
  const servers: ProxyServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it.each([
    ['noxus-v1', '/agent-chat/v1/conversations', '/v1/conversations'],
    ['agents-v2', '/agent-chat/agents/mock-agent/conversations', '/api/v2/agents/mock-agent/conversations'],
    ['chat-api', '/agent-chat/teams/mock-team/chat', '/api/teams/mock-team/chat'],
  ])('maps %s onto the mock mount', async (api, target, path) => {
    const proxy = await startProxyServer({ env: {}, port: 0, api, apiKey: 'sk-embedded-1', embedded });
    servers.push(proxy);
    const response = await rawRequest(proxy.url, target, {
      method: api === 'chat-api' ? 'POST' : 'GET',
      headers: { authorization: 'Bearer browser', origin: proxy.url },
      body: api === 'chat-api' ? '{"message":"hi"}' : undefined,
    });
    expect(JSON.parse(response.body)).toEqual({ path });
    const request = seen.at(-1)!;
    const expected =
      api === 'noxus-v1' ? ['x-api-key', 'sk-embedded-1'] : ['authorization', 'Bearer sk-embedded-1'];
    expect(request.headers.get(expected[0]!)).toBe(expected[1]);
    expect((await rawRequest(proxy.url, '/agent-chat/config')).body).toContain('"upstream":"mock"');
  });
});
