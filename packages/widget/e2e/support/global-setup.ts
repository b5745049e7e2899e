import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './chromium.ts';

const widgetDir = fileURLToPath(new URL('../..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
/** The site the proxy serves: the example page and a fresh build of the widget (ignored by git). */
const siteDir = fileURLToPath(new URL('../../node_modules/.e2e-site', import.meta.url));
const proxyBin = `${repoRoot}/packages/proxy/bin/agent-chat-proxy.js`;

/** The same widget loaded as a module script. */
const MODULE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Module script</title><link rel="icon" href="data:,"></head>
<body><main><h1>Module script</h1></main>
<script type="module" src="../dist/agent-chat-widget.js"></script>
<agent-chat-widget title="Module"></agent-chat-widget></body></html>
`;

/** What the global setup hands the test files. */
export interface WidgetE2eContext {
  /** The proxy's origin; the example page is at `${url}/example/`. */
  url: string;
  /** The key the proxy adds upstream; the browser must never see it. */
  apiKey: string;
  /** The shared Chromium's endpoint; each test opens a fresh context on it. */
  wsEndpoint: string;
  /** The widget file the proxy serves. */
  bundlePath: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    widget: WidgetE2eContext;
  }
}

/** Starts the proxy bin on 127.0.0.1 (embedded mock server, `--static` site) and resolves with its URL. */
function startProxy(apiKey: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [proxyBin, '--port', '0', '--static', siteDir], {
    env: {
      ...process.env,
      AGENT_CHAT_API: 'noxus-v1',
      AGENT_CHAT_API_KEY: apiKey,
      // Whatever the shell has set, these tests run on the embedded mock server.
      AGENT_CHAT_UPSTREAM: '',
      AGENT_CHAT_AGENT_ID: '',
      AGENT_CHAT_AUTH: '',
    },
    stdio: 'pipe',
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`agent-chat-proxy did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`agent-chat-proxy exited with ${code}:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/**
 * Builds the widget into a site of its own beside the example page, serves it with the real
 * proxy bin and starts one headless Chromium the test files share.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(`${repoRoot}/packages/proxy/dist/node.js`)) {
    throw new Error('packages/proxy is not built; run "pnpm build" before the widget tests.');
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}; run "bash scripts/setup.sh --browser" or set CHROMIUM_PATH.`,
    );
  }
  // A build of its own: `pnpm build` elsewhere rewrites dist/ while the tests may be serving it.
  await rm(siteDir, { recursive: true, force: true });
  await build({
    root: widgetDir,
    configFile: `${widgetDir}/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: `${siteDir}/dist` },
  });
  await mkdir(`${siteDir}/example`, { recursive: true });
  await copyFile(`${widgetDir}/example/index.html`, `${siteDir}/example/index.html`);
  await writeFile(`${siteDir}/example/module.html`, MODULE_PAGE);

  const apiKey = `sk-widget-${randomBytes(12).toString('hex')}`;
  const proxy = await startProxy(apiKey);
  let browser: Awaited<ReturnType<typeof chromium.launchServer>>;
  try {
    browser = await chromium.launchServer({
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    });
  } catch (error) {
    await stop(proxy.child);
    throw error;
  }
  project.provide('widget', {
    url: proxy.url,
    apiKey,
    wsEndpoint: browser.wsEndpoint(),
    bundlePath: `${siteDir}/dist/agent-chat-widget.js`,
  });
  return async () => {
    await stop(proxy.child);
    await browser.close();
  };
}
