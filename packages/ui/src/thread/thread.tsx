import type { Conversation } from '@agent-chat/client';
import { useAttachments, useConversation } from '@agent-chat/react';
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
export function Thread({ conversationId, onConversationCreated, ...props }: ThreadProps) {
  const conversation = useConversation(conversationId, { onCreated: onConversationCreated });
  const attachments = useAttachments({ conversationId: conversation.conversationId });
  const { capabilities } = conversation;
  const root = React.useRef<HTMLDivElement>(null);
  const retry = () => {
    // A send that failed before any reply gave its text and files back to the composer: Retry
    // sends what the composer holds now (the user may have edited it), so nothing goes twice.
    const composer = root.current?.querySelector<HTMLFormElement>('form[data-slot="composer"]');
    if (conversation.failedSend && composer) composer.requestSubmit();
    else void conversation.retry();
  };
  return (
    <div ref={root} data-slot="thread-root" className="contents">
      <ThreadView
        {...props}
        messages={conversation.messages}
        status={conversation.status}
        error={conversation.error}
        interrupted={conversation.interrupted}
        isLoadingHistory={conversation.isLoadingHistory}
        onSend={conversation.send}
        onStop={conversation.stop}
        attachments={capabilities.files === 'none' ? undefined : attachments}
        draft={conversation.draft}
        onDraftRestored={conversation.clearDraft}
        onRegenerate={(messageId) => void conversation.regenerate(messageId)}
        // Edit and resend: the edited text goes out as the next user turn.
        onEdit={(_messageId, text) => void conversation.send({ text })}
        onRetry={retry}
        onResume={() => void conversation.resume()}
        onToolApproval={conversation.addToolApprovalResponse}
        settings={conversation.settings}
        onSettingsChange={capabilities.settings ? conversation.updateSettings : undefined}
      />
    </div>
  );
}
