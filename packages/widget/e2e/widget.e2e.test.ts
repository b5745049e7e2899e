import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  expectNoAxeViolations,
  focusedSlot,
  launcher,
  openWidgetPage,
  panel,
} from './support/widget-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('widget').wsEndpoint);
});
afterAll(async () => {
  await browser?.close();
});

/** Elements and stylesheets of the page outside the widget's shadow root. */
function lightDom(page: Page) {
  return page.evaluate(() => ({
    head: [...document.head.children].map((element) => element.tagName.toLowerCase()),
    bodyElements: document.body.querySelectorAll('*').length,
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    widgetChildren: document.querySelector('agent-chat-widget')?.childNodes.length,
  }));
}

/** Computed styles of the launcher that the page's CSS would change if it reached it. */
function launcherStyles(page: Page) {
  return page.evaluate(() => {
    const button = document
      .querySelector('agent-chat-widget')
      ?.shadowRoot?.querySelector('[data-slot="chat-launcher"]');
    if (!button) throw new Error('no launcher');
    const style = getComputedStyle(button);
    const box = button.getBoundingClientRect();
    const properties = [
      'color',
      'background-color',
      'box-sizing',
      'border-top-width',
      'border-radius',
      'padding-top',
      'box-shadow',
      'font-family',
      'font-size',
      'letter-spacing',
      'text-transform',
      'display',
      'position',
      'right',
      'bottom',
      'opacity',
      'filter',
      'transform',
    ];
    const values: Record<string, string | number> = Object.fromEntries(
      properties.map((name) => [name, style.getPropertyValue(name)]),
    );
    values.width = box.width;
    values.height = box.height;
    values.right = window.innerWidth - box.right;
    values.bottom = window.innerHeight - box.bottom;
    return values;
  });
}

