import type { UIMessage } from 'ai';

/** Where a message is in its life: still arriving, done, cut off, or failed. */
export type MessageStatus = 'complete' | 'streaming' | 'interrupted' | 'error';

/** Any part of a UI message. */
export type MessagePart = UIMessage['parts'][number];

/** The answer to a tool's request for approval. */
export interface ToolApprovalResponse {
  id: string;
  approved: boolean;
  reason?: string;
}

/** The callbacks behind a message's buttons; a button shows only when its callback is given. */
export interface MessageCallbacks {
  /** Ask for a new assistant reply in place of this one. */
  onRegenerate?(messageId: string): void;
  /** Replace a user message's text and send it again. */
  onEdit?(messageId: string, text: string): void;
  /** Send again after an error or an interrupted reply. */
  onRetry?(): void;
  /** Continue an interrupted reply where it stopped. */
  onResume?(): void;
  /** Answer a tool approval request (Approve / Deny). */
  onToolApproval?(response: ToolApprovalResponse): void;
  /** Called after the message text was copied. */
  onCopied?(messageId: string, text: string): void;
}
