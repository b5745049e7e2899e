import type { Meta, StoryObj } from '@storybook/react-vite';
import type { UIMessage } from 'ai';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MockPlatformProvider } from '../test-support/mock-platform.tsx';
import { Thread } from '../thread/thread.tsx';
import { Message } from './message.tsx';
import { MessageActionsProvider } from './message-context.tsx';
import type { FeedbackRating, MessageFeedback } from './types.ts';

const reply: UIMessage = {
  id: 'reply-1',
  role: 'assistant',
  parts: [{ type: 'text', text: 'Revenue grew **12%** in Q3, led by the North region.', state: 'done' }],
};

/** Props of the story's harness. */
interface RatedReplyProps {
  /** The rating given before the story starts. */
  rating?: FeedbackRating;
  onFeedback: (feedback: MessageFeedback) => void;
}

/** A reply in a thread that keeps ratings by message id, as `Thread` does. */
function RatedReply({ rating, onFeedback }: RatedReplyProps) {
  const [ratings, setRatings] = React.useState<Record<string, FeedbackRating>>(
    rating ? { [reply.id]: rating } : {},
  );
  const actions = React.useMemo(
    () => ({
      feedback: ratings,
      onFeedback: (given: MessageFeedback) => {
        setRatings(({ [given.messageId]: _previous, ...rest }) =>
          given.rating ? { ...rest, [given.messageId]: given.rating } : rest,
        );
        onFeedback(given);
      },
    }),
    [ratings, onFeedback],
  );
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <MessageActionsProvider value={actions}>
        <Message message={reply} />
      </MessageActionsProvider>
    </div>
  );
}

const meta = {
  title: 'Message/Feedback',
  component: RatedReply,
  args: { onFeedback: fn() },
} satisfies Meta<typeof RatedReply>;

export default meta;
type Story = StoryObj<typeof meta>;

const buttons = (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  return {
    up: canvas.getByRole('button', { name: 'Good reply' }),
    down: canvas.getByRole('button', { name: 'Poor reply' }),
  };
};

/** Not rated yet: two toggle buttons, neither pressed, no comment box. */
export const NoRating: Story = {
  play: async ({ canvasElement, args }) => {
    const { up, down } = buttons(canvasElement);
    await expect(up).toHaveAttribute('aria-pressed', 'false');
    await expect(down).toHaveAttribute('aria-pressed', 'false');
    await expect(within(canvasElement).queryByRole('textbox')).toBeNull();
    await expect(args.onFeedback).not.toHaveBeenCalled();
  },
};

/** Rated up: the thumb is pressed (`aria-pressed="true"`) and filled. */
export const RatedUp: Story = {
  args: { rating: 'up' },
  play: async ({ canvasElement }) => {
    const { up, down } = buttons(canvasElement);
    await expect(up).toHaveAttribute('aria-pressed', 'true');
    await expect(down).toHaveAttribute('aria-pressed', 'false');
  },
};

/**
 * Rating down sends the rating at once, then opens the optional comment box with focus in it;
 * Send sends the rating again with the comment.
 */
export const RatedDownWithComment: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(buttons(canvasElement).down);
    await expect(args.onFeedback).toHaveBeenCalledTimes(1);
    await expect(args.onFeedback).toHaveBeenCalledWith({ messageId: 'reply-1', rating: 'down' });
    await expect(buttons(canvasElement).down).toHaveAttribute('aria-pressed', 'true');
    const comment = canvas.getByRole('textbox', { name: 'Tell us more (optional)' });
    await expect(comment).toHaveFocus();
    await userEvent.type(comment, '  The North figure is wrong.  ');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(args.onFeedback).toHaveBeenLastCalledWith({
      messageId: 'reply-1',
      rating: 'down',
      comment: 'The North figure is wrong.',
    });
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

/** The comment is optional: Escape (or Skip) closes the box and sends nothing more. */
export const SkipTheComment: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(buttons(canvasElement).up);
    await expect(canvas.getByRole('textbox', { name: 'Tell us more (optional)' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(args.onFeedback).toHaveBeenCalledTimes(1);
    await expect(args.onFeedback).toHaveBeenCalledWith({ messageId: 'reply-1', rating: 'up' });
    await expect(buttons(canvasElement).up).toHaveAttribute('aria-pressed', 'true');
  },
};

/** Pressing the chosen thumb again takes the rating back: `rating: null`. */
export const TakeRatingBack: Story = {
  args: { rating: 'up' },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(buttons(canvasElement).up);
    await expect(args.onFeedback).toHaveBeenCalledTimes(1);
    await expect(args.onFeedback).toHaveBeenCalledWith({ messageId: 'reply-1', rating: null });
    await expect(buttons(canvasElement).up).toHaveAttribute('aria-pressed', 'false');
    await expect(within(canvasElement).queryByRole('textbox')).toBeNull();
  },
};

/** Changing one's mind: from up to down is one new rating, not a take-back. */
export const ChangeRating: Story = {
  args: { rating: 'up' },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(buttons(canvasElement).down);
    await expect(args.onFeedback).toHaveBeenCalledTimes(1);
    await expect(args.onFeedback).toHaveBeenCalledWith({ messageId: 'reply-1', rating: 'down' });
    const { up, down } = buttons(canvasElement);
    await expect(up).toHaveAttribute('aria-pressed', 'false');
    await expect(down).toHaveAttribute('aria-pressed', 'true');
  },
};

/**
 * On a live `Thread` (the in-browser AI SDK mock) the payload also names the conversation:
 * `{ messageId, rating, conversationId }`, the message id being the platform's.
 */
export const OnAThread: Story = {
  render: (args) => (
    <MockPlatformProvider platform="ai-sdk" server={{ tokenDelayMs: 0 }}>
      <div className="h-[560px] overflow-hidden rounded-bubble border border-border">
        <Thread onFeedback={args.onFeedback} />
      </div>
    </MockPlatformProvider>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole('textbox', { name: 'Message' }, { timeout: 30_000 });
    await userEvent.type(input, '/reasoning{Enter}');
    const up = await canvas.findByRole('button', { name: 'Good reply' }, { timeout: 30_000 });
    await userEvent.click(up);
    await waitFor(() => expect(up).toHaveAttribute('aria-pressed', 'true'));
    const reply = canvas.getByRole('article', { name: 'Assistant said' });
    await expect(args.onFeedback).toHaveBeenCalledWith({
      messageId: expect.any(String),
      rating: 'up',
      conversationId: expect.any(String),
    });
    await expect(reply).toContainElement(up);
  },
};
