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

/** A rating of an assistant reply. */
export type FeedbackRating = 'up' | 'down';

/** What `onFeedback` receives: `rating` null when the user took their rating back. */
export interface MessageFeedback {
  messageId: string;
  rating: FeedbackRating | null;
  comment?: string | undefined;
}

/** The output (or error) of a tool the browser runs, for `onToolOutput`. */
export type ToolOutputResponse =
  | { tool: string; toolCallId: string; output: unknown }
  | { tool: string; toolCallId: string; errorText: string };

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
  /** Give the output of a tool the browser runs (a form in the thread, a device API, …). */
  onToolOutput?(response: ToolOutputResponse): void;
  /** Thumbs up / down on an assistant reply, with an optional comment. */
  onFeedback?(feedback: MessageFeedback): void;
  /** Show the branch that goes through `messageId` (the "‹ 2 / 3 ›" picker). */
  onSwitchBranch?(messageId: string): void;
}
