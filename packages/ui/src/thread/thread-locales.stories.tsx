import { ar, en, pt } from '@agent-chat/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MockPlatformProvider } from '../test-support/mock-platform.tsx';
import { Thread } from './thread.tsx';

/**
 * The Thread in each shipped language on the in-page mock server (Noxus v1). The locale comes
 * from the story's `globals` (the Language toolbar), which also sets `dir` on the document.
 */
const meta = {
  title: 'Thread/Thread in other languages',
  component: Thread,
  decorators: [
    (Story) => (
      <MockPlatformProvider platform="noxus-v1" server={{ tokenDelayMs: 2 }}>
        <div className="h-[640px] overflow-hidden rounded-bubble border border-border">
          <Story />
        </div>
      </MockPlatformProvider>
    ),
  ],
} satisfies Meta<typeof Thread>;

export default meta;
type Story = StoryObj<typeof meta>;

type Messages = typeof en;

/** Sends a message and checks the names of the parts and of both messages in `messages`. */
async function sendAndReply(canvasElement: HTMLElement, messages: Messages) {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { name: messages.emptyTitle })).toBeVisible();
  const input = canvas.getByRole('textbox', { name: messages.composerInputLabel });
  await expect(input).toHaveAttribute('placeholder', messages.composerPlaceholder);
  await expect(canvas.getByRole('button', { name: messages.send })).toBeVisible();
  await userEvent.type(input, 'Hello there{Enter}');
  const log = canvas.getByRole('log', { name: messages.conversationLabel });
  // The reply's article is named in the locale from its first token on.
  const reply = await within(log).findByRole(
    'article',
    { name: messages.messageLabel('assistant') },
    { timeout: 30_000 },
  );
  await expect(within(log).getByRole('article', { name: messages.messageLabel('user') })).toBeVisible();
  return { canvas, input, log, reply };
}

/** English, the default: the same names the other stories and tests use. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await sendAndReply(canvasElement, en);
  },
};

/** Portuguese. */
export const Portuguese: Story = {
  globals: { locale: 'pt' },
  play: async ({ canvasElement }) => {
    await sendAndReply(canvasElement, pt);
  },
};

/** Arabic, right to left: the layout mirrors (Send at the left end, your messages on the left). */
export const ArabicRightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    const { input, log } = await sendAndReply(canvasElement, ar);
    const send = canvasElement.querySelector('[data-slot="composer-submit"]')!.getBoundingClientRect();
    const field = input.getBoundingClientRect();
    await expect(send.left).toBeLessThan(field.left + field.width / 2);
    const question = within(log).getByRole('article', { name: ar.messageLabel('user') });
    const bubble = question.querySelector('[data-slot="message-content"]')!.getBoundingClientRect();
    const row = question.getBoundingClientRect();
    // A user bubble sits at the end side: the left in RTL.
    await expect(bubble.left - row.left).toBeLessThan(row.right - bubble.right);
  },
};
