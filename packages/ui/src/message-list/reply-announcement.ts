import { type AgentChatMessages, en } from '@agent-chat/react';
import type { ChatStatus, UIMessage } from 'ai';

const SNIPPET_LENGTH = 160;

function isActive(status: ChatStatus): boolean {
  return status === 'submitted' || status === 'streaming';
}

/** The start of a message's text, on one line, cut at a word near `SNIPPET_LENGTH`. */
export function messageSnippet(message: UIMessage | undefined): string {
  if (!message) return '';
  let text = '';
  for (const part of message.parts) {
    if (part.type === 'text') text += `${part.text} `;
    if (text.length > SNIPPET_LENGTH * 2) break;
  }
  // Markdown punctuation reads badly aloud; keep words only.
  const plain = text
    .replace(/[#*_`>|~[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= SNIPPET_LENGTH) return plain;
  const cut = plain.lastIndexOf(' ', SNIPPET_LENGTH);
  return `${plain.slice(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH)}…`;
}

/**
 * What the polite live region says when the status moves from `previous` to `current`: one
 * sentence when a reply completes, nothing while it streams (never per token).
 */
export function replyAnnouncement(
  previous: ChatStatus,
  current: ChatStatus,
  lastMessage: UIMessage | undefined,
  messages: Pick<AgentChatMessages, 'replyStopped' | 'assistantReplied'> = en,
): string | undefined {
  if (!isActive(previous) || current !== 'ready') return undefined;
  if (lastMessage?.role !== 'assistant') return messages.replyStopped;
  return messages.assistantReplied(messageSnippet(lastMessage));
}

/** What the assertive live region says for an error, or undefined when there is none. */
export function errorAnnouncement(
  status: ChatStatus,
  error: Error | string | undefined,
  messages: Pick<AgentChatMessages, 'replyFailed'> = en,
): string | undefined {
  if (status !== 'error') return undefined;
  const message = typeof error === 'string' ? error : error?.message;
  return messages.replyFailed(message || undefined);
}
