import type { MessageFeedback } from '@agent-chat/ui';
import * as React from 'react';

/** What `Thread` hands `onFeedback`. */
export type ThreadFeedback = MessageFeedback & { conversationId: string | undefined };

/** How long the thank-you note stays on screen. */
const toastMs = 4000;

/**
 * The demo's answer to thumbs up / down: keeps the ratings by message (a real app would send them
 * to its analytics), logs each one and says thanks in a small toast, a polite live region.
 */
export function useFeedbackToast(): { onFeedback(feedback: ThreadFeedback): void; toast: React.ReactNode } {
  const [ratings] = React.useState(() => new Map<string, ThreadFeedback>());
  const [note, setNote] = React.useState('');
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  React.useEffect(() => () => clearTimeout(timer.current), []);

  const onFeedback = React.useCallback(
    (feedback: ThreadFeedback) => {
      if (feedback.rating) ratings.set(feedback.messageId, feedback);
      else ratings.delete(feedback.messageId);
      console.info('[demo] feedback', feedback);
      const count = `${ratings.size} ${ratings.size === 1 ? 'reply' : 'replies'} rated`;
      setNote(
        feedback.rating === null
          ? `Rating removed · ${count}`
          : feedback.comment
            ? `Thanks, comment noted · ${count}`
            : `Thanks for the feedback · ${count}`,
      );
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setNote(''), toastMs);
    },
    [ratings],
  );

  const toast = (
    // The live region is always in the page, so screen readers hear each new note.
    <div
      role="status"
      data-testid="feedback-toast"
      className="pointer-events-none fixed bottom-4 left-1/2 z-50 -translate-x-1/2"
    >
      {note ? (
        <p className="rounded-md border border-border bg-popover px-3 py-2 text-sm text-popover-foreground shadow-md">
          {note}
        </p>
      ) : null}
    </div>
  );
  return { onFeedback, toast };
}
