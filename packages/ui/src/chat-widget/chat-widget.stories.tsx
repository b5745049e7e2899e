import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MockPlatformProvider } from '../test-support/mock-platform.tsx';
import { GFM_SAMPLE } from '../test-support/sample-markdown.ts';
import { sampleThread } from '../test-support/sample-thread.ts';
import { useLocalAttachments } from '../test-support/use-local-attachments.ts';
import { useScriptedChat } from '../test-support/use-scripted-chat.ts';
import { Thread } from '../thread/thread.tsx';
import { ThreadView } from '../thread/thread-view.tsx';
import { ChatWidget } from './chat-widget.tsx';

function ScriptedThread() {
  const chat = useScriptedChat(sampleThread(6), GFM_SAMPLE.slice(0, 3000), 8);
  const attachments = useLocalAttachments();
  return (
    <ThreadView
      messages={chat.messages}
      status={chat.status}
      onSend={chat.send}
      onStop={chat.stop}
      attachments={attachments}
      suggestions={['What can you do?']}
    />
  );
}

const meta = {
  title: 'Thread/ChatWidget',
  component: ChatWidget,
  tags: ['autodocs'],
  // The launcher is fixed to the viewport: on a docs page each story gets its own frame.
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
  args: { title: 'Support', children: null, onOpenChange: fn() },
  render: (args) => (
    <ChatWidget {...args}>
      <ScriptedThread />
    </ChatWidget>
  ),
  decorators: [
    (Story) => (
      <div className="min-h-[760px]">
        <p className="max-w-prose text-sm text-muted-foreground">The page the widget is embedded in.</p>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ChatWidget>;

export default meta;
type Story = StoryObj<typeof meta>;

const page = (root: HTMLElement) => within(root.ownerDocument.body);

/** Open from the launcher: focus lands in the composer; Escape closes and focus returns to the launcher. */
export const OpenAndClose: Story = {
  args: { unreadCount: 3 },
  play: async ({ canvasElement, args }) => {
    const body = page(canvasElement);
    const launcher = body.getByRole('button', { name: 'Open chat, 3 unread' });
    await userEvent.click(launcher);
    const panel = await body.findByRole('dialog', { name: 'Support' });
    await waitFor(() => expect(within(panel).getByRole('textbox', { name: 'Message' })).toHaveFocus());
    await expect(args.onOpenChange).toHaveBeenCalledWith(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(launcher).toHaveFocus();
    await expect(launcher).toHaveAccessibleName('Open chat, 3 unread');
  },
};

/** The close button in the header closes the panel and gives focus back to the launcher. */
export const CloseButton: Story = {
  args: { defaultOpen: true, position: 'bottom-left' },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const panel = await body.findByRole('dialog', { name: 'Support' });
    const closes = within(panel).getByRole('button', { name: 'Close chat' });
    await userEvent.click(closes);
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(body.getByRole('button', { name: 'Open chat' })).toHaveFocus();
  },
};

/** While a reply streams, Escape in the composer stops it and leaves the panel open. */
export const EscapeStopsFirst: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const panel = await body.findByRole('dialog', { name: 'Support' });
    const input = within(panel).getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, 'Explain it all{Enter}');
    await within(panel).findByRole('button', { name: 'Stop' });
    await userEvent.keyboard('{Escape}');
    await expect(await within(panel).findByRole('button', { name: 'Send' })).toBeVisible();
    await expect(body.getByRole('dialog', { name: 'Support' })).toBeVisible();
  },
};

/** A narrow panel (custom width) for small pages. */
export const Narrow: Story = {
  args: { defaultOpen: true, size: { width: 300, height: 520 } },
  play: async ({ canvasElement }) => {
    const panel = await page(canvasElement).findByRole('dialog', { name: 'Support' });
    await expect(Math.round(panel.getBoundingClientRect().width)).toBe(300);
  },
};

/** The large preset in the dark theme. */
export const DarkLarge: Story = {
  globals: { theme: 'dark' },
  args: { defaultOpen: true, size: 'lg' },
};

/** The widget around a live `Thread` on the mock server: open, ask, get the reply. */
export const WithLiveThread: Story = {
  args: { title: 'Assistant' },
  render: (args) => (
    <MockPlatformProvider platform="noxus-v1" server={{ tokenDelayMs: 2 }}>
      <ChatWidget {...args} size="sm">
        <Thread suggestions={['What can you do?']} />
      </ChatWidget>
    </MockPlatformProvider>
  ),
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(await body.findByRole('button', { name: 'Open chat' }));
    const panel = await body.findByRole('dialog', { name: 'Assistant' });
    const input = within(panel).getByRole('textbox', { name: 'Message' });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.type(input, '/help{Enter}');
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(/^Assistant replied/), {
      timeout: 30_000,
    });
  },
};
