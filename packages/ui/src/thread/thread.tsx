import type { Conversation, ConversationController } from '@agent-chat/client';
import { type UseConversationOptions, useAttachments, useConversation, useSpeech } from '@agent-chat/react';
import type { UIMessage } from 'ai';
import * as React from 'react';
import type { ComposerApi } from '../composer/composer.tsx';
import type { DataPartRegistry } from '../message/data-part-registry.tsx';
import type { PartRegistry, ToolRegistry } from '../message/part-registry.tsx';
import type { FeedbackRating, MessageFeedback } from '../message/types.ts';
import type { MessageListItemProps } from '../message-list/message-list-row.tsx';
import { followUpsOf } from './follow-up-suggestions.tsx';
import type { ThreadSuggestion } from './thread-empty.tsx';
import { ThreadView } from './thread-view.tsx';

const NO_FOLLOW_UPS: readonly string[] = [];

/** Props of `Thread`. */
export interface ThreadProps {
  /** The conversation to show; leave undefined to start a new one on the first send. */
  conversationId?: string | undefined;
  /** Called when the first send created the conversation (store its id, update the URL, …). */
  onConversationCreated?: (conversation: Conversation) => void;
  /** A controller the app made (`new ConversationController({ backend })`) to drive from code. */
  controller?: ConversationController;
  /** Messages to start from instead of loading history. */
  initialMessages?: UIMessage[];
  /** Components by tool name, drawn in every state of that tool's calls. */
  tools?: ToolRegistry;
  /** Components by part type, replacing the kit's renderer of that type. */
  parts?: PartRegistry;
  /** A tool the browser runs was called (answer it with the controller's `tool-output`), or draw it with `tools`. */
  onToolCall?: UseConversationOptions['onToolCall'];
  /** Thumbs up / down on a reply; `messageId` is the platform's id where it gave one. */
  onFeedback?: (feedback: MessageFeedback & { conversationId: string | undefined }) => void;
  /**
   * Create the conversation as soon as the user starts typing, not on the first send, so the reply
   * starts sooner (it is named after the first message where the platform can rename). A user who
   * types and leaves leaves an empty conversation behind, hence off by default.
   */
  createAhead?: boolean;
  /** Follow-up questions for a reply, when the server sends no `data-suggestions` part. */
  getFollowUps?: (message: UIMessage) => string[];
  suggestions?: readonly ThreadSuggestion[];
  emptyTitle?: React.ReactNode;
  /** Components for `data-*` parts. */
  dataParts?: DataPartRegistry;
  renderMessage?: (props: MessageListItemProps) => React.ReactNode;
  /** Models offered in the settings popover (shown where the backend supports settings). */
  models?: string[];
  placeholder?: string;
  className?: string;
}

/**
 * A complete conversation wired to the hooks: history and live reply from `useConversation`,
 * attachments from `useAttachments`, Stop, Retry, Resume, regenerate, edit and resend, tool
 * approvals, settings where supported, and a failed send's draft filled back in.
 * Must sit inside `<AgentChatProvider>`.
 * @example <Thread conversationId={id} suggestions={['Summarise the Q3 report']} />
 */
export function Thread({
  conversationId,
  onConversationCreated,
  controller,
  initialMessages,
  onToolCall,
  onFeedback,
  getFollowUps,
  createAhead = false,
  ...props
}: ThreadProps) {
  const conversation = useConversation(conversationId, {
    onCreated: onConversationCreated,
    onToolCall,
    controller,
    initialMessages,
  });
  const [ratings, setRatings] = React.useState<Readonly<Record<string, FeedbackRating>>>({});
  const feedback = onFeedback
    ? (given: MessageFeedback) => {
        setRatings(({ [given.messageId]: _previous, ...rest }) =>
          given.rating ? { ...rest, [given.messageId]: given.rating } : rest,
        );
        onFeedback({ ...given, conversationId: conversation.conversationId });
      }
    : undefined;
  const last = conversation.messages[conversation.messages.length - 1];
  const ready = conversation.status === 'ready';
  // The same array while the last reply stays the same, so the memoised composer is left alone.
  const followUps = React.useMemo(() => {
    if (!ready || last?.role !== 'assistant') return NO_FOLLOW_UPS;
    const offered = followUpsOf(last);
    return offered.length > 0 ? offered : (getFollowUps?.(last) ?? NO_FOLLOW_UPS);
  }, [ready, last, getFollowUps]);
  const attachmentState = useAttachments({ conversationId: conversation.conversationId });
  const { capabilities } = conversation;
  // useAttachments keeps its object while nothing in it changes: the memoised composer is left alone.
  const attachments = capabilities.files === 'none' ? undefined : attachmentState;
  // The composer keeps its own text (a keystroke re-renders only the composer); Retry after a
  // failed send reads what it holds now (the given-back draft, perhaps edited) through its api.
  const composer = React.useRef<ComposerApi>(null);
  const retry = () => {
    if (!conversation.failedSend) {
      void conversation.retry();
      return;
    }
    const draft = { text: composer.current?.getText().trim() ?? '', files: attachmentState.readyFiles };
    composer.current?.setText('');
    attachmentState.clear();
    void conversation.retry(draft);
  };
  const { conversationId: currentId, controller: current } = conversation;
  const { reader } = useSpeech();
  // Reading aloud belongs to the conversation on screen: showing another, or closing the thread, stops it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the conversation shown is what the effect follows.
  React.useEffect(() => () => reader?.stop(), [current, reader]);
  // Create the conversation while the user types, so the send streams at once.
  const onComposerTextChange = React.useCallback(
    (next: string) => {
      if (createAhead && next.trim() !== '' && currentId === undefined) {
        void current.dispatch({ type: 'prepare' });
      }
    },
    [createAhead, currentId, current],
  );
  return (
    <ThreadView
      {...props}
      messages={conversation.messages}
      status={conversation.status}
      error={conversation.error}
      interrupted={conversation.interrupted}
      isLoadingHistory={conversation.isLoadingHistory}
      onSend={conversation.send}
      onStop={conversation.stop}
      composerApiRef={composer}
      onComposerTextChange={onComposerTextChange}
      attachments={attachments}
      draft={conversation.draft}
      onDraftRestored={conversation.clearDraft}
      onRegenerate={(messageId) => void conversation.regenerate(messageId)}
      // An edit is a new version of the message: a branch from there on.
      onEdit={(messageId, edited) => void conversation.edit(messageId, { text: edited })}
      onRetry={retry}
      onResume={() => void conversation.resume()}
      onToolApproval={conversation.addToolApprovalResponse}
      onToolOutput={conversation.addToolOutput}
      onFeedback={feedback}
      onSwitchBranch={conversation.switchBranch}
      branchOf={conversation.branchOf}
      branchVersion={conversation.branchVersion}
      branches={capabilities.branches}
      toolResponses={capabilities.toolResponses}
      feedback={ratings}
      retryWait={conversation.retryWait}
      followUps={followUps}
      settings={conversation.settings}
      onSettingsChange={capabilities.settings ? conversation.updateSettings : undefined}
    />
  );
}
