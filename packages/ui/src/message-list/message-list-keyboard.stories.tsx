import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { sampleThread } from '../test-support/sample-thread.ts';
import { MessageList } from './message-list.tsx';

const meta = {
  title: 'Accessibility/Message list keyboard',
  component: MessageList,
  args: {
    messages: sampleThread(12),
    status: 'ready',
    onRegenerate: fn(),
    onEdit: fn(),
  },
  decorators: [
    (Story) => (
      <div className="flex h-[560px] flex-col rounded-bubble border border-border">
        <Story />
        {/* Something after the list, as the composer is in a thread: where Tab goes next. */}
        <button type="button" className="m-2 self-start rounded-md border border-border px-2 py-1 text-sm">
          After the list
        </button>
      </div>
    ),
  ],
} satisfies Meta<typeof MessageList>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowOf = (element: Element | null) => element?.closest('[data-slot="message-list-row"]') ?? null;
/** The focused message's position, from the row the focus is in. */
const focusedPosition = () => document.activeElement?.getAttribute('aria-posinset');

/**
 * The list is one Tab stop on the newest message; arrows move between messages, Enter goes into a
 * message's buttons, Escape comes back, Tab leaves the list.
 */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = canvas.getByRole('log', { name: 'Conversation' });
    await canvas.findByRole('article', { description: 'Message 12 of 12' });

    await userEvent.tab();
    await waitFor(() => expect(focusedPosition()).toBe('12'));
    await expect(document.activeElement).toHaveAccessibleName('Assistant said');
    await expect(document.activeElement).toHaveAccessibleDescription('Message 12 of 12');
    await expect(document.activeElement).toHaveAttribute('aria-setsize', '12');

    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(focusedPosition()).toBe('11'));
    await expect(document.activeElement).toHaveAccessibleName('You said');
    await expect(document.activeElement).toHaveAttribute('tabindex', '0');
    // Only one row is in the tab order.
    await expect(log.querySelectorAll('[data-row-target][tabindex="0"]')).toHaveLength(1);

    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await waitFor(() => expect(focusedPosition()).toBe('9'));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedPosition()).toBe('10'));

    // Into the message: its first button; Tab walks its buttons, Escape comes back to the row.
    const row = document.activeElement as HTMLElement;
    await userEvent.keyboard('{Enter}');
    // Message 10 holds a code block: its Copy button comes first, then the message's actions.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Copy ts code'));
    await expect(rowOf(document.activeElement)).toBe(rowOf(row));
    // Tab walks the message's own controls (the code's scroll box, Copy message, …) to Regenerate.
    const walked: (string | null)[] = [];
    while (walked.length < 8 && document.activeElement?.getAttribute('aria-label') !== 'Regenerate reply') {
      await userEvent.tab();
      await expect(rowOf(document.activeElement)).toBe(rowOf(row));
      walked.push(document.activeElement?.getAttribute('aria-label') ?? null);
    }
    await expect(walked).toContain('Copy message');
    await expect(walked.at(-1)).toBe('Regenerate reply');
    await userEvent.keyboard('{Escape}');
    await expect(document.activeElement).toBe(row);

    // Tab leaves the list in one step, Shift+Tab comes back to the remembered row.
    await userEvent.tab();
    // Scrolled up from the newest message, the next stop is "Jump to latest", just after the log.
    await expect(document.activeElement).toHaveAccessibleName(/Jump to latest/);
    await expect(log.contains(document.activeElement)).toBe(false);
    await userEvent.tab({ shift: true });
    await expect(document.activeElement).toBe(row);

    await userEvent.keyboard('{End}');
    await waitFor(() => expect(focusedPosition()).toBe('12'));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(focusedPosition()).toBe('1'));
    await expect(document.activeElement).toBeVisible();
  },
};

/** 500 messages, only a screenful rendered: Home and End still reach the first and the last one. */
export const LongKeyboard: Story = {
  name: 'Keyboard (500 messages)',
  args: { messages: sampleThread(500) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = canvas.getByRole('log', { name: 'Conversation' });
    await canvas.findByRole('article', { description: 'Message 500 of 500' });
    await userEvent.tab();
    await waitFor(() => expect(focusedPosition()).toBe('500'));

    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(focusedPosition()).toBe('1'), { timeout: 30_000 });
    await expect(document.activeElement).toHaveAccessibleDescription('Message 1 of 500');
    await expect(log.querySelectorAll('[data-slot="message-list-row"]').length).toBeLessThan(40);
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedPosition()).toBe('2'));

    await userEvent.keyboard('{End}');
    await waitFor(() => expect(focusedPosition()).toBe('500'), { timeout: 30_000 });
    await expect(document.activeElement).toHaveAccessibleName('Assistant said');
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(focusedPosition()).toBe('499'));
    await expect(document.activeElement).toHaveAccessibleName('You said');
  },
};

