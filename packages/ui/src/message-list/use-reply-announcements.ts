import { useMessages } from '@agent-chat/react';
import type { ChatStatus, UIMessage } from 'ai';
import * as React from 'react';
import { errorAnnouncement, replyAnnouncement } from './reply-announcement.ts';

/** The texts of the list's two live regions. */
export interface ReplyAnnouncements {
  polite: string;
  assertive: string;
}

/**
 * Derives what the list's live regions say: one polite sentence when a reply completes (the
 * text is cleared when the next exchange starts, so an identical sentence is read again) and an
 * assertive one for an error. Tokens are never announced.
 */
export function useReplyAnnouncements(
  status: ChatStatus,
  messages: readonly UIMessage[],
  error: Error | string | undefined,
): ReplyAnnouncements {
  const t = useMessages();
  const [polite, setPolite] = React.useState('');
  const previous = React.useRef(status);
  const lastMessage = messages[messages.length - 1];

  React.useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (before === status) return;
    if (status === 'submitted' || status === 'streaming') {
      setPolite('');
      return;
    }
    const sentence = replyAnnouncement(before, status, lastMessage, t);
    if (sentence) setPolite(sentence);
  }, [status, lastMessage, t]);

  return { polite, assertive: errorAnnouncement(status, error, t) ?? '' };
}
