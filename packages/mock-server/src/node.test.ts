import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from './index.ts';
import { type RunningMockServer, startMockServer } from './node.ts';

describe('startMockServer over real HTTP', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({
      port: 0,
      host: '127.0.0.1',
      tokenDelayMs: 2,
      disconnectGraceMs: 50,
      apiKey: 'k',
    });
  });
  afterAll(() => server.close());
  const headers = { 'x-api-key': 'k', 'content-type': 'application/json' };

  it('answers /health and requires the key elsewhere', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/v1/conversations`)).status).toBe(401);
  });

  it('streams a reply over HTTP with ids and [DONE]', async () => {
    const { id } = await (
      await fetch(`${server.url}/v1/conversations?assistant_id=a`, { method: 'POST', headers, body: '{}' })
    ).json();
    const body = await (
      await fetch(`${server.url}/v1/conversations/${id}/stream`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ content: '/tool' }),
      })
    ).text();
    expect(body).toContain('"type":"tool-output-available"');
    expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('a client abort stops the run after the grace period, keeping what was produced', async () => {
    const { id } = await (
      await fetch(`${server.url}/v1/conversations?assistant_id=a`, { method: 'POST', headers, body: '{}' })
    ).json();
    const controller = new AbortController();
    const response = await fetch(`${server.url}/v1/conversations/${id}/stream`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ content: '/long 100000 200' }),
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort();
    let conversation: { status: string; messages: Array<{ message_parts: Array<{ content: string }> }> };
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      conversation = await (await fetch(`${server.url}/v1/conversations/${id}`, { headers })).json();
    } while (conversation.status === 'running');
    const text = conversation.messages[1]?.message_parts[0]?.content ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan(100_000);
  });
});

describe('seed and reset', () => {
  it('seeds example conversations and brings them back after reset', async () => {
    const mock = createMockServer({ seed: true });
    const list = async () =>
      (await (await mock.fetch(new Request('http://m/v1/conversations'))).json()).items;
    expect(await list()).toHaveLength(2);
    await mock.fetch(new Request('http://m/v1/conversations?assistant_id=x', { method: 'POST', body: '{}' }));
    expect(await list()).toHaveLength(3);
    mock.reset();
    expect(await list()).toHaveLength(2);
    expect(
      await (await createMockServer().fetch(new Request('http://m/v1/conversations'))).json(),
    ).toMatchObject({ items: [] });
  });
});

describe('agent-chat-mock CLI', () => {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill();
  });

  it('starts from the built package, prints its mount points and answers /health', async () => {
    // Build only when a source is newer than the build: tsc is slow on a busy machine.
    const newest = (dir: string) =>
      Math.max(
        ...readdirSync(dir)
          .filter((name) => !name.endsWith('.test.ts'))
          .map((name) => statSync(`${dir}/${name}`).mtimeMs),
      );
    let built = 0;
    try {
      built = statSync(`${packageDir}/dist/node.js`).mtimeMs;
    } catch {
      // Not built yet.
    }
    if (built < newest(`${packageDir}/src`))
      execFileSync('pnpm', ['run', '-s', 'build'], { cwd: packageDir, stdio: 'ignore' });
    child = spawn(process.execPath, ['bin/agent-chat-mock.js', '--port', '0'], { cwd: packageDir });
    const output = await new Promise<string>((resolve, reject) => {
      let text = '';
      child?.stdout?.on('data', (data: Buffer) => {
        text += data.toString();
        if (text.includes('Chat API')) resolve(text);
      });
      child?.once('exit', (code) => reject(new Error(`the CLI exited with ${code}: ${text}`)));
    });
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    expect(output).toContain('/v1/conversations');
    expect(output).toContain('/api/v2/agents/');
    expect(output).toContain('/ai-sdk/chat');
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    const seeded = await (await fetch(`${url}/v1/conversations`)).json();
    expect(seeded.items.length).toBe(2);
  }, 60_000);
});
