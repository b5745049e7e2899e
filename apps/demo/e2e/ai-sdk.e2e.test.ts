import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
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

test('ai-sdk: a tool behind approval — approve it, it runs, the model answers; the conversation goes on', async () => {
  const demo = await openDemo(browser, 'ai-sdk');
  const { page } = demo;
  await page.getByRole('textbox', { name: 'Message', exact: true }).waitFor();
  await expect.poll(() => page.getByTestId('platform').textContent()).toContain('AI SDK server');

  await sendMessage(page, 'Delete the file notes.txt');
  const card = lastReply(page).locator('[data-slot="tool"]');
  await card.getByText('Allow deleteFile to run with this input?').waitFor();
  await screenshot(page, 'ai-sdk-approval');
  await card.getByRole('button', { name: 'Approve' }).click();
  await lastReply(page).getByText('Done: I deleted notes.txt.').waitFor();
  await card.locator('[data-slot="tool-state"]', { hasText: 'Completed' }).waitFor();
  await waitIdle(page);

  // The approved call's message is sent back with the next turn, and the server must accept it.
  await sendMessage(page, '/reasoning');
  await lastReply(page)
    .getByText(/42 is the answer/)
    .waitFor();
  await waitIdle(page);
  expect(await messageLog(page).getByRole('alert').count()).toBe(0);
  await demo.close();
});

test('ai-sdk: deny a tool call with a reason — it does not run, the model answers the denial', async () => {
  const demo = await openDemo(browser, 'ai-sdk');
  const { page } = demo;
  await sendMessage(page, '/approve report.pdf');
  const card = lastReply(page).locator('[data-slot="tool"]');
  await card.getByRole('button', { name: 'Deny' }).waitFor();
  await card.getByRole('textbox', { name: 'Reason (optional)' }).fill('I still need it');
  await card.getByRole('button', { name: 'Deny' }).click();
  await lastReply(page).getByText('Understood, I did not delete report.pdf; it is still there.').waitFor();
  await card.locator('[data-slot="tool-state"]', { hasText: 'Denied' }).waitFor();
  await waitIdle(page);
  await demo.close();
});

test('ai-sdk: the date question the browser answers — pick a date and submit, or decline with the keyboard', async () => {
  const demo = await openDemo(browser, 'ai-sdk');
  const { page } = demo;
  await sendMessage(page, '/pick-date');
  const form = lastReply(page).getByRole('form', { name: 'Date question' });
  await form.waitFor();
  const date = form.getByLabel('Which date suits you?');
  await expect.poll(() => date.getAttribute('type')).toBe('date');
  await expectNoAxeViolations(page, 'ai-sdk: date question');
  await screenshot(page, 'ai-sdk-date-question');
  await date.fill('2030-05-17');
  await form.getByRole('button', { name: 'Submit' }).click();
  await lastReply(page)
    .getByText(/Thanks, I booked it for 2030-05-17/)
    .waitFor();
  await form.waitFor({ state: 'detached' });
  await waitIdle(page);

  // Declining from the keyboard: Tab from the date field to the buttons, Enter on "I'd rather not".
  await sendMessage(page, '/pick-date');
  const again = lastReply(page).getByRole('form', { name: 'Date question' });
  await again.getByLabel('Which date suits you?').focus();
  const decline = again.getByRole('button', { name: "I'd rather not" });
  for (let press = 0; press < 6; press += 1) {
    if (await decline.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect.poll(() => decline.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await lastReply(page)
    .getByText(/I could not get a date from you .*so nothing is booked/)
    .waitFor();
  await waitIdle(page);
  await demo.close();
});

test('ai-sdk: the weather tool drawn by its own card; follow-up chips send the next question', async () => {
  const demo = await openDemo(browser, 'ai-sdk');
  const { page } = demo;
  await sendMessage(page, '/weather Lisbon');
  const card = lastReply(page).getByRole('region', { name: 'Weather in Lisbon' });
  const temperature = card.locator('[data-slot="weather-temperature"]');
  await temperature.waitFor();
  const degrees = (await temperature.textContent())?.match(/^(\d+) °C$/)?.[1];
  expect(degrees).toBeDefined();
  const condition = (await card.locator('[data-slot="weather-condition"]').textContent()) ?? '';
  expect(condition).toMatch(/^(sunny|cloudy|rainy|windy|snowy)$/);
  // The model's summary says what the card shows; the generic tool card is not drawn.
  await lastReply(page).getByText(`It is ${degrees} °C and ${condition} in Lisbon.`).waitFor();
  expect(await lastReply(page).locator('[data-slot="tool"]').count()).toBe(0);
  await waitIdle(page);

  const followUps = page.getByRole('list', { name: 'Suggested follow-ups' });
  await followUps.getByRole('button', { name: '/weather Paris' }).waitFor();
  await expectNoAxeViolations(page, 'ai-sdk: weather card and follow-ups');
  await screenshot(page, 'ai-sdk-weather');
  await followUps.getByRole('button', { name: '/weather Paris' }).click();
  await messageLog(page).locator('[data-role="user"]').getByText('/weather Paris').waitFor();
  await lastReply(page)
    .getByRole('region', { name: 'Weather in Paris' })
    .locator('[data-slot="weather-temperature"]')
    .waitFor();
  await waitIdle(page);
  await demo.close();
});
