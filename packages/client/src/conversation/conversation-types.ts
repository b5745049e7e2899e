import type { ChatOnDataCallback, ChatOnToolCallCallback, ChatStatus, UIMessage } from 'ai';
import type { Backend, Conversation, MessageOptions } from '../backend.ts';
import type { BranchPosition } from './message-tree.ts';
import type { RenderPacing } from './render-pacing.ts';
import type { RetryWait } from './retry-schedule.ts';

/** What the user tried to send, given back after a failed send so nothing is lost. */
export interface ConversationDraft {
  text: string;
  files: File[];
}

/** Options of a {@link ConversationController}; read at the moment they are needed, never frozen. */
export interface ConversationControllerOptions {
  backend: Backend;
  /** The conversation to continue; without one, the first send creates it. */
  conversationId?: string | undefined;
  /** Messages to start from (preloaded history, or a conversation the app holds itself). */
  initialMessages?: UIMessage[] | undefined;
  /** Options of the next messages (model selection, tool, knowledge base). */
  messageOptions?: MessageOptions | undefined;
  /** Attach to a reply still running when history is seeded. Default: when the backend can resume. */
  resume?: boolean | undefined;
  /** `frame` (default): at most one publication per animation frame while a reply streams. */
  pacing?: RenderPacing | undefined;
  /** Resume attempts in a row after a dropped connection before the reply errors. Default 3. */
  maxResumeAttempts?: number | undefined;
  onFinish?: ((message: UIMessage) => void) | undefined;
  onError?: ((error: Error) => void) | undefined;
  /** The first send created the conversation. */
  onCreated?: ((conversation: Conversation) => void) | undefined;
  /** A tool the browser runs was called: answer with the `tool-output` action. */
  onToolCall?: ChatOnToolCallCallback<UIMessage> | undefined;
  /** A data part arrived (transient ones included). */
  onData?: ChatOnDataCallback<UIMessage> | undefined;
}

/** One conversation's state, as a UI reads it; the same object until something changes. */
export interface ConversationSnapshot {
  conversationId: string | undefined;
  /** The visible thread: the active branch, oldest first. */
  messages: UIMessage[];
  status: ChatStatus;
  error: Error | undefined;
  /** The last reply was cut and could not be resumed automatically. */
  interrupted: boolean;
  /** The last send failed before any reply arrived; its text and files are in `draft`. */
  failedSend: boolean;
  /** A draft given back by a failed send, until a composer takes it (`take-draft`). */
  draft: ConversationDraft | undefined;
  messageOptions: MessageOptions;
  /** History (or initial messages) is in; live replies may start. */
  seeded: boolean;
  /** Bumps whenever branches are added or switched, so branch pickers re-read their position. */
  branchVersion: number;
  /**
   * The last send will be retried by itself: at `at` (epoch ms; the server said it is busy), or
   * once the browser is `online` again. Any action cancels it (stop hands the turn back).
   */
  retryWait: RetryWait | undefined;
}

/** Everything that can happen to a conversation, through `dispatch`. */
export type ConversationAction =
  | { type: 'send'; text: string; files?: readonly File[] | undefined }
  | { type: 'stop' }
  /** Try the last failed thing again: the draft (or the one given), a resume, or a new reply. */
  | { type: 'retry'; draft?: ConversationDraft | undefined }
  | { type: 'resume' }
  /** Another reply in place of `messageId` (default: the last one), kept beside it as a branch. */
  | { type: 'regenerate'; messageId?: string | undefined }
  /**
   * A new version of user message `messageId`: a branch from that point on. Without `files` it
   * keeps the message's attachments; `files: []` sends it without any.
   */
  | { type: 'edit'; messageId: string; text: string; files?: readonly File[] | undefined }
  /** Show the branch that goes through `messageId`. */
  | { type: 'switch-branch'; messageId: string }
  /** Start from these messages (history or preloaded); ignored once the conversation is live. */
  | { type: 'seed'; messages: UIMessage[] }
  /** Create the conversation now (the user started typing), so the first send streams at once. */
  | { type: 'prepare' }
  /** A composer took the given-back draft; `failedSend` stays until the next send. */
  | { type: 'take-draft' }
  | { type: 'set-message-options'; options: MessageOptions }
  | { type: 'tool-approval'; id: string; approved: boolean; reason?: string | undefined }
  | { type: 'tool-output'; tool: string; toolCallId: string; output: unknown }
  | { type: 'tool-error'; tool: string; toolCallId: string; errorText: string };

/** What a branch picker needs about one message. */
export type { BranchPosition };
