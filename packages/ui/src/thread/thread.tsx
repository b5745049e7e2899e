import type { Conversation, ConversationController } from '@agent-chat/client';
import { useAttachments, useConversation } from '@agent-chat/react';
import type { UIMessage } from 'ai';
import * as React from 'react';
import type { DataPartRegistry } from '../message/data-part-registry.tsx';
import type { MessageListItemProps } from '../message-list/message-list-row.tsx';
import type { ThreadSuggestion } from './thread-empty.tsx';
import { ThreadView } from './thread-view.tsx';

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
  ...props
}: ThreadProps) {
  const conversation = useConversation(conversationId, {
    onCreated: onConversationCreated,
    controller,
    initialMessages,
  });
  const attachments = useAttachments({ conversationId: conversation.conversationId });
  const { capabilities } = conversation;
  // The composer's text lives here, so Retry after a failed send can send what it holds now
  // (the given-back draft, perhaps edited) through the controller.
  const [text, setText] = React.useState('');
  const retry = () => {
    if (!conversation.failedSend) {
      void conversation.retry();
      return;
    }
    const draft = { text: text.trim(), files: attachments.readyFiles };
    setText('');
    attachments.clear();
    void conversation.retry(draft);
  };
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
      composerText={text}
      onComposerTextChange={setText}
      attachments={capabilities.files === 'none' ? undefined : attachments}
      draft={conversation.draft}
      onDraftRestored={conversation.clearDraft}
      onRegenerate={(messageId) => void conversation.regenerate(messageId)}
      // An edit is a new version of the message: a branch from there on.
      onEdit={(messageId, edited) => void conversation.edit(messageId, { text: edited })}
      onRetry={retry}
      onResume={() => void conversation.resume()}
      onToolApproval={conversation.addToolApprovalResponse}
      settings={conversation.settings}
      onSettingsChange={capabilities.settings ? conversation.updateSettings : undefined}
    />
  );
}
