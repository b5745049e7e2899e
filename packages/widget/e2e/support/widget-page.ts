import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/** What the page's listeners on `document` saw of the widget's events. */
export interface SeenEvent {
  type: string;
  role?: string;
  text?: string;
  conversationId?: string;
}

/** The example page in a fresh browser context, with what it logged and received. */
export interface WidgetPage {
  context: BrowserContext;
  page: Page;
  /** `console.error` lines. */
  errors: string[];
  /** The widget's events, in order, as listeners on `document` saw them. */
  events(): Promise<SeenEvent[]>;
  /** Closes the context after checking that no response carried the proxy's key. */
  close(): Promise<void>;
}

/** Opens `path` (default: the example page) on the proxy in a new context of the shared browser. */
export async function openWidgetPage(
  browser: Browser,
  { path = '/example/', viewport = { width: 1280, height: 800 } } = {},
): Promise<WidgetPage> {
  const { url, apiKey } = inject('widget');
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const received: Promise<string>[] = [];
  page.on('response', (response) => {
    received.push(
      response.body().then(
        (body) => `${response.url()}\n${JSON.stringify(response.headers())}\n${body.toString('latin1')}`,
        () => `${response.url()}\n${JSON.stringify(response.headers())}`,
      ),
    );
  });
  // axe as an init script rather than a <script> tag, so the page's DOM stays as the page made it.
  await page.addInitScript({ path: axePath });
  // Listeners on `document`, as a host page would add them: the events must bubble and be composed.
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __widgetEvents: unknown[] }).__widgetEvents = seen;
    for (const type of ['agent-chat:open', 'agent-chat:close', 'agent-chat:message']) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent).detail as {
          role?: string;
          conversationId?: string;
          parts?: { type: string; text?: string }[];
        } | null;
        const text = detail?.parts
          ?.filter((part) => part.type === 'text')
          .map((part) => part.text)
          .join('');
        seen.push({ type, role: detail?.role, text, conversationId: detail?.conversationId });
      });
    }
  });
  await page.goto(`${url}${path}`);
  return {
    context,
    page,
    errors,
    events: () => page.evaluate(() => (window as unknown as { __widgetEvents: SeenEvent[] }).__widgetEvents),
    async close() {
      const texts = await Promise.all(received);
      await context.close();
      for (const text of texts) {
        expect(text.includes(apiKey), `the API key reached the browser in:\n${text.slice(0, 300)}`).toBe(
          false,
        );
      }
    },
  };
}

/** The widget's launcher (Playwright's locators pierce open shadow roots). */
export function launcher(page: Page): Locator {
  return page.locator('agent-chat-widget [data-slot="chat-launcher"]');
}

/** The open panel. */
export function panel(page: Page): Locator {
  return page.locator('agent-chat-widget [data-slot="chat-widget"]');
}

/** The `data-slot` of the element focused inside the widget's shadow root, if any. */
export function focusedSlot(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const widget = document.querySelector('agent-chat-widget');
    if (document.activeElement !== widget) return null;
    return widget?.shadowRoot?.activeElement?.getAttribute('data-slot') ?? null;
  });
}

/** Runs axe on the widget's shadow tree and fails with the violations, if any. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(
      { include: [{ fromShadowDom: ['agent-chat-widget', '[data-slot="widget-root"]'] }] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
    }));
  });
  expect(violations, `axe violations in the widget: ${screen}`).toEqual([]);
}

interface AxeApi {
  run(
    context: { include: { fromShadowDom: string[] }[] },
    options: { resultTypes: string[] },
  ): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
}