test('the file is one self-contained script (gzipped size printed)', async () => {
  const { bundlePath } = inject('widget');
  const code = await readFile(bundlePath, 'utf8');
  const gzipped = gzipSync(code, { level: 9 }).length;
  console.info(
    `agent-chat-widget.js: ${((await stat(bundlePath)).size / 1024).toFixed(1)} kB, ${(gzipped / 1024).toFixed(1)} kB gzipped`,
  );
  // No chunks to fetch, no `import` statements, no Node globals: a plain <script> can run it.
  expect(code).not.toMatch(/\bimport\s*\(|^import\s|\bimport\.meta\b|process\.env/m);
});

test('open, send, streamed markdown reply, events, Escape, and nothing added to the page', async () => {
  const widget = await openWidgetPage(browser);
  const { page } = widget;
  await launcher(page).waitFor();
  const before = await lightDom(page);
  expect(before).toEqual({
    head: ['meta', 'meta', 'title', 'link', 'style'],
    bodyElements: before.bodyElements,
    styleSheets: 1,
    adoptedStyleSheets: 0,
    widgetChildren: 0,
  });
  await expect(launcher(page)).toBeTruthy();
  expect(await launcher(page).getAttribute('aria-label')).toBe('Open chat');
  await expectNoAxeViolations(page, 'closed');

  // Keyboard only: Tab to the launcher (after the page's own button), Enter opens the panel.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedSlot(page)).toBe('chat-launcher');
  await page.keyboard.press('Enter');
  await panel(page).waitFor();
  await expect.poll(() => focusedSlot(page)).toBe('composer-input');
  expect(await panel(page).getByRole('heading', { name: 'Support' }).count()).toBe(1);
  await expectNoAxeViolations(page, 'open, empty');

  await page.keyboard.type('Hello, show me what markdown looks like');
  await page.keyboard.press('Enter');
  const reply = panel(page).locator('[data-role="assistant"]').last();
  await reply.getByRole('table').waitFor();
  await reply.getByRole('heading').first().waitFor();
  await panel(page).getByRole('button', { name: 'Send', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'open, after a reply');

  await expect
    .poll(async () => (await widget.events()).filter((event) => event.type === 'agent-chat:message'))
    .toEqual([
      expect.objectContaining({ role: 'user', text: 'Hello, show me what markdown looks like' }),
      expect.objectContaining({ role: 'assistant', text: expect.stringContaining('|') }),
    ]);
  const messages = (await widget.events()).filter((event) => event.type === 'agent-chat:message');
  expect(messages[0]?.conversationId).toBeTruthy();
  expect(messages[1]?.conversationId).toBe(messages[0]?.conversationId);

  // The page's own listener (the example's event log) saw them too.
  await expect.poll(() => page.locator('#events').textContent()).toContain('agent-chat:message assistant');

  // Nothing of the widget in the page's DOM, even with the panel open after a streamed reply.
  expect(await lightDom(page)).toEqual(before);

  // Escape closes the panel and gives focus back to the launcher.
  await panel(page).getByRole('textbox', { name: 'Message', exact: true }).focus();
  await page.keyboard.press('Escape');
  await panel(page).waitFor({ state: 'detached' });
  await expect.poll(() => focusedSlot(page)).toBe('chat-launcher');
  expect(await page.locator('agent-chat-widget').getAttribute('open')).toBeNull();
  expect(
    (await widget.events()).map((event) => event.type).filter((type) => type !== 'agent-chat:message'),
  ).toEqual(['agent-chat:open', 'agent-chat:close']);

  // Reopening shows the same conversation.
  await launcher(page).click();
  await panel(page).locator('[data-role="assistant"]').getByRole('table').waitFor();
  expect(await lightDom(page)).toEqual(before);
  expect(widget.errors).toEqual([]);
  await widget.close();
});

test("the page's hostile CSS does not change the launcher", async () => {
  const widget = await openWidgetPage(browser);
  const { page } = widget;
  await launcher(page).waitFor();
  const hostile = await launcherStyles(page);
  await page.evaluate(() => {
    for (const sheet of document.styleSheets) sheet.disabled = true;
  });
  const clean = await launcherStyles(page);
  expect(hostile).toEqual(clean);
  // And the styles are the kit's: a round 56 px button with a shadow, 16 px from the corner.
  expect(clean).toMatchObject({ width: 56, height: 56, right: 16, bottom: 16, 'box-sizing': 'border-box' });
  expect(clean['box-shadow']).not.toBe('none');
  expect(clean['border-radius']).not.toBe('0px');
  await widget.close();
});

test('methods, attribute changes at runtime, theme, and a clear error for a bad value', async () => {
  const widget = await openWidgetPage(browser);
  const { page } = widget;
  const element = page.locator('agent-chat-widget');
  await launcher(page).waitFor();

  await element.evaluate((node: HTMLElementTagNameMap['agent-chat-widget']) => node.open());
  await panel(page).waitFor();
  await expect.poll(() => focusedSlot(page)).toBe('composer-input');
  await element.evaluate((node: HTMLElementTagNameMap['agent-chat-widget']) => node.toggle());
  await panel(page).waitFor({ state: 'detached' });
  await element.evaluate((node: HTMLElementTagNameMap['agent-chat-widget']) => node.toggle());
  await panel(page).waitFor();
  await element.evaluate((node: HTMLElementTagNameMap['agent-chat-widget']) => node.close());
  await panel(page).waitFor({ state: 'detached' });
  expect((await widget.events()).map((event) => event.type)).toEqual([
    'agent-chat:open',
    'agent-chat:close',
    'agent-chat:open',
    'agent-chat:close',
  ]);

  // Title and position, changed while the page runs.
  await element.evaluate((node) => {
    node.setAttribute('title', 'Help desk');
    node.setAttribute('position', 'bottom-left');
    node.setAttribute('open', '');
  });
  await panel(page).getByRole('heading', { name: 'Help desk' }).waitFor();
  await expect.poll(() => launcher(page).evaluate((node) => node.getBoundingClientRect().left)).toBe(16);
  await expect.poll(() => panel(page).evaluate((node) => node.getBoundingClientRect().left)).toBe(16);

  // Theme by attribute: dark and light give the panel different backgrounds.
  const background = () => panel(page).evaluate((node) => getComputedStyle(node).backgroundColor);
  await element.evaluate((node) => node.setAttribute('theme', 'light'));
  const themeRoot = page.locator('agent-chat-widget [data-slot="widget-root"]');
  await expect.poll(() => themeRoot.getAttribute('data-chat-theme')).toBe('light');
  const light = await background();
  await element.evaluate((node) => node.setAttribute('theme', 'dark'));
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await expectNoAxeViolations(page, 'dark theme');
  // `auto` follows the system setting as it changes.
  await page.emulateMedia({ colorScheme: 'light' });
  await element.evaluate((node) => node.setAttribute('theme', 'auto'));
  await expect.poll(background).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe(dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe(light);

  // A bad value names the attribute and the allowed values, and falls back to the default.
  await element.evaluate((node) => node.setAttribute('position', 'top-left'));
  await expect.poll(() => widget.errors.join('\n')).toMatch(/position="top-left".*bottom-right, bottom-left/);
  await expect
    .poll(() => launcher(page).evaluate((node) => window.innerWidth - node.getBoundingClientRect().right))
    .toBe(16);
  await element.evaluate((node) => node.setAttribute('theme', 'sepia'));
  await expect.poll(() => widget.errors.join('\n')).toMatch(/theme="sepia".*light, dark, auto/);
  await element.evaluate((node) => node.setAttribute('api', 'soap'));
  await expect.poll(() => widget.errors.join('\n')).toMatch(/api="soap".*noxus-v1, agents-v2, chat-api/);
  await widget.close();
});

test('removing the element unmounts it cleanly; adding it back works', async () => {
  const widget = await openWidgetPage(browser);
  const { page } = widget;
  await launcher(page).waitFor();
  const before = await lightDom(page);
  await launcher(page).click();
  await panel(page).waitFor();

  await page.evaluate(() => {
    const node = document.querySelector('agent-chat-widget');
    (window as unknown as { removed: Element | null }).removed = node;
    node?.remove();
  });
  const shadowChildren = () =>
    page.evaluate(() => {
      const removed = (window as unknown as { removed: Element }).removed;
      const root = removed.shadowRoot?.querySelector('[data-slot="widget-root"]');
      return root ? [...root.children].map((child) => child.childNodes.length) : null;
    });
  // React's root is unmounted: the mount point and the portal are empty.
  await expect.poll(shadowChildren).toEqual([0, 0]);
  expect(await page.locator('agent-chat-widget').count()).toBe(0);

  await page.evaluate(() => document.body.append((window as unknown as { removed: Element }).removed));
  // It was open when removed, and its `open` attribute says so.
  await panel(page).waitFor();
  await panel(page).getByRole('button', { name: 'Close chat' }).click();
  await panel(page).waitFor({ state: 'detached' });
  await expect.poll(() => focusedSlot(page)).toBe('chat-launcher');
  expect((await lightDom(page)).head).toEqual(before.head);
  expect(widget.errors).toEqual([]);
  await widget.close();
});

test('popovers open inside the shadow root, and Escape closes only them', async () => {
  const widget = await openWidgetPage(browser);
  const { page } = widget;
  await launcher(page).click();
  await panel(page).waitFor();
  const before = await lightDom(page);
  // Noxus conversations have settings: their popover is portalled into the widget's shadow root.
  await panel(page).getByRole('button', { name: 'Conversation settings' }).click();
  const popover = page.locator('agent-chat-widget [data-slot="composer-settings"]');
  await popover.waitFor();
  expect(await popover.evaluate((node) => node.getRootNode() instanceof ShadowRoot)).toBe(true);
  expect(await lightDom(page)).toEqual(before);
  await expectNoAxeViolations(page, 'settings popover');
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'detached' });
  expect(await panel(page).isVisible()).toBe(true);
  expect(widget.errors).toEqual([]);
  await widget.close();
});

test('a phone-width viewport: the panel fits', async () => {
  const widget = await openWidgetPage(browser, { viewport: { width: 375, height: 667 } });
  const { page } = widget;
  await launcher(page).click();
  await panel(page).waitFor();
  const box = await panel(page).evaluate((node) => {
    const rect = node.getBoundingClientRect();
    return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  });
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(375);
  expect(box.bottom).toBeLessThanOrEqual(667);
  const launcherBox = await launcher(page).boundingBox();
  expect(launcherBox && launcherBox.y + launcherBox.height).toBeLessThanOrEqual(667);
  await expectNoAxeViolations(page, 'phone width');
  await widget.close();
});

test('loaded as a module script, it works the same', async () => {
  const widget = await openWidgetPage(browser, { path: '/example/module.html' });
  const { page } = widget;
  await launcher(page).click();
  await panel(page).getByRole('heading', { name: 'Module' }).waitFor();
  expect(widget.errors).toEqual([]);
  await widget.close();
});
