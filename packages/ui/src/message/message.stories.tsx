import type { Meta, StoryObj } from '@storybook/react-vite';
import type { UIMessage } from 'ai';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  assistantMarkdown,
  dataMessage,
  emptyAssistant,
  filesMessage,
  reasoningDone,
  reasoningStreaming,
  sourcesMessage,
  streamingMessage,
  toolMessages,
  userMessage,
} from '../test-support/message-fixtures.ts';
import { GFM_SAMPLE } from '../test-support/sample-markdown.ts';
import { useSimulatedStream } from '../test-support/use-simulated-stream.ts';
import type { DataPartProps } from './data-part-registry.tsx';
import { preloadMessageParts } from './lazy-parts.tsx';
import { Message } from './message.tsx';

const meta = {
  title: 'Message/Message',
  component: Message,
  tags: ['autodocs'],
  args: {
    message: assistantMarkdown,
    status: 'complete',
    onRegenerate: fn(),
    onEdit: fn(),
    onRetry: fn(),
    onResume: fn(),
    onToolApproval: fn(),
    onCopied: fn(),
  },
  // The tool card and the reasoning panel load on first use; here they are loaded ahead, as an app
  // whose agent always uses them would (`preloadMessageParts`).
  loaders: [preloadMessageParts],
  decorators: [
    (Story) => (
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Message>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A user bubble (right) followed by a full-width assistant reply in markdown. */
export const Conversation: Story = {
  render: (args) => (
    <>
      <Message {...args} message={userMessage} />
      <Message {...args} message={assistantMarkdown} />
    </>
  ),
};

/** A user message: copy puts its text on the clipboard and says so. */
export const User: Story = {
  args: { message: userMessage },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy message' }));
    await expect(await canvas.findByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(args.onCopied).toHaveBeenCalledWith('u1', expect.stringContaining('Q3 report'));
    await expect(await navigator.clipboard.readText()).toContain('Summarise the **Q3 report**');
  },
};

/** Edit and resend: the inline editor opens focused; Escape cancels, Enter sends the edited text. */
export const EditAndResend: Story = {
  args: { message: userMessage },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Edit message' }));
    const editor = await canvas.findByRole('textbox', { name: 'Edit message' });
    await expect(editor).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Edit message' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const reopened = await canvas.findByRole('textbox', { name: 'Edit message' });
    await userEvent.clear(reopened);
    await userEvent.type(reopened, 'Only the North region, please.');
    await userEvent.keyboard('{Enter}');
    await expect(args.onEdit).toHaveBeenCalledWith('u1', 'Only the North region, please.');
  },
};

/** Regenerate asks for a new reply in place of this one. */
export const Regenerate: Story = {
  args: { message: reasoningDone },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Regenerate reply' }));
    await expect(args.onRegenerate).toHaveBeenCalledWith('a2');
  },
};

/** Finished reasoning is collapsed to "Thought for a few seconds"; it opens on click or keyboard. */
export const ReasoningDone: Story = {
  args: { message: reasoningDone },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: /Thought for a few seconds/ });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText(/The user wants a summary/)).toBeVisible();
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Reasoning while the model thinks: open and labelled "Thinking…". */
export const ReasoningStreaming: Story = {
  args: { message: reasoningStreaming, status: 'streaming' },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: /Thinking…/ });
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Tool calls in every state: input streaming in, running, awaiting approval, done, failed, denied. */
export const ToolStates: Story = {
  render: (args) => (
    <>
      {Object.values(toolMessages).map((message) => (
        <Message key={message.id} {...args} message={message} />
      ))}
    </>
  ),
};

/** A tool asking for approval: Approve and Deny answer through the callback. */
export const ToolApproval: Story = {
  args: { message: toolMessages['approval-requested']! },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('/reports/q3.csv', { exact: false })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Approve' }));
    await expect(args.onToolApproval).toHaveBeenCalledWith({ id: 'approval-1', approved: true });
    await userEvent.click(canvas.getByRole('button', { name: 'Deny' }));
    await expect(args.onToolApproval).toHaveBeenLastCalledWith({ id: 'approval-1', approved: false });
  },
};

/** A failed tool call shows its error, open by default. */
export const ToolError: Story = {
  args: { message: toolMessages['output-error']! },
};

/** Sources: links (unsafe URLs as plain text) and a document. */
export const Sources: Story = {
  args: { message: sourcesMessage },
};

/** Files: an image preview, a download link, and an unsafe URL shown without a link. */
export const Files: Story = {
  args: { message: filesMessage },
};

function WeatherCard({ data }: DataPartProps) {
  const { city, celsius } = data as { city: string; celsius: number };
  return (
    <div className="rounded-lg border border-border bg-card p-3 text-card-foreground">
      <p className="text-sm text-muted-foreground">Weather</p>
      <p className="text-lg font-semibold">
        {city}: {celsius} °C
      </p>
    </div>
  );
}

/** `data-*` parts: a registered component for `data-weather`, readable JSON for anything else. */
export const DataParts: Story = {
  args: { message: dataMessage, dataParts: { weather: WeatherCard } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Berlin: 21 °C')).toBeVisible();
  },
};

/** A reply still streaming: half-written markdown completed, the indicator pulsing. */
export const Streaming: Story = {
  args: { message: streamingMessage, status: 'streaming' },
};

function LiveReply(props: React.ComponentProps<typeof Message>) {
  const stream = useSimulatedStream(GFM_SAMPLE, 30);
  const message: UIMessage = {
    id: 'live',
    role: 'assistant',
    parts: [{ type: 'text', text: stream.text, state: stream.done ? 'done' : 'streaming' }],
  };
  return <Message {...props} message={message} status={stream.done ? 'complete' : 'streaming'} />;
}

/** A reply streaming in live, then completing (actions appear, code gets highlighted). */
export const StreamingLive: Story = {
  render: (args) => <LiveReply {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('article')).toHaveAttribute('data-state', 'complete'), {
      timeout: 30_000,
    });
    await expect(canvas.getByRole('button', { name: 'Regenerate reply' })).toBeVisible();
  },
};

/** Waiting for the first token: the indicator alone. */
export const Pending: Story = {
  args: { message: emptyAssistant, status: 'streaming' },
};

/** A reply cut off mid-way, with Resume and Retry. */
export const Interrupted: Story = {
  args: { message: streamingMessage, status: 'interrupted' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Resume' }));
    await expect(args.onResume).toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};

/** A failed reply: the error is announced, with Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    message: emptyAssistant,
    status: 'error',
    error: new Error('The agent did not answer within 60 seconds. Check your connection and try again.'),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      'did not answer within 60 seconds',
    );
  },
};

/** The conversation, tools and sources in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <>
      <Message {...args} message={userMessage} />
      <Message {...args} message={reasoningDone} />
      {Object.values(toolMessages).map((message) => (
        <Message key={message.id} {...args} message={message} />
      ))}
      <Message {...args} message={sourcesMessage} />
      <Message {...args} message={assistantMarkdown} />
    </>
  ),
};
