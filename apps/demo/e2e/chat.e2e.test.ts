import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { E2E_APIS, PLATFORM_APIS, type PlatformApi } from './support/context.ts';
import {
  expectNoAxeViolations,
  lastReply,
  messageLog,
  openDemo,
  screenshot,
  sendMessage,
  waitIdle,
} from './support/demo-page.ts';

/** What each platform offers, and so what the demo must show or hide. */
const offers: Record<
  PlatformApi,
  { attach: boolean; settings: boolean; rename: boolean; richParts: boolean; tabs: string[] }
> = {
  'noxus-v1': { attach: true, settings: true, rename: true, richParts: true, tabs: ['Platform'] },
  'agents-v2': {
    attach: true,
    settings: false,
    rename: false,
    richParts: true,
    tabs: ['Files', 'Data frames', 'Platform'],
  },
  // The Chat API streams plain text only: reasoning, tool calls and sources arrive as their text.
  'chat-api': {
    attach: false,
    settings: false,
    rename: true,
    richParts: false,
    tabs: ['Team chat', 'Platform'],
  },
};
const allTabs = ['Files', 'Data frames', 'Team chat', 'Platform'];

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint);
});
afterAll(async () => {
  await browser?.close();
});

test('each preview server says which API and upstream it uses, never the key', () => {
  const { servers, apiKey } = inject('e2e');
  for (const api of E2E_APIS) {
    const output = servers[api].startOutput;
    expect(output).toContain(api);
    expect(output).toMatch(/mock/i);
    expect(output).not.toContain(apiKey);
  }
});

