import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Headless Debian Chromium (browsers cannot be downloaded here); the network flags keep it from
// trying to reach services on a closed network.
const chromium = playwright({
  // Stories exercise copy buttons, which need the clipboard.
  contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
  launchOptions: {
    executablePath: '/usr/bin/chromium', // installed by scripts/setup.sh --browser
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
});

// Workspace packages resolve to their TypeScript sources (the `source` export condition),
// so tests never depend on a prior build.
const resolve = { conditions: ['source', ...defaultClientConditions] };
const ssr = { resolve: { conditions: ['source', ...defaultServerConditions] } };

export default defineConfig({
  resolve,
  ssr,
  test: {
    // eventsource-parser also publishes a `source` condition (pointing at .ts files); the `ai`
    // packages that import it must be transformed by Vite, or Node is handed TypeScript.
    server: { deps: { inline: ['ai', /@ai-sdk\//, 'eventsource-parser'] } },
    // Tests wait for the condition they check; on a loaded machine that may take a while.
    testTimeout: 60_000,
    // `expect.poll` gives up after 1 s by default: a time limit, not a condition. Polls wait for
    // their condition until well inside the test's own timeout.
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        // The demo in Chromium as a person uses it, over vite preview of the built app, one
        // preview server per platform API (see apps/demo/e2e/support/global-setup.ts).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/demo/e2e/**/*.e2e.test.ts'],
          globalSetup: ['apps/demo/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One shared browser and three servers on two cores: one file at a time.
          fileParallelism: false,
        },
      },
      {
        // The page widget in Chromium: its example page (hostile CSS) and a fresh build of the
        // widget, served by the real proxy bin (see packages/widget/e2e/support/global-setup.ts).
        extends: true,
        test: {
          name: 'widget',
          environment: 'node',
          include: ['packages/widget/{src,e2e}/**/*.test.ts'],
          globalSetup: ['packages/widget/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // The packed packages installed into examples/vite-app and examples/next-app, built and
        // driven in Chromium, plus the size budget (see scripts/consumer-apps.sh).
        extends: true,
        test: {
          name: 'consumers',
          environment: 'node',
          include: ['examples/e2e/**/*.consumer.test.ts'],
          globalSetup: ['examples/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{client,mock-server,proxy}/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          setupFiles: ['scripts/jsdom-setup.ts'],
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          setupFiles: ['scripts/jsdom-setup.ts'],
          include: ['packages/ui/src/**/*.test.{ts,tsx}'],
          exclude: ['packages/ui/src/**/*.browser.test.{ts,tsx}'],
        },
      },
      {
        // UI tests that need a real browser (layout, scrolling) run in Chromium with the real styles.
        extends: true,
        plugins: [react(), tailwindcss()],
        test: {
          name: 'ui-browser',
          include: ['packages/ui/src/**/*.browser.test.{ts,tsx}'],
          // The mock server over HTTP, for what needs a real network (upload progress).
          globalSetup: ['packages/ui/src/test-support/upload-server-global-setup.ts'],
          setupFiles: ['packages/ui/src/test-support/browser-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Every story is a test: it renders in Chromium, runs its `play` function and fails on
        // any axe violation (parameters.a11y.test = 'error' in .storybook/preview.tsx).
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
