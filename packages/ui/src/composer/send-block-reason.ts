import { type AgentChatMessages, en } from '@agent-chat/react';
import type { ComposerAttachments } from './types.ts';

/**
 * Why Send cannot be used right now, as a sentence for the user, or undefined when it can.
 * An empty draft is not a reason worth saying: the button is simply inactive.
 */
export function sendBlockReason(
  attachments: Pick<ComposerAttachments, 'items' | 'hasErrors' | 'isProcessing'> | undefined,
  messages: Pick<AgentChatMessages, 'waitForAttachments' | 'removeFailedAttachments'> = en,
): string | undefined {
  if (!attachments) return undefined;
  if (attachments.isProcessing) return messages.waitForAttachments;
  if (attachments.hasErrors) {
    const failed = attachments.items.filter((item) => item.status === 'error').length;
    return messages.removeFailedAttachments(failed);
  }
  return undefined;
}