describe.each(PLATFORM_APIS)('the demo on %s', (api) => {
  test('a conversation: streamed markdown, reasoning, a tool call and sources', async () => {
    const demo = await openDemo(browser, api);
    const { page } = demo;
    await page.getByRole('textbox', { name: 'Message', exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('platform').textContent()).toContain('embedded mock server');
    await expectNoAxeViolations(page, `${api}: new conversation`);
    await screenshot(page, `${api}-new-conversation`);

    await sendMessage(page, 'Hello, show me what markdown looks like');
    await messageLog(page).getByText('Hello, show me what markdown looks like').waitFor();
    // The default reply is markdown: a heading and a GFM table end up rendered.
    await lastReply(page).getByRole('table').waitFor();
    await lastReply(page).getByRole('heading').first().waitFor();
    await waitIdle(page);
    expect(page.url()).toMatch(/#\/c\/.+/);
    const sidebar = page.getByRole('navigation', { name: 'Conversations' });
    await sidebar.locator('[aria-current="page"]').waitFor();

    await sendMessage(page, '/reasoning');
    if (offers[api].richParts)
      await lastReply(page)
        .getByText(/^Thought for/)
        .waitFor();
    await lastReply(page)
      .getByText(/42 is the answer/)
      .waitFor();
    await waitIdle(page);

    await sendMessage(page, '/tool');
    if (offers[api].richParts) {
      await lastReply(page).getByText('get_weather').first().waitFor();
      await lastReply(page).getByText('Completed').waitFor();
    }
    await lastReply(page)
      .getByText(/sunny in Lisbon/)
      .waitFor();
    await waitIdle(page);

    await sendMessage(page, '/sources');
    if (offers[api].richParts) await lastReply(page).getByLabel('Sources').first().waitFor();
    await lastReply(page)
      .getByText(/According to the sources/)
      .waitFor();
    await waitIdle(page);

    await expectNoAxeViolations(page, `${api}: conversation with replies`);
    await screenshot(page, `${api}-conversation`);

    // Only what the platform supports is offered.
    expect(await page.getByRole('button', { name: 'Attach files' }).count()).toBe(offers[api].attach ? 1 : 0);
    expect(await page.getByRole('button', { name: 'Conversation settings' }).count()).toBe(
      offers[api].settings ? 1 : 0,
    );
    const tabs = page.getByRole('tablist', { name: 'Details' }).getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(allTabs.filter((tab) => offers[api].tabs.includes(tab)));
    await demo.close();
  });

  test('retry after the server fails, and stop a reply', async () => {
    const demo = await openDemo(browser, api);
    const { page } = demo;
    await sendMessage(page, 'Hello');
    await lastReply(page).getByRole('table').waitFor();
    await waitIdle(page);

    await sendMessage(page, '/500');
    const alert = messageLog(page).getByRole('alert');
    // A sentence a person can act on, and the server's own words behind Details.
    await alert.getByText(/server ran into a problem/).waitFor();
    await alert.getByText('Details').click();
    await alert.getByText(/failed before replying/).waitFor();
    // The failed turn goes back into the composer: nothing typed is lost.
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Message', exact: true }).inputValue())
      .toBe('/500');
    await expectNoAxeViolations(page, `${api}: failed reply`);
    await screenshot(page, `${api}-error`);

    const sends = () => demo.requests.filter((request) => request.startsWith('POST')).length;
    const before = sends();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(sends).toBeGreaterThan(before);
    await waitIdle(page);
    // Retry sent the failed turn again and the mock failed it again: the error is back, the text
    // is back in the composer once, and the thread holds no copy of the failed turn.
    await alert.getByText(/server ran into a problem/).waitFor();
    const composer = page.getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => composer.inputValue()).toBe('/500');
    expect(await messageLog(page).getByText('/500', { exact: true }).count()).toBe(0);
    await composer.fill('');

    // A long reply stopped halfway keeps what arrived, and the conversation goes on.
    await sendMessage(page, '/long 8000 20');
    const stop = page.getByRole('main').getByRole('button', { name: 'Stop', exact: true });
    await stop.waitFor();
    // Stop shows before the reply's first chunk: until the reply has a row, the last assistant
    // message is the earlier one, so wait for the newest message to be the reply and hold text.
    const newest = messageLog(page).locator('[data-slot="message"]').last();
    const replyLength = async () =>
      (await newest.getAttribute('data-role')) === 'assistant'
        ? ((await newest.textContent())?.length ?? 0)
        : 0;
    await expect.poll(replyLength).toBeGreaterThan(40);
    await stop.click();
    await waitIdle(page);
    // Stopped before its end, with what arrived kept.
    const stopped = (await lastReply(page).textContent()) ?? '';
    expect(stopped.length).toBeGreaterThan(40);
    expect(stopped.length).toBeLessThan(5000);

    await sendMessage(page, 'Are you back?');
    await messageLog(page).getByText('Are you back?').waitFor();
    await lastReply(page).getByRole('table').waitFor();
    await waitIdle(page);
    expect(await alert.count()).toBe(0);
    await demo.close();
  });

  test('rename and delete a conversation', async () => {
    const demo = await openDemo(browser, api);
    const { page } = demo;
    await sendMessage(page, 'A conversation to rename');
    await lastReply(page).getByRole('table').waitFor();
    await waitIdle(page);
    const sidebar = page.getByRole('navigation', { name: 'Conversations' });
    const item = sidebar.locator('[data-conversation-id]:has([aria-current="page"])');
    const current = item.locator('[aria-current="page"]');
    await current.waitFor();
    const id = await item.getAttribute('data-conversation-id');
    expect(page.url()).toContain(`#/c/${id}`);

    let name = (await current.textContent())?.trim() ?? '';
    const renameButtons = item.getByRole('button', { name: /^Rename / });
    if (offers[api].rename) {
      await renameButtons.click();
      const field = sidebar.getByRole('textbox', { name: 'Conversation name' });
      name = `Renamed on ${api}`;
      await field.fill(name);
      await field.press('Enter');
      await sidebar.getByText(name).waitFor();
      // The new name is the platform's too: it survives a reload.
      await page.reload();
      await sidebar.getByText(name).waitFor();
    } else {
      expect(await renameButtons.count()).toBe(0);
    }

    const row = sidebar.locator(`[data-conversation-id="${id}"]`);
    await row.getByRole('button', { name: /^Delete / }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectNoAxeViolations(page, `${api}: delete confirmation`);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => page.url()).not.toContain(`#/c/${id}`);
    await page.reload();
    await page.getByRole('textbox', { name: 'Message', exact: true }).waitFor();
    expect(await sidebar.locator(`[data-conversation-id="${id}"]`).count()).toBe(0);
    await demo.close();
  });
});
