import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoHandler, type FakeUpstream, startFakeUpstream } from './test-support/fake-upstream.ts';

const KEY = 'sk-bin-3e8f61b0c2';
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** TypeScript to the ESM the build emits. */
function transpile(source: string, fileName: string): string {
  return ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      rewriteRelativeImportExtensions: true,
    },
    fileName,
  }).outputText;
}

/**
 * Lay out the package as it is published (bin/ beside dist/), compiling src/ the way the build
 * does, so the real bin file runs without depending on a previous `pnpm build`.
 */
async function publishedLayout(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'agent-chat-proxy-bin-'));
  await mkdir(join(root, 'dist'));
  await mkdir(join(root, 'bin'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const name of await readdir(join(packageDir, 'src'))) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const source = await readFile(join(packageDir, 'src', name), 'utf8');
    await writeFile(join(root, 'dist', name.replace(/\.ts$/, '.js')), transpile(source, name));
  }
  await copyFile(join(packageDir, 'bin', 'agent-chat-proxy.js'), join(root, 'bin', 'agent-chat-proxy.js'));
  // The one module the proxy takes from @agent-chat/client (the list of API kinds), installed as
  // a dependency would be, compiled the same way.
  const client = join(root, 'node_modules', '@agent-chat', 'client');
  await mkdir(client, { recursive: true });
  await writeFile(
    join(client, 'package.json'),
    JSON.stringify({ type: 'module', exports: { './backend-kinds': './backend-kinds.js' } }),
  );
  const kinds = await readFile(join(packageDir, '..', 'client', 'src', 'backend-kinds.ts'), 'utf8');
  await writeFile(join(client, 'backend-kinds.js'), transpile(kinds, 'backend-kinds.ts'));
  return root;
}

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function run(root: string, args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, [join(root, 'bin', 'agent-chat-proxy.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function listeningUrl(proc: Run): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(proc.stdout());
    if (match?.[1]) return match[1];
    if (proc.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the bin did not start: ${proc.stdout()} ${proc.stderr()}`);
}

describe('bin/agent-chat-proxy.js', () => {
  let root: string;
  let upstream: FakeUpstream;

  beforeAll(async () => {
    root = await publishedLayout();
    upstream = await startFakeUpstream(echoHandler());
  });
  afterAll(async () => {
    await upstream.close();
    await rm(root, { recursive: true, force: true });
  });

  it('starts from the environment, prints URL, upstream and API without the key, and answers', async () => {
    const app = join(root, 'app');
    await mkdir(app);
    await writeFile(join(app, 'index.html'), '<!doctype html><title>built app</title>');
    const proc = run(root, ['--port', '0', '--static', app], {
      AGENT_CHAT_UPSTREAM: upstream.url,
      AGENT_CHAT_API: 'chat-api',
      AGENT_CHAT_API_KEY: KEY,
    });
    try {
      const url = await listeningUrl(proc);
      expect(proc.stdout()).toContain(upstream.url);
      expect(proc.stdout()).toContain('chat-api');
      expect(proc.stdout()).not.toContain(KEY);

      const config = await fetch(`${url}/agent-chat/config`);
      expect(await config.json()).toMatchObject({ api: 'chat-api', upstream: upstream.url, auth: 'bearer' });
      const reply = await fetch(`${url}/agent-chat/agents/mock-agent/inbox`);
      expect(reply.status).toBe(200);
      expect(upstream.hits.at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(await (await fetch(`${url}/some/client/route`)).text()).toContain('built app');
    } finally {
      proc.child.kill('SIGTERM');
    }
    expect(await proc.exit).toBe(0);
  });

  it('exits with a clear message for a bad setting', async () => {
    const proc = run(root, ['--port', '0'], { AGENT_CHAT_API: 'soap' });
    expect(await proc.exit).toBe(1);
    expect(proc.stderr()).toContain(
      'AGENT_CHAT_API is "soap"; use one of noxus-v1, agents-v2, chat-api, ai-sdk.',
    );
  });

  it('prints usage for --help', async () => {
    const proc = run(root, ['--help'], {});
    expect(await proc.exit).toBe(0);
    expect(proc.stdout()).toContain('Usage: agent-chat-proxy');
  });
});
