import { type Browser, chromium, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { E2eApi } from './support/context.ts';
import { expectNoAxeViolations, messageLog, openDemo, sendMessage, waitIdle } from './support/demo-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint);
});
afterAll(async () => {
  await browser?.close();
});

/** "n / N" of the message's branch picker, or '' without one. */
async function versionOf(message: Locator): Promise<string> {
  const state = message.locator('[data-slot="branch-picker-state"] [aria-hidden="true"]');
  return (await state.count()) === 0 ? '' : ((await state.textContent()) ?? '').trim();
}

describe.each<E2eApi>(['ai-sdk', 'noxus-v1'])('branches and feedback on %s', (api) => {
  test('edit a message, regenerate the reply, switch back to the first version; rate a reply', async () => {
    const demo = await openDemo(browser, api);
    const { page } = demo;
    // The second turn is the one edited: a platform that continues a conversation turn by turn
    // (Noxus v1) branches after a message, so the first turn can only be asked again.
    const userMessage = messageLog(page).locator('[data-role="user"]').nth(1);
    const reply = messageLog(page).locator('[data-role="assistant"]').nth(1);

    await sendMessage(page, 'Hi');
    await messageLog(page).locator('[data-role="assistant"]').first().getByRole('table').waitFor();
    await waitIdle(page);
    await sendMessage(page, '/reasoning');
    await reply.getByText(/42 is the answer/).waitFor();
    await waitIdle(page);

    // An edit makes a second version of the turn, with a reply of its own.
    await userMessage.getByRole('button', { name: 'Edit message' }).click();
    const editor = userMessage.getByRole('textbox', { name: 'Edit message' });
    await editor.fill('Hello');
    await userMessage.getByRole('button', { name: 'Send', exact: true }).click();
    await userMessage.getByText('Hello', { exact: true }).waitFor();
    await reply.getByRole('table').waitFor();
    await waitIdle(page);
    await expect.poll(() => versionOf(userMessage)).toBe('2 / 2');
    expect(await reply.getByText(/42 is the answer/).count()).toBe(0);

    // Regenerating makes a second version of the reply.
    await reply.getByRole('button', { name: 'Regenerate reply' }).click();
    await expect.poll(() => versionOf(reply)).toBe('2 / 2');
    await reply.getByRole('table').waitFor();
    if (api === 'ai-sdk') await reply.getByText('(version 2)').waitFor();
    await waitIdle(page);
    await expect.poll(() => versionOf(reply)).toBe('2 / 2');

    // Back to the first version of the turn: its message and its reply are shown again.
    await userMessage.getByRole('button', { name: 'Previous version' }).click();
    await userMessage.getByText('/reasoning', { exact: true }).waitFor();
    await reply.getByText(/42 is the answer/).waitFor();
    await expect.poll(() => versionOf(userMessage)).toBe('1 / 2');
    expect(await versionOf(reply)).toBe('');
    await expectNoAxeViolations(page, `${api}: branch picker`);

    // Thumbs are toggle buttons: pressed, taken back, the other one.
    const good = reply.getByRole('button', { name: 'Good reply' });
    const poor = reply.getByRole('button', { name: 'Poor reply' });
    await good.click();
    await expect.poll(() => good.getAttribute('aria-pressed')).toBe('true');
    await page
      .getByTestId('feedback-toast')
      .getByText(/Thanks for the feedback · 1 reply rated/)
      .waitFor();
    // The comment box opens after a rating; Escape skips it.
    await page.keyboard.press('Escape');
    await good.click();
    await expect.poll(() => good.getAttribute('aria-pressed')).toBe('false');
    await page
      .getByTestId('feedback-toast')
      .getByText(/Rating removed/)
      .waitFor();
    await poor.click();
    await expect.poll(() => poor.getAttribute('aria-pressed')).toBe('true');
    expect(await good.getAttribute('aria-pressed')).toBe('false');
    await demo.close();
  }, 120_000);
});
