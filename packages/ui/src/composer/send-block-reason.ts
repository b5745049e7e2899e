import type { ComposerAttachments } from './types.ts';

/**
 * Why Send cannot be used right now, as a sentence for the user, or undefined when it can.
 * An empty draft is not a reason worth saying: the button is simply inactive.
 */
export function sendBlockReason(
  attachments: Pick<ComposerAttachments, 'items' | 'hasErrors' | 'isProcessing'> | undefined,
): string | undefined {
  if (!attachments) return undefined;
  if (attachments.isProcessing) return 'Wait until the attachments have finished processing.';
  if (attachments.hasErrors) {
    const failed = attachments.items.filter((item) => item.status === 'error').length;
    return failed === 1
      ? 'Remove the attachment with an error to send.'
      : `Remove the ${failed} attachments with errors to send.`;
  }
  return undefined;
}
