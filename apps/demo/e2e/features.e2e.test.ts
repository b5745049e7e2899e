import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { E2eApi } from './support/context.ts';
import {
  dropFiles,
  expectNoAxeViolations,
  lastReply,
  messageLog,
  openDemo,
  screenshot,
  sendMessage,
  waitIdle,
} from './support/demo-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint);
});
afterAll(async () => {
  await browser?.close();
});

const MB = 1024 * 1024;

describe.each<E2eApi>(['noxus-v1', 'agents-v2'])('files on %s', (api) => {
  test('drop a file on the thread and send it; a 30 MB file is refused and the draft kept', async () => {
    const demo = await openDemo(browser, api);
    const { page } = demo;
    const thread = page.locator('[data-slot="thread"]');
    const textbox = page.getByRole('textbox', { name: 'Message', exact: true });
    await textbox.waitFor();

    await textbox.fill('Keep this draft');
    await dropFiles(thread, [{ name: 'huge.bin', type: 'application/octet-stream', size: 30 * MB }]);
    await page.getByText(/^huge\.bin is 30 MB; the limit is \d+ MB\.$/).waitFor();
    expect(await textbox.inputValue()).toBe('Keep this draft');
    await expectNoAxeViolations(page, `${api}: refused attachment`);
    await screenshot(page, `${api}-attachment-refused`);
    await page.getByRole('button', { name: 'Remove huge.bin' }).click();

    await dropFiles(thread, [{ name: 'notes.csv', type: 'text/csv', text: 'city,temp\nLisbon,21\n' }]);
    const attachments = page.getByRole('list', { name: 'Attachments' }).or(page.getByLabel('Attachments'));
    await attachments.getByText('notes.csv').first().waitFor();
    await sendMessage(page, 'Here are my notes');
    await messageLog(page).locator('[data-role="user"]').getByText('notes.csv').first().waitFor();
    await lastReply(page).getByRole('table').waitFor();
    await waitIdle(page);

    if (api === 'agents-v2') {
      // The upload landed in the conversation's file space, listed and downloadable in the side panel.
      await page.getByRole('tab', { name: 'Files' }).click();
      const files = page.getByRole('region', { name: 'Files' });
      await files.getByText('notes.csv').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        files.getByRole('button', { name: 'Download notes.csv' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('notes.csv');
      await expectNoAxeViolations(page, `${api}: files panel`);
      await screenshot(page, `${api}-files`);
    }
    await demo.close();
  });
});

test('agents-v2: open a million-row data frame and scroll far into it', async () => {
  const demo = await openDemo(browser, 'agents-v2');
  const { page } = demo;
  await sendMessage(page, '/dataframe-large');
  await waitIdle(page);
  await page.getByRole('tab', { name: 'Data frames' }).click();
  const open = page.getByRole('button', { name: /^Open events/ }).first();
  await open.waitFor();
  await expectNoAxeViolations(page, 'agents-v2: data frame list');
  await open.click();
  const grid = page.getByRole('grid', { name: /^Data frame events/ });
  await grid.waitFor();
  await grid.locator('tbody th[scope="row"]').first().waitFor();
  await expectNoAxeViolations(page, 'agents-v2: data frame table');

  const scroller = page.locator('[data-slot="data-frame-scroll"]');
  await scroller.evaluate((element) => {
    element.scrollTop = element.scrollHeight * 0.9;
  });
  // Rows far down load and show their values, with no placeholder left in view.
  await expect
    .poll(
      async () => {
        const numbers = await grid.locator('tbody th[scope="row"]').allTextContents();
        const placeholders = await grid.locator('[data-slot="data-frame-placeholder"]').count();
        const highest = Math.max(0, ...numbers.map((text) => Number(text.replace(/\D/g, ''))));
        return placeholders === 0 ? highest : 0;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(800_000);
  // Only the rows in view are in the page, not the million.
  expect(await grid.locator('tbody tr').count()).toBeLessThan(200);
  await screenshot(page, 'agents-v2-data-frame');
  await demo.close();
});

describe.each<E2eApi>(['noxus-v1', 'agents-v2'])('resume on %s', (api) => {
  test('reload in the middle of a reply and see it carry on', async () => {
    const demo = await openDemo(browser, api);
    const { page } = demo;
    await sendMessage(page, '/long 4000 200');
    await expect.poll(() => page.url()).toMatch(/#\/c\/.+/);
    await expect.poll(async () => (await lastReply(page).textContent())?.length ?? 0).toBeGreaterThan(200);
    const beforeReload = (await lastReply(page).textContent())?.length ?? 0;
    await page.reload();
    // Back on the same conversation, the reply keeps streaming to its end.
    await page.getByRole('button', { name: 'Stop', exact: true }).waitFor();
    await waitIdle(page, 40_000);
    const text = (await lastReply(page).textContent()) ?? '';
    // 4,000 characters of markdown render to about 2,700 of text.
    expect(text.length).toBeGreaterThan(Math.max(2500, beforeReload));
    expect(await page.getByText('The reply was interrupted.').count()).toBe(0);
    expect(await messageLog(page).locator('[data-role="user"]').getByText('/long 4000 200').count()).toBe(1);
    await demo.close();
  });
});

test('noxus-v1: keyboard only — reach the composer, send with Enter, stop with Escape; focus is visible', async () => {
  const demo = await openDemo(browser, 'noxus-v1');
  const { page } = demo;
  const textbox = page.getByRole('textbox', { name: 'Message', exact: true });
  await textbox.waitFor();
  let reached = false;
  for (let press = 0; press < 40 && !reached; press += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      return {
        label: element.getAttribute('aria-label'),
        visible:
          (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
        tag: element.tagName,
      };
    });
    if (!focus) continue;
    if (focus.label === 'Message') reached = true;
    // The composer shows focus on its frame; every other stop shows a ring on itself.
    else expect(focus.visible, `focus ring on ${focus.tag} ${focus.label ?? ''}`).toBe(true);
  }
  expect(reached).toBe(true);
  await page.keyboard.type('/long 8000 20');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Stop', exact: true }).waitFor();
  await expect.poll(async () => (await lastReply(page).textContent())?.length ?? 0).toBeGreaterThan(40);
  await page.keyboard.press('Escape');
  await waitIdle(page);
  expect(((await lastReply(page).textContent()) ?? '').length).toBeLessThan(8000);
  await page.keyboard.type('Thanks');
  await page.keyboard.press('Enter');
  await messageLog(page).getByText('Thanks', { exact: true }).waitFor();
  await waitIdle(page);
  await demo.close();
});

test('noxus-v1: the widget embedded in a host page', async () => {
  const demo = await openDemo(browser, 'noxus-v1');
  const { page } = demo;
  await page.getByRole('button', { name: 'Widget page' }).click();
  await page.getByRole('heading', { name: 'Northwind help centre' }).waitFor();
  await expectNoAxeViolations(page, 'widget page, closed');
  await page.getByRole('button', { name: 'Open chat' }).click();
  const panel = page.getByRole('dialog', { name: 'Northwind assistant' });
  await panel.waitFor();
  const textbox = panel.getByRole('textbox', { name: 'Message', exact: true });
  await expect.poll(() => textbox.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.type('Hello from the widget');
  await page.keyboard.press('Enter');
  await panel.getByText('Hello from the widget').waitFor();
  await panel.locator('[data-role="assistant"]').last().getByRole('table').waitFor();
  await panel.getByRole('button', { name: 'Send', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'widget page, open');
  await screenshot(page, 'noxus-v1-widget');
  await panel.getByRole('button', { name: 'Close chat' }).first().click();
  await panel.waitFor({ state: 'detached' });
  expect(page.url()).toContain('#/widget');
  await demo.close();
});

test('chat-api: team chat in the side panel; files and data frames are not offered', async () => {
  const demo = await openDemo(browser, 'chat-api');
  const { page } = demo;
  await page.getByRole('textbox', { name: 'Message', exact: true }).waitFor();
  expect(await page.getByRole('tab', { name: 'Files' }).count()).toBe(0);
  expect(await page.getByRole('tab', { name: 'Data frames' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Attach files' }).count()).toBe(0);
  await page.getByRole('tab', { name: 'Team chat' }).click();
  const team = page.getByRole('region', { name: 'Team chat' });
  const box = team.getByRole('textbox', { name: 'Message to the team' });
  await box.fill('Plan the launch');
  await box.press('Enter');
  const replies = team.getByRole('log', { name: 'Team replies' });
  await replies.getByText('Plan the launch').first().waitFor();
  await replies.getByRole('article').first().waitFor();
  await expectNoAxeViolations(page, 'chat-api: team chat');
  await screenshot(page, 'chat-api-team-chat');
  await demo.close();
});

test('noxus-v1: dark theme, remembered across a reload', async () => {
  const demo = await openDemo(browser, 'noxus-v1');
  const { page } = demo;
  const toggle = page.getByRole('switch', { name: 'Dark theme' });
  await toggle.click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.classList.contains('dark')))
    .toBe(true);
  await sendMessage(page, 'Hello in the dark');
  await lastReply(page).getByRole('table').waitFor();
  await waitIdle(page);
  await expectNoAxeViolations(page, 'noxus-v1: dark theme');
  await screenshot(page, 'noxus-v1-dark');
  await page.reload();
  await page.getByRole('switch', { name: 'Dark theme', checked: true }).waitFor();
  await demo.close();
});
