import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { type AppServer, freePort, startAppServer } from './app-server.ts';
import { type ConsumersContext, chromiumArgs, chromiumPath } from './context.ts';

const examples = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    consumers: ConsumersContext | { error: string };
  }
}

/**
 * Packs, installs and builds the consumer apps (scripts/consumer-apps.sh) unless `npm test` has
 * just done so, then serves both on the embedded mock platform behind their proxies and starts
 * one headless Chromium the test files share.
 */
export default async function setup(project: TestProject) {
  // A failure here is handed to the tests, which then fail with it, instead of aborting the
  // whole run (and every other project's results) from the global setup.
  try {
    return await start(project);
  } catch (error) {
    project.provide('consumers', { error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

async function start(project: TestProject) {
  const ready = process.env.AGENT_CHAT_CONSUMERS_READY;
  if (ready === 'failed') throw new Error('scripts/consumer-apps.sh failed (see its output above).');
  if (ready !== '1') {
    const prepared = spawnSync('bash', ['scripts/consumer-apps.sh'], { cwd: repoRoot, stdio: 'inherit' });
    if (prepared.status !== 0)
      throw new Error('scripts/consumer-apps.sh failed: the consumer apps are not built.');
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}; run "bash scripts/setup.sh --browser" or set CHROMIUM_PATH.`,
    );
  }
  const apiKey = `sk-consumer-${randomBytes(12).toString('hex')}`;
  // Whatever the shell has set, the apps run on the embedded mock platform, which then wants this key.
  const env = {
    AGENT_CHAT_API_KEY: apiKey,
    AGENT_CHAT_API: '',
    AGENT_CHAT_UPSTREAM: '',
    AGENT_CHAT_AGENT_ID: '',
    AGENT_CHAT_AUTH: '',
  };
  const servers: AppServer[] = [];
  const browser = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  try {
    const vitePort = await freePort();
    const viteDir = `${examples}vite-app`;
    servers.push(
      await startAppServer(
        [
          process.execPath,
          `${viteDir}/node_modules/vite/bin/vite.js`,
          'preview',
          '--host',
          '127.0.0.1',
          '--port',
          String(vitePort),
          '--strictPort',
        ],
        viteDir,
        `http://127.0.0.1:${vitePort}/`,
        env,
      ),
    );
    const nextPort = await freePort();
    const nextDir = `${examples}next-app`;
    servers.push(
      await startAppServer(
        [
          process.execPath,
          `${nextDir}/node_modules/next/dist/bin/next`,
          'start',
          '-H',
          '127.0.0.1',
          '-p',
          String(nextPort),
        ],
        nextDir,
        `http://127.0.0.1:${nextPort}/`,
        env,
      ),
    );
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    await browser.close();
    throw error;
  }
  const [vite, next] = servers as [AppServer, AppServer];
  project.provide('consumers', {
    apiKey,
    wsEndpoint: browser.wsEndpoint(),
    urls: { 'vite-app': vite.url.replace(/\/$/, ''), 'next-app': next.url.replace(/\/$/, '') },
  });
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    await browser.close();
  };
}
