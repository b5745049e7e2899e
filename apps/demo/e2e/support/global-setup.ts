import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { E2E_APIS, type E2eApi, type E2eContext } from './context.ts';
import { e2eOutDir, type PreviewServer, startPreview } from './preview.ts';

const demoDir = fileURLToPath(new URL('../..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/**
 * Builds the demo once, starts one `vite preview` per platform API (each on the embedded mock
 * server, which then requires the proxy's key) and one headless Chromium the test files share.
 */
export default async function setup(project: TestProject) {
  // vite.config.ts loads the proxy plugin through Node, which reads the packages' dist.
  for (const pkg of ['client', 'proxy', 'mock-server']) {
    if (!existsSync(`${repoRoot}/packages/${pkg}/dist/index.js`)) {
      throw new Error(`packages/${pkg} is not built; run "pnpm build" before the end-to-end tests.`);
    }
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}; run "bash scripts/setup.sh --browser" or set CHROMIUM_PATH.`,
    );
  }
  // A build of its own: `pnpm build` elsewhere rewrites dist/ while the tests may be serving it.
  await build({
    root: demoDir,
    configFile: `${demoDir}/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: e2eOutDir, emptyOutDir: true },
  });

  const apiKey = `sk-e2e-${randomBytes(12).toString('hex')}`;
  const previews: PreviewServer[] = [];
  const browser = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  try {
    for (const api of E2E_APIS) {
      previews.push(
        await startPreview({
          AGENT_CHAT_API: api,
          AGENT_CHAT_API_KEY: apiKey,
          // Whatever the shell has set, these tests run on the embedded mock server.
          AGENT_CHAT_UPSTREAM: '',
          AGENT_CHAT_AGENT_ID: '',
          AGENT_CHAT_AUTH: '',
          AGENT_CHAT_TEAM_ID: '',
        }),
      );
    }
  } catch (error) {
    await Promise.all(previews.map((preview) => preview.close()));
    await browser.close();
    throw error;
  }
  const servers = Object.fromEntries(
    E2E_APIS.map((api, index) => {
      const preview = previews[index] as PreviewServer;
      return [api, { url: preview.url, startOutput: preview.output() }];
    }),
  ) as E2eContext['servers'];
  project.provide('e2e', { apiKey, wsEndpoint: browser.wsEndpoint(), servers });

  return async () => {
    await Promise.all(previews.map((preview) => preview.close()));
    await browser.close();
  };
}

export type { E2eApi };
