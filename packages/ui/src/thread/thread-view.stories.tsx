import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { GFM_SAMPLE } from '../test-support/sample-markdown.ts';
import { sampleThread } from '../test-support/sample-thread.ts';
import { useLocalAttachments } from '../test-support/use-local-attachments.ts';
import { useScriptedChat } from '../test-support/use-scripted-chat.ts';
import { ThreadView, type ThreadViewProps } from './thread-view.tsx';

const suggestions = [
  'Summarise the Q3 report',
  'Chart revenue by region',
  { label: 'Draft an email', prompt: 'Draft an email to the team about the Q3 results.' },
];

function ScriptedThread({
  initial = [],
  ...props
}: Partial<ThreadViewProps> & { initial?: ThreadViewProps['messages'] }) {
  const chat = useScriptedChat(initial, GFM_SAMPLE.slice(0, 1200), 24);
  const attachments = useLocalAttachments();
  return (
    <ThreadView
      suggestions={suggestions}
      {...props}
      {...chat}
      onSend={chat.send}
      onStop={chat.stop}
      attachments={attachments}
    />
  );
}

const meta = {
  title: 'Thread/ThreadView',
  component: ThreadView,
  tags: ['autodocs'],
  args: {
    messages: [],
    status: 'ready',
    onSend: fn(() => true),
    onStop: fn(),
    onRetry: fn(),
    onResume: fn(),
    onRegenerate: fn(),
  },
  decorators: [
    (Story) => (
      <div className="h-[640px] overflow-hidden rounded-bubble border border-border">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ThreadView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new thread: greeting and suggestions; a suggestion sends its prompt. */
export const Empty: Story = {
  args: { suggestions },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Draft an email' }));
    await expect(args.onSend).toHaveBeenCalledWith({
      text: 'Draft an email to the team about the Q3 results.',
      files: [],
    });
  },
};

/** Type, press Enter: the message appears, the reply streams in, Stop turns back into Send. */
export const SendAndStream: Story = {
  render: () => <ScriptedThread />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, 'What changed in Q3?{Enter}');
    await expect(await canvas.findByText('What changed in Q3?')).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Stop' })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Send' })).toBeVisible(), {
      timeout: 30_000,
    });
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^Assistant replied:/));
    await expect(input).toHaveFocus();
  },
};

/** Escape stops a streaming reply; the partial reply stays. */
export const StopWithEscape: Story = {
  render: () => <ScriptedThread initial={sampleThread(4)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, 'Tell me everything{Enter}');
    await canvas.findByRole('button', { name: 'Stop' });
    await userEvent.keyboard('{Escape}');
    await expect(await canvas.findByRole('button', { name: 'Send' })).toBeVisible();
    await expect(input).toHaveFocus();
    await expect(canvas.getByRole('log')).toHaveAttribute('aria-busy', 'false');
  },
};

/** A failed reply: the error and Retry below the last message. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    messages: sampleThread(5),
    status: 'error',
    error: new Error('The agent is unavailable (503). Try again in a minute.'),
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};

/** A reply cut off mid-way: Resume continues it, Retry starts again. */
export const Interrupted: Story = {
  args: { messages: sampleThread(6), interrupted: true },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resume' }));
    await expect(args.onResume).toHaveBeenCalled();
  },
};

/** Loading history: a status instead of the suggestions. */
export const LoadingHistory: Story = {
  args: { isLoadingHistory: true },
};

/** 10,000 messages with the composer. */
export const Long: Story = {
  name: 'Long (10,000 messages)',
  args: { messages: sampleThread(10_000) },
};

/** The thread in the dark theme, mid-conversation. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { messages: sampleThread(8) },
};