/** Messages keep arriving while a row is focused: focus and the Tab stop stay on that row. */
export const KeyboardWhileMessagesArrive: Story = {
  name: 'Keyboard while messages arrive',
  render: (args) => <Arrivals {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('article', { description: 'Message 12 of 12' });
    await userEvent.tab();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await waitFor(() => expect(focusedPosition()).toBe('10'));
    const row = document.activeElement;
    const receive = canvas.getByRole('button', { name: 'Receive a message' });
    // Click it without moving focus, as a message from the server would arrive.
    receive.click();
    receive.click();
    await canvas.findByRole('article', { description: 'Message 14 of 14' });
    await expect(document.activeElement).toBe(row);
    await expect(row).toHaveAttribute('tabindex', '0');
    await expect(row).toHaveAccessibleDescription('Message 10 of 14');
  },
};

/**
 * A long reply: 100 steps (200 blocks, so the markdown boxes them in groups), each with a line of
 * code, every other one wider than the list. Under 10,000 characters, so it mounts in one commit
 * (the markdown's catch-up budget) and the boxes out of view have never been in view.
 */
function longReplyWithCode(): string {
  return Array.from({ length: 100 }, (_, index) => {
    const line = index % 2 === 0 ? `wide_${index} ${'= wide value '.repeat(9)}` : `short_${index}`;
    return `Step ${index + 1}.\n\n\`\`\`text\n${line}\n\`\`\``;
  }).join('\n\n');
}
const codeBox = (log: HTMLElement, name: string) =>
  [...log.querySelectorAll<HTMLElement>('pre')].find((box) => box.textContent?.startsWith(name));

/**
 * A long reply's code: a box that overflows stays reachable by Tab, one that does not leaves the
 * tab order. The browser skips the layout of a long reply's blocks out of view, so a box's
 * overflow is read as its block comes into view, not before (which would lay the block out).
 */
export const LongReplyCode: Story = {
  name: 'Long reply: code boxes in the tab order by their overflow, read as they come into view',
  args: {
    messages: [
      { id: 'question', role: 'user', parts: [{ type: 'text', text: 'Walk me through it.' }] },
      { id: 'reply', role: 'assistant', parts: [{ type: 'text', text: longReplyWithCode() }] },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = canvas.getByRole('log', { name: 'Conversation' });
    await canvas.findByRole('article', { description: 'Message 2 of 2' });
    await waitFor(() => expect(codeBox(log, 'short_99')).toBeDefined(), { timeout: 30_000 });
    // In view at the bottom: the wide box stays in the tab order, the short one leaves it.
    await waitFor(() => expect(codeBox(log, 'short_99')).toHaveAttribute('tabindex', '-1'));
    await expect(codeBox(log, 'wide_98')).toHaveAttribute('tabindex', '0');
    // Far out of view, in a skipped group (blocks 64–127): not read yet, so still in the tab
    // order as rendered.
    await expect(codeBox(log, 'short_33')).toHaveAttribute('tabindex', '0');
    codeBox(log, 'short_33')!.scrollIntoView({ block: 'center' });
    await waitFor(() => expect(codeBox(log, 'short_33')).toHaveAttribute('tabindex', '-1'));
    await expect(codeBox(log, 'wide_32')).toHaveAttribute('tabindex', '0');
  },
};

import type { UIMessage } from 'ai';
import * as React from 'react';

function Arrivals(props: React.ComponentProps<typeof MessageList>) {
  const [messages, setMessages] = React.useState<UIMessage[]>(props.messages);
  const receive = () =>
    setMessages((current) => [
      ...current,
      {
        id: `new-${current.length}`,
        role: 'assistant',
        parts: [{ type: 'text', text: `New ${current.length + 1}` }],
      },
    ]);
  return (
    <>
      <MessageList {...props} messages={messages} />
      <button type="button" tabIndex={-1} onClick={receive} className="m-2 self-start text-sm">
        Receive a message
      </button>
    </>
  );
}
