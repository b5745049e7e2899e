import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Logger, type PreviewServer, preview, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoHandler, type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';
import { rawRequest } from './test-support/raw-http.ts';
import { agentChatProxy } from './vite-plugin.ts';

const KEY = 'sk-vite-91d2c4aa0f';

function capturingLogger(lines: string[]): Logger {
  const push = (message: string) => void lines.push(message);
  return {
    info: push,
    warn: push,
    warnOnce: push,
    error: push,
    clearScreen: () => undefined,
    hasErrorLogged: () => false,
    hasWarned: false,
  };
}

function originOf(server: { httpServer: unknown }): string {
  const address = (server.httpServer as { address(): AddressInfo }).address();
  return `http://127.0.0.1:${address.port}`;
}

describe('agentChatProxy in a Vite dev server', () => {
  let upstream: FakeUpstream;
  let root: string;
  let server: ViteDevServer;
  let origin: string;
  const lines: string[] = [];

  beforeAll(async () => {
    upstream = await startFakeUpstream(async (req, res, hit) => {
      if (req.url?.includes('/stream')) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: {"type":"start"}\n\n');
        return; // stays open until the browser leaves
      }
      await echoHandler()(req, res, hit);
    });
    root = await mkdtemp(join(tmpdir(), 'agent-chat-vite-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
    // Settings from a .env file, as an app would keep them out of its shell.
    await writeFile(
      join(root, '.env'),
      `AGENT_CHAT_UPSTREAM=${upstream.url}/tenants/t1/api/v2\nAGENT_CHAT_API=agents-v2\nAGENT_CHAT_API_KEY=${KEY}\nAGENT_CHAT_AGENT_ID=agent-9\n`,
    );
    server = await createServer({
      root,
      configFile: false,
      envDir: root,
      customLogger: capturingLogger(lines),
      server: { port: 0, host: '127.0.0.1', strictPort: false, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
      plugins: [agentChatProxy()],
    });
    await server.listen();
    origin = originOf(server);
  });
  afterAll(async () => {
    await server?.close();
    await upstream.close();
    await rm(root, { recursive: true, force: true });
  });

  it('prints the upstream and API it uses, never the key', () => {
    const printed = lines.join('\n');
    expect(printed).toContain('agent-chat proxy');
    expect(printed).toContain(upstream.url);
    expect(printed).toContain('agents-v2');
    expect(printed).not.toContain(KEY);
  });

  it('serves the config read from .env', async () => {
    const response = await fetch(`${origin}/agent-chat/config`);
    expect(await response.json()).toEqual({
      api: 'agents-v2',
      agentId: 'agent-9',
      upstream: upstream.url,
      auth: 'bearer',
      baseUrl: '/agent-chat',
    });
  });

  it('proxies API paths with the key and leaves the app to Vite', async () => {
    const response = await fetch(`${origin}/agent-chat/agents/agent-9/conversations?limit=2`);
    expect(response.status).toBe(200);
    const hit = upstream.hits.at(-1)!;
    expect(hit.url).toBe('/tenants/t1/api/v2/agents/agent-9/conversations?limit=2');
    expect(hit.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(await response.text()).not.toContain(KEY);

    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
  });

  it('refuses traversal before Vite or the upstream see it', async () => {
    const before = upstream.hits.length;
    const response = await rawRequest(origin, '/agent-chat/agents/agent-9/conversations/%2e%2e/%2e%2e/x');
    expect(response.status).toBe(400);
    expect(upstream.hits.length).toBe(before);
  });

  it('streams through the dev server and aborts the upstream when the browser leaves', async () => {
    const controller = new AbortController();
    const response = await fetch(`${origin}/agent-chat/agents/agent-9/conversations/c1/stream`, {
      method: 'POST',
      headers: { origin },
      body: '{}',
      signal: controller.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).toBe('data: {"type":"start"}\n\n');
    const hit = upstream.hits.at(-1)!;
    controller.abort();
    const outcome = await Promise.race([
      hit.outcome,
      new Promise((resolve) => setTimeout(resolve, 1000, 'open')),
    ]);
    expect(outcome).toBe('closed');
  });
});

describe('agentChatProxy in a Vite preview server', () => {
  let upstream: FakeUpstream;
  let root: string;
  let server: PreviewServer;

  beforeAll(async () => {
    upstream = await startFakeUpstream(echoHandler());
    root = await mkdtemp(join(tmpdir(), 'agent-chat-preview-'));
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><title>built</title>');
    server = await preview({
      root,
      configFile: false,
      envDir: false,
      logLevel: 'silent',
      preview: { port: 0, host: '127.0.0.1' },
      plugins: [agentChatProxy({ upstream: upstream.url, api: 'chat-api', apiKey: KEY })],
    });
  });
  afterAll(async () => {
    await server?.close();
    await upstream.close();
    await rm(root, { recursive: true, force: true });
  });

  it('proxies API paths next to the built app', async () => {
    const origin = originOf(server);
    const response = await fetch(`${origin}/agent-chat/agents/mock-agent/chat`, {
      method: 'POST',
      headers: { origin },
      body: '{"message":"hi"}',
    });
    expect(response.status).toBe(200);
    const hit = upstream.hits.at(-1)!;
    expect(hit.url).toBe('/agents/mock-agent/chat');
    expect(hit.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(await (await fetch(`${origin}/`)).text()).toContain('<title>built</title>');
  });
});

describe('agentChatProxy with Vite’s own allowed hosts', () => {
  let root: string;
  let server: ViteDevServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'agent-chat-vite-hosts-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
    server = await createServer({
      root,
      configFile: false,
      envDir: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', ws: false, allowedHosts: ['dev.example.test', '.tunnel.test'] },
      optimizeDeps: { noDiscovery: true, include: [] },
      plugins: [agentChatProxy({ upstream: 'http://127.0.0.1:1' })],
    });
    await server.listen();
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('accepts the hosts Vite accepts, and refuses others', async () => {
    const origin = originOf(server);
    for (const host of ['dev.example.test', 'abc.tunnel.test:443', `127.0.0.1:${new URL(origin).port}`]) {
      const response = await rawRequest(origin, '/agent-chat/config', { headers: { host } });
      expect(response.status, host).toBe(200);
    }
    const refused = await rawRequest(origin, '/agent-chat/config', { headers: { host: 'rebound.example' } });
    expect(refused.status).toBe(403);
  });
});

describe('agentChatProxy in front of the embedded mock server', () => {
  let root: string;
  let server: ViteDevServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'agent-chat-vite-mock-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
    server = await createServer({
      root,
      configFile: false,
      envDir: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
      plugins: [agentChatProxy({ api: 'agents-v2', apiKey: KEY })],
    });
    await server.listen();
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('answers from the mock in-process, with the key the mock demands', async () => {
    const origin = originOf(server);
    expect(await (await fetch(`${origin}/agent-chat/config`)).json()).toMatchObject({
      api: 'agents-v2',
      upstream: 'mock',
      agentId: 'mock-agent',
    });
    const created = await fetch(`${origin}/agent-chat/agents/mock-agent/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ name: 'From Vite' }),
    });
    expect(created.status).toBeLessThan(300);
    const list = await fetch(`${origin}/agent-chat/agents/mock-agent/conversations`);
    expect(list.status).toBe(200);
    const page = (await list.json()) as { data: { name: string }[] };
    expect(page.data.map((conversation) => conversation.name)).toContain('From Vite');
  });
});
