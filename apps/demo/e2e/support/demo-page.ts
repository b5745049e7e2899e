import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { E2eApi } from './context.ts';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const screenshotsDir = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** A fresh browser context on the demo of one API, recording everything the browser received. */
export interface DemoPage {
  api: E2eApi;
  context: BrowserContext;
  page: Page;
  /** Requests the page sent to the proxy (method and path), in order. */
  requests: string[];
  /** Closes the context after checking that no response carried the proxy's key. */
  close(): Promise<void>;
}

/** Opens the demo of `api` at `hash` in a new context of the shared browser. */
export async function openDemo(browser: Browser, api: E2eApi, hash = ''): Promise<DemoPage> {
  const { servers, apiKey } = inject('e2e');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const received: Promise<string>[] = [];
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/agent-chat/')) requests.push(`${request.method()} ${url.pathname}`);
  });
  page.on('response', (response) => {
    const shown = JSON.stringify(response.headers());
    received.push(
      (async () => {
        const headers = await response.allHeaders().then(JSON.stringify, () => shown);
        // Bodies of replies cut off by a reload or a stop cannot be read; their headers still count.
        const body = await response.body().then(
          (buffer) => buffer.toString('latin1'),
          () => '',
        );
        return `${response.url()}\n${headers}\n${body}`;
      })(),
    );
  });
  await page.goto(`${servers[api].url}/${hash}`);
  return {
    api,
    context,
    page,
    requests,
    async close() {
      const texts = await Promise.all(received);
      const html = await page.content().catch(() => '');
      await context.close();
      expect(texts.length).toBeGreaterThan(0);
      for (const text of [...texts, html]) {
        expect(text.includes(apiKey), `the API key reached the browser in:\n${text.slice(0, 300)}`).toBe(
          false,
        );
      }
    },
  };
}

/** The conversation's message list. */
export function messageLog(page: Page): Locator {
  return page.getByRole('log', { name: 'Conversation' });
}

/** The last assistant message in the list. */
export function lastReply(page: Page): Locator {
  return messageLog(page).locator('[data-role="assistant"]').last();
}

/** Types `text` in the composer and presses Send. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  const chat = page.getByRole('main');
  await chat.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await chat.getByRole('button', { name: 'Send', exact: true }).click();
}

/** Waits until no reply is running (the Send button is back). */
export async function waitIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Send', exact: true }).waitFor({ timeout });
}

/** Runs axe on the page and fails with the violations, if any. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

interface AxeApi {
  run(
    context: Document,
    options: { resultTypes: string[] },
  ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
}

/** Saves a screenshot of the page under apps/demo/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotsDir, { recursive: true });
  await page.screenshot({ path: `${screenshotsDir}${name}.png` });
}

/** Drops files on an element as a person dragging them from the desktop would. */
export async function dropFiles(
  target: Locator,
  files: { name: string; type: string; text?: string; size?: number }[],
): Promise<void> {
  const dataTransfer = await target.page().evaluateHandle((specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs) {
      const content = spec.size === undefined ? [spec.text ?? ''] : [new Uint8Array(spec.size)];
      transfer.items.add(new File(content, spec.name, { type: spec.type }));
    }
    return transfer;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await target.dispatchEvent(type, { dataTransfer });
  }
  await dataTransfer.dispose();
}
