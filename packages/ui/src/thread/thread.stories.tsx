import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MockPlatformProvider } from '../test-support/mock-platform.tsx';
import { fileOfSize } from '../test-support/use-local-attachments.ts';
import { Thread } from './thread.tsx';

const MB = 1024 * 1024;

/** Runs on the real hooks against the in-page mock server (Noxus v1: files inline up to 25 MB, settings). */
const meta = {
  title: 'Thread/Thread',
  component: Thread,
  tags: ['autodocs'],
  args: {
    suggestions: ['Summarise the Q3 report', 'Chart revenue by region'],
    onConversationCreated: fn(),
  },
  decorators: [
    (Story) => (
      // Replies stream fast so the stories finish quickly; /slow still holds the first token back.
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

/** A new conversation: Enter sends, the conversation is created, the reply streams and is announced once. */
export const SendAndReply: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, 'Hello there{Enter}');
    await expect(await canvas.findByText('Hello there')).toBeVisible();
    await waitFor(() => expect(args.onConversationCreated).toHaveBeenCalled(), { timeout: 30_000 });
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^Assistant replied/), {
      timeout: 30_000,
    });
    await expect(canvas.getByRole('log')).toHaveAttribute('aria-busy', 'false');
    await expect(input).toHaveFocus();
  },
};

/** A suggestion sends its prompt. */
export const Suggestion: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Chart revenue by region' }));
    const log = canvas.getByRole('log');
    // The sent message, not the suggestion itself (the log shows it until the message is there).
    await waitFor(() =>
      expect(within(log).getByRole('article', { name: 'You said' })).toHaveTextContent(
        'Chart revenue by region',
      ),
    );
  },
};

/** A 30 MB file over the platform's 25 MB limit gets a chip with the reason; Send says why it waits. */
export const AttachmentTooLarge: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const picker = canvasElement.querySelector<HTMLInputElement>('[data-slot="composer-file-input"]')!;
    await userEvent.upload(picker, fileOfSize('report.pdf', 30 * MB));
    const chips = await canvas.findByRole('list', { name: 'Attachments' });
    await expect(within(chips).getByText(/30 MB/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove report.pdf' }));
    await expect(canvas.queryByRole('list', { name: 'Attachments' })).toBeNull();
  },
};

/** Where the backend supports settings, the composer offers them. */
export const WithSettings: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Conversation settings' })).toBeVisible();
  },
};

/** A slow reply (`/slow`): Escape in the composer stops it; Send comes back with focus in the textarea. */
export const StopWithEscape: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, '/slow{Enter}');
    await canvas.findByRole('button', { name: 'Stop' }, { timeout: 30_000 });
    await userEvent.keyboard('{Escape}');
    await expect(await canvas.findByRole('button', { name: 'Send' }, { timeout: 30_000 })).toBeVisible();
    await expect(input).toHaveFocus();
  },
};

/** The platform refuses the message (`/500`): the error is announced and the draft is back in the composer. */
export const FailedSendKeepsDraft: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, '/500{Enter}');
    await waitFor(() => expect(input).toHaveValue('/500'), { timeout: 30_000 });
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-slot="message-list-alert"]')?.textContent).toMatch(
        /^Error: /,
      ),
    );
  },
};

/** A reply that fails mid-stream (`/error`): the error shows on the reply with Retry. */
export const StreamError: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), '/error{Enter}');
    const log = canvas.getByRole('log');
    await expect(
      await within(log).findByRole('button', { name: 'Retry' }, { timeout: 30_000 }),
    ).toBeVisible();
    await expect(within(log).getByRole('alert')).toBeVisible();
  },
};
