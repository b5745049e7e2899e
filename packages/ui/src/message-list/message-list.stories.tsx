import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ChatStatus, UIMessage } from 'ai';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { GFM_SAMPLE } from '../test-support/sample-markdown.ts';
import { sampleThread } from '../test-support/sample-thread.ts';
import { useSimulatedStream } from '../test-support/use-simulated-stream.ts';
import { MessageList } from './message-list.tsx';

const meta = {
  title: 'Thread/MessageList',
  component: MessageList,
  tags: ['autodocs'],
  args: {
    messages: sampleThread(12),
    status: 'ready',
    onRegenerate: fn(),
    onEdit: fn(),
    onRetry: fn(),
    onResume: fn(),
  },
  decorators: [
    (Story) => (
      <div className="flex h-[560px] flex-col rounded-bubble border border-border">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof MessageList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Resolves once rows are measured: the content height holds still for a few frames. */
async function settled(log: HTMLElement) {
  let last = -1;
  let still = 0;
  while (still < 5) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    still = log.scrollHeight === last ? still + 1 : 0;
    last = log.scrollHeight;
  }
}

const viewport = (root: HTMLElement) => within(root).getByRole('log', { name: 'Conversation' });

/** A short conversation, scrolled to the newest message. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const log = viewport(canvasElement);
    await waitFor(() =>
      expect(log.scrollTop + log.clientHeight).toBeGreaterThanOrEqual(log.scrollHeight - 2),
    );
    await expect(within(log).getByText(/Message 12\./)).toBeVisible();
  },
};

/** No messages yet: the empty state takes the list's place. */
export const Empty: Story = {
  args: {
    messages: [],
    emptyState: <p className="p-8 text-center text-muted-foreground">No messages yet. Ask anything.</p>,
  },
};

/** 10,000 messages: only the rows in view are in the DOM, at the bottom from the start. */
export const Long: Story = {
  name: 'Long (10,000 messages)',
  args: { messages: sampleThread(10_000) },
  play: async ({ canvasElement }) => {
    const log = viewport(canvasElement);
    await expect(await within(log).findByText(/Message 10000\./)).toBeVisible();
    await expect(log.querySelectorAll('[data-slot="message-list-row"]').length).toBeLessThan(40);
    log.scrollTop = log.scrollHeight / 2;
    await waitFor(() => expect(within(log).queryByText(/Message 10000\./)).toBeNull());
    await expect(log.querySelectorAll('[data-slot="message-list-row"]').length).toBeLessThan(40);
  },
};

function StreamingHarness(props: React.ComponentProps<typeof MessageList>) {
  const stream = useSimulatedStream(GFM_SAMPLE, 12);
  const messages = React.useMemo<UIMessage[]>(
    () => [
      ...props.messages,
      {
        id: 'live',
        role: 'assistant',
        parts: [{ type: 'text', text: stream.text, state: stream.done ? 'done' : 'streaming' }],
      },
    ],
    [props.messages, stream.text, stream.done],
  );
  return <MessageList {...props} messages={messages} status={stream.done ? 'ready' : 'streaming'} />;
}

/** A reply streaming in: the list follows it, is busy, and announces it once when done. */
export const Streaming: Story = {
  render: (args) => <StreamingHarness {...args} />,
  play: async ({ canvasElement }) => {
    const log = viewport(canvasElement);
    await expect(log).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(log).toHaveAttribute('aria-busy', 'false'), { timeout: 30_000 });
    // Highlighting and the action row land after the last token; the list keeps following.
    await waitFor(() =>
      expect(log.scrollTop + log.clientHeight).toBeGreaterThanOrEqual(log.scrollHeight - 2),
    );
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent(/^Assistant replied: /),
    );
  },
};

function ArrivalsHarness(props: React.ComponentProps<typeof MessageList>) {
  const [messages, setMessages] = React.useState(props.messages);
  const receive = () =>
    setMessages((current) => [
      ...current,
      {
        id: `new-${current.length}`,
        role: 'assistant',
        parts: [{ type: 'text', text: `New message ${current.length + 1}` }],
      },
    ]);
  return (
    <>
      <button
        type="button"
        onClick={receive}
        className="m-2 self-start rounded-md border border-border px-2 py-1 text-sm"
      >
        Receive a message
      </button>
      <MessageList {...props} messages={messages} />
    </>
  );
}

/** Scroll up, messages arrive: the list stays put and "Jump to latest" counts them. */
export const JumpToLatest: Story = {
  args: { messages: sampleThread(60) },
  render: (args) => <ArrivalsHarness {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = viewport(canvasElement);
    await settled(log);
    log.focus();
    // Synthetic key events carry no default action: scroll as the browser would after Home.
    await userEvent.keyboard('{Home}');
    log.scrollTop = 0;
    await waitFor(() => expect(log.scrollTop).toBe(0));
    const jump = await canvas.findByRole('button', { name: /Jump to latest/ });
    const top = log.scrollTop;
    await userEvent.click(canvas.getByRole('button', { name: 'Receive a message' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Receive a message' }));
    await waitFor(() => expect(jump).toHaveTextContent('2 new'));
    await expect(log.scrollTop).toBe(top);
    await userEvent.click(jump);
    await waitFor(() => expect(canvas.queryByRole('button', { name: /Jump to latest/ })).toBeNull());
    await expect(await within(log).findByText('New message 62')).toBeVisible();
  },
};

function OlderHistoryHarness(props: React.ComponentProps<typeof MessageList>) {
  const [messages, setMessages] = React.useState(() => sampleThread(200).slice(150));
  const [loaded, setLoaded] = React.useState(150);
  const loadOlder = async () => {
    if (loaded === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const start = Math.max(0, loaded - 50);
    setMessages((current) => [...sampleThread(200).slice(start, loaded), ...current]);
    setLoaded(start);
  };
  return <MessageList {...props} messages={messages} onLoadOlder={loadOlder} />;
}

/** Scrolling to the top loads older history above without moving what is on screen. */
export const LoadOlder: Story = {
  render: (args) => <OlderHistoryHarness {...args} />,
  play: async ({ canvasElement }) => {
    const log = viewport(canvasElement);
    await waitFor(() => expect(log.scrollTop).toBeGreaterThan(0));
    await userEvent.hover(log);
    log.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true }));
    log.scrollTop = 0;
    const first = await within(log).findByText(/Message 151:/);
    const before = first.getBoundingClientRect().top;
    await waitFor(() => expect(within(log).queryByText(/Message 150\./)).not.toBeNull());
    await waitFor(() => expect(Math.abs(first.getBoundingClientRect().top - before)).toBeLessThan(2));
  },
};

const statusArgs = (status: ChatStatus, error?: Error) => ({ messages: sampleThread(6), status, error });

/** A failed reply: the error shows on the newest message with Retry and is announced assertively. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    ...statusArgs('error', new Error('The agent stopped answering. Check your connection and retry.')),
    messages: sampleThread(5),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[aria-live="assertive"]')).toHaveTextContent(
      'stopped answering',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};

/** A reply cut off mid-way: Resume and Retry on the last message. */
export const Interrupted: Story = {
  args: { messages: sampleThread(6), interrupted: true },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resume' }));
    await expect(args.onResume).toHaveBeenCalled();
  },
};

/** Waiting for the first token after a send. */
export const Pending: Story = {
  args: { messages: sampleThread(5), status: 'submitted' },
};

/** The list in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};
