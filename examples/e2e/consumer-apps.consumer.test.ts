import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CONSUMER_APPS, type ConsumerApp, consumersContext } from './context.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.connect(consumersContext(inject('consumers')).wsEndpoint);
});

afterAll(async () => {
  await browser?.close();
});

interface OpenedApp {
  page: Page;
  /** Console errors and warnings the page printed. */
  console: string[];
  close(): Promise<void>;
}

/** Opens an app in a fresh context, recording its console and checking that no response carried the key. */
async function openApp(app: ConsumerApp): Promise<OpenedApp> {
  const { urls, apiKey } = consumersContext(inject('consumers'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then(
        (body) => `${response.url()}\n${body.toString('latin1')}`,
        () => '',
      ),
    );
  });
  await page.goto(`${urls[app]}/`);
  return {
    page,
    console: messages,
    async close() {
      const texts = [...(await Promise.all(bodies)), await page.content()];
      await context.close();
      for (const text of texts)
        expect(text.includes(apiKey), `the key reached the browser: ${text.slice(0, 200)}`).toBe(false);
    },
  };
}

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });
const sendButton = (page: Page) => page.getByRole('button', { name: 'Send', exact: true });
const lastReply = (page: Page) => page.locator('[data-role="assistant"]').last();

/** `value` (any CSS colour, `var()` included) as the browser computes it. */
function resolvedColor(page: Page, value: string): Promise<string> {
  return page.evaluate((value) => {
    const probe = document.createElement('div');
    probe.style.color = value;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, value);
}

describe.each(CONSUMER_APPS)('%s', (app) => {
  test('sends a message and shows the streamed markdown reply', async () => {
    const opened = await openApp(app);
    const { page } = opened;
    await composer(page).fill('Hello, show me what markdown looks like');
    await sendButton(page).click();
    await page.locator('[data-role="user"]').getByText('Hello, show me what markdown looks like').waitFor();
    // The mock's default reply is markdown: a heading, a GFM table and a code block end up rendered.
    await lastReply(page).getByRole('heading', { name: 'Here is what I found' }).waitFor();
    await lastReply(page).getByRole('table').waitFor();
    await lastReply(page).locator('[data-slot="code-block"]').waitFor();
    await sendButton(page).waitFor({ timeout: 30_000 });
    await opened.close();
  });

  test("applies the kit's styles and leaves the host's tokens alone", async () => {
    const opened = await openApp(app);
    const { page } = opened;
    await composer(page).fill('Styles?');
    await sendButton(page).click();
    const bubble = page.locator('[data-role="user"] [data-slot="message-content"]').first();
    await bubble.waitFor();
    await sendButton(page).waitFor({ timeout: 30_000 });

    // A kit element carries the kit's colours and shapes.
    const style = await bubble.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { background: computed.backgroundColor, radius: computed.borderTopLeftRadius };
    });
    expect(style.background).toBe(await resolvedColor(page, 'var(--chat-bubble-user)'));
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.radius).not.toBe('0px');
    // Screen-reader-only text stays hidden without the host's Tailwind.
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('.sr-only')].map((element) => {
        const computed = getComputedStyle(element);
        return `${computed.position} ${computed.width}`;
      }),
    );
    expect(hidden.length).toBeGreaterThan(0);
    for (const entry of hidden) expect(entry).toBe('absolute 1px');

    // The host's tokens keep their values: --primary computes to what the host's own stylesheet
    // declares (or its colour fallback), and none of Tailwind's variables land on the host's root.
    const root = await page.evaluate(() => {
      const computed = getComputedStyle(document.documentElement);
      const read = (name: string) => computed.getPropertyValue(name).trim();
      const declared: string[] = [];
      for (const sheet of document.styleSheets) {
        const visit = (rules: CSSRuleList) => {
          for (const rule of rules) {
            if (rule instanceof CSSStyleRule && rule.style.getPropertyValue('--primary')) {
              declared.push(rule.style.getPropertyValue('--primary').trim());
            }
            if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
          }
        };
        visit(sheet.cssRules);
      }
      return {
        primary: read('--primary'),
        declared,
        tailwind: [
          '--tw-shadow',
          '--tw-border-style',
          '--spacing',
          '--color-bubble-user',
          '--radius-bubble',
        ].map(read),
      };
    });
    expect(root.declared).toContain(root.primary);
    if (app === 'vite-app') {
      expect(await resolvedColor(page, root.primary)).toBe('rgb(225, 29, 72)');
      expect(root.tailwind).toEqual(['', '', '', '', '']);
      const title = await page.locator('.app-title').evaluate((element) => getComputedStyle(element).color);
      expect(title).toBe('rgb(225, 29, 72)');
      // The kit's reset stays inside the kit: the host's heading keeps the browser's margins.
      const margin = await page
        .locator('.app-title')
        .evaluate((element) => getComputedStyle(element).marginTop);
      expect(margin).toBe('16px');
    } else {
      // The host's own `bg-primary` still paints with the host's --primary.
      const button = await page
        .getByTestId('host-button')
        .evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(button).toBe(await resolvedColor(page, root.primary));
    }
    await opened.close();
  });

  test('goes dark by a class or attribute on any ancestor, or by the system with data-chat-theme="auto"', async () => {
    const opened = await openApp(app);
    const { page } = opened;
    await composer(page).waitFor();
    const background = () =>
      page
        .locator('[data-slot="thread"]')
        .first()
        .evaluate((element) => {
          const probe = document.createElement('div');
          probe.style.color = 'var(--chat-background)';
          element.append(probe);
          const color = getComputedStyle(probe).color;
          probe.remove();
          return color;
        });
    const light = await background();
    const setRoot = (attribute: string, value: string | null) =>
      page.evaluate(
        ([name, text]) => {
          const root = document.documentElement;
          if (name === 'class') root.classList.toggle('dark', text !== null);
          else if (text === null) root.removeAttribute(name as string);
          else root.setAttribute(name as string, text);
        },
        [attribute, value] as const,
      );
    for (const [attribute, value] of [
      ['class', 'dark'],
      ['data-theme', 'dark'],
      ['data-chat-theme', 'dark'],
    ] as const) {
      await setRoot(attribute, value);
      const dark = await background();
      expect(dark, `${attribute}=${value}`).not.toBe(light);
      await setRoot(attribute, null);
      expect(await background()).toBe(light);
    }
    // "auto" follows the system's colour scheme.
    await setRoot('data-chat-theme', 'auto');
    expect(await background()).toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await opened.close();
  });

  test('loads without errors, warnings or hydration mismatches', async () => {
    const opened = await openApp(app);
    await composer(opened.page).waitFor();
    await opened.page.waitForLoadState('networkidle');
    expect(opened.console).toEqual([]);
    await opened.close();
  });
});
