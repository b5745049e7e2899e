import { useConversation } from '@agent-chat/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { UIMessage } from 'ai';
import { expect, waitFor, within } from 'storybook/test';
import { Message } from './message.tsx';
import type { MessageStatus } from './types.ts';

/** The status a row shows: only the newest assistant message is streaming, interrupted or failed. */
function statusOf(
  message: UIMessage,
  isLast: boolean,
  conversation: ReturnType<typeof useConversation>,
): MessageStatus {
  if (!isLast || message.role !== 'assistant') return 'complete';
  if (conversation.status === 'streaming' || conversation.status === 'submitted') return 'streaming';
  if (conversation.status === 'error') return 'error';
  return conversation.interrupted ? 'interrupted' : 'complete';
}

function LiveConversation({ prompt }: { prompt: string }) {
  const conversation = useConversation(undefined);
  const { messages, send } = conversation;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      {messages.length === 0 ? (
        <button
          type="button"
          className="self-start rounded-md bg-primary px-3 py-2 text-sm text-primary-foreground"
          onClick={() => void send({ text: prompt })}
        >
          Ask: {prompt}
        </button>
      ) : null}
      {messages.map((message, index) => (
        <Message
          key={message.id}
          message={message}
          status={statusOf(message, index === messages.length - 1, conversation)}
          error={conversation.error}
          onRegenerate={(id) => void conversation.regenerate(id)}
          onRetry={() => void conversation.retry()}
          onResume={() => void conversation.resume()}
          onToolApproval={conversation.addToolApprovalResponse}
        />
      ))}
    </div>
  );
}

const meta = {
  title: 'Message/Live (mock server)',
  component: LiveConversation,
  args: { prompt: 'Show me a markdown table of three cities' },
  parameters: { mockBackend: true },
} satisfies Meta<typeof LiveConversation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The real hooks on the in-browser mock server: send, watch the reply stream into Message, then regenerate. */
export const SendAndStream: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const ask = await canvas.findByRole('button', { name: /^Ask:/ }, { timeout: 30_000 });
    ask.click();
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(2), { timeout: 30_000 });
    const reply = canvas.getAllByRole('article')[1]!;
    await waitFor(() => expect(reply).toHaveAttribute('data-state', 'complete'), { timeout: 30_000 });
    await expect(reply.textContent?.length).toBeGreaterThan(0);
    await expect(within(reply).getByRole('button', { name: 'Regenerate reply' })).toBeVisible();
  },
};
