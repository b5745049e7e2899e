import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { ThumbDownIcon, ThumbUpIcon } from '../lib/icons.tsx';
import { messageActionClass } from './message-actions.tsx';
import type { FeedbackRating, MessageFeedback } from './types.ts';

/** Props of `FeedbackButtons`. */
export interface FeedbackButtonsProps extends Omit<React.ComponentProps<'div'>, 'onChange'> {
  messageId: string;
  /** The rating given so far, if any. */
  rating: FeedbackRating | undefined;
  onFeedback(feedback: MessageFeedback): void;
}

/**
 * Thumbs up / down on a reply (toggle buttons with `aria-pressed`; pressing the chosen one takes
 * the rating back), then an optional comment: Send or Skip, Escape skips.
 * @example <FeedbackButtons messageId={m.id} rating={ratings[m.id]} onFeedback={save} />
 */
export function FeedbackButtons({
  messageId,
  rating,
  onFeedback,
  className,
  ...props
}: FeedbackButtonsProps) {
  const t = useMessages();
  const [asking, setAsking] = React.useState<FeedbackRating | undefined>(undefined);
  const [comment, setComment] = React.useState('');
  const commentId = React.useId();
  const rate = (next: FeedbackRating) => {
    if (rating === next) {
      setAsking(undefined);
      onFeedback({ messageId, rating: null });
      return;
    }
    onFeedback({ messageId, rating: next });
    setComment('');
    setAsking(next);
  };
  const finish = (send: boolean) => {
    if (send && asking && comment.trim()) onFeedback({ messageId, rating: asking, comment: comment.trim() });
    setAsking(undefined);
  };
  return (
    <div
      data-slot="feedback"
      className={cn('inline-flex flex-wrap items-center gap-0.5', className)}
      {...props}
    >
      <button
        type="button"
        data-slot="feedback-up"
        aria-label={t.goodReply}
        title={t.goodReply}
        aria-pressed={rating === 'up'}
        className={cn(messageActionClass, rating === 'up' && 'text-foreground')}
        onClick={() => rate('up')}
      >
        <ThumbUpIcon fill={rating === 'up' ? 'currentColor' : 'none'} />
      </button>
      <button
        type="button"
        data-slot="feedback-down"
        aria-label={t.poorReply}
        title={t.poorReply}
        aria-pressed={rating === 'down'}
        className={cn(messageActionClass, rating === 'down' && 'text-foreground')}
        onClick={() => rate('down')}
      >
        <ThumbDownIcon fill={rating === 'down' ? 'currentColor' : 'none'} />
      </button>
      {asking ? (
        <form
          data-slot="feedback-comment"
          className="flex w-full items-center gap-2 pt-1"
          onSubmit={(event) => {
            event.preventDefault();
            finish(true);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              finish(false);
            }
          }}
        >
          <label htmlFor={commentId} className="sr-only">
            {t.feedbackComment}
          </label>
          <input
            id={commentId}
            data-slot="feedback-comment-input"
            // biome-ignore lint/a11y/noAutofocus: the comment box opens because the user just rated; typing goes there.
            autoFocus
            value={comment}
            placeholder={t.feedbackComment}
            onChange={(event) => setComment(event.target.value)}
            className="h-8 min-w-0 flex-1 rounded-md border border-input bg-background px-2 text-sm text-foreground focus-visible:outline-2 focus-visible:outline-ring"
          />
          <button
            type="submit"
            data-slot="feedback-comment-send"
            className="h-8 rounded-md bg-primary px-3 text-sm font-medium text-primary-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            {t.send}
          </button>
          <button
            type="button"
            data-slot="feedback-comment-skip"
            className="h-8 rounded-md px-3 text-sm text-muted-foreground hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
            onClick={() => finish(false)}
          >
            {t.skip}
          </button>
        </form>
      ) : null}
    </div>
  );
}
