import type { ConversationSettings } from '@agent-chat/client';
import { useMessages } from '@agent-chat/react';
import type { ChatStatus, UIMessage } from 'ai';
import type * as React from 'react';
import { AttachmentDropzone } from '../composer/attachment-dropzone.tsx';
import { Composer } from '../composer/composer.tsx';
import { ComposerAttachButton } from '../composer/composer-attach-button.tsx';
import { ComposerAttachmentList } from '../composer/composer-attachment-list.tsx';
import { ComposerHint } from '../composer/composer-hint.tsx';
import { ComposerInput } from '../composer/composer-input.tsx';
import { ComposerSettings } from '../composer/composer-settings.tsx';
import { ComposerSubmit } from '../composer/composer-submit.tsx';
import type { ComposerAttachments, ComposerSendInput } from '../composer/types.ts';
import { cn } from '../lib/cn.ts';
import type { DataPartRegistry } from '../message/data-part-registry.tsx';
import { MessagePartsProvider, type PartRegistry, type ToolRegistry } from '../message/part-registry.tsx';
import type { MessageCallbacks } from '../message/types.ts';
import { MessageList, type MessageListProps } from '../message-list/message-list.tsx';
import type { MessageListItemProps } from '../message-list/message-list-row.tsx';
import { FollowUpSuggestions } from './follow-up-suggestions.tsx';
import { ThreadEmpty, type ThreadSuggestion } from './thread-empty.tsx';

/** Props of `ThreadView`. */
export interface ThreadViewProps extends Omit<React.ComponentProps<'div'>, 'children'>, MessageCallbacks {
  messages: UIMessage[];
  status: ChatStatus;
  error?: Error | string | undefined;
  interrupted?: boolean;
  isLoadingHistory?: boolean;
  onSend(input: ComposerSendInput): Promise<boolean | undefined> | boolean | undefined;
  onStop?: () => void;
  attachments?: ComposerAttachments | undefined;
  /** A draft a failed send gave back; `onDraftRestored` is called once it is filled in. */
  draft?: ComposerSendInput | undefined;
  onDraftRestored?: () => void;
  suggestions?: readonly ThreadSuggestion[] | undefined;
  emptyTitle?: React.ReactNode;
  dataParts?: DataPartRegistry | undefined;
  renderMessage?: (props: MessageListItemProps) => React.ReactNode;
  onLoadOlder?: () => unknown;
  /** Settings popover, shown when `onSettingsChange` is given. */
  settings?: ConversationSettings | undefined;
  onSettingsChange?: ((settings: ConversationSettings) => unknown) | undefined;
  models?: string[];
  placeholder?: string;
  /** Follow-up questions offered under the last reply (chips that send). */
  followUps?: readonly string[] | undefined;
  /** Components by part type and by tool name, for every message (the generic ones otherwise). */
  parts?: PartRegistry | undefined;
  tools?: ToolRegistry | undefined;
  /** Where a message sits among its turn's versions, and the rest of what messages share. */
  branchOf?: MessageListProps['branchOf'];
  branchVersion?: number | undefined;
  branches?: boolean | undefined;
  toolResponses?: boolean | undefined;
  feedback?: MessageListProps['feedback'];
  retryWait?: MessageListProps['retryWait'];
  /** Controlled text of the composer (uncontrolled when absent). */
  composerText?: string;
  onComposerTextChange?: (text: string) => void;
}

/**
 * A whole conversation from props: the virtualized message list (or the empty state with
 * suggestions), the composer below it, and a file dropzone over both. `Thread` wires it to the hooks.
 * @example <ThreadView messages={messages} status={status} onSend={send} onStop={stop} />
 */
export function ThreadView({
  messages,
  status,
  error,
  interrupted = false,
  isLoadingHistory = false,
  onSend,
  onStop,
  attachments,
  draft,
  onDraftRestored,
  suggestions,
  emptyTitle,
  dataParts,
  renderMessage,
  onLoadOlder,
  settings,
  onSettingsChange,
  models,
  placeholder,
  composerText,
  onComposerTextChange,
  followUps = [],
  parts,
  tools,
  branchOf,
  branchVersion,
  branches,
  toolResponses,
  feedback,
  retryWait,
  onToolOutput,
  onFeedback,
  onSwitchBranch,
  onRegenerate,
  onEdit,
  onRetry,
  onResume,
  onToolApproval,
  onCopied,
  className,
  ...props
}: ThreadViewProps) {
  const t = useMessages();
  const busy = status === 'submitted' || status === 'streaming';
  const emptyState = isLoadingHistory ? (
    <p role="status" data-slot="thread-loading" className="p-8 text-center text-sm text-muted-foreground">
      {t.loadingConversation}
    </p>
  ) : (
    <ThreadEmpty
      title={emptyTitle}
      suggestions={suggestions}
      onSuggestion={(prompt) => void onSend({ text: prompt, files: [] })}
    />
  );
  const body = (
    <>
      <MessageList
        messages={messages}
        status={status}
        error={error}
        interrupted={interrupted}
        dataParts={dataParts}
        renderMessage={renderMessage}
        onLoadOlder={onLoadOlder}
        emptyState={emptyState}
        onRegenerate={onRegenerate}
        onEdit={onEdit}
        onRetry={onRetry}
        onResume={onResume}
        onToolApproval={onToolApproval}
        onCopied={onCopied}
        onToolOutput={onToolOutput}
        onFeedback={onFeedback}
        onSwitchBranch={onSwitchBranch}
        branchOf={branchOf}
        branchVersion={branchVersion}
        branches={branches}
        toolResponses={toolResponses}
        feedback={feedback}
        retryWait={retryWait}
      />
      <div data-slot="thread-composer" className="mx-auto grid w-full max-w-3xl gap-2 px-4 pb-4">
        {busy ? null : (
          <FollowUpSuggestions
            suggestions={followUps}
            onSelect={(text) => void onSend({ text, files: [] })}
          />
        )}
        <Composer
          onSend={onSend}
          onStop={onStop}
          isBusy={busy}
          attachments={attachments}
          draft={draft}
          onDraftRestored={onDraftRestored}
          value={composerText}
          onValueChange={onComposerTextChange}
        >
          <ComposerAttachmentList />
          <ComposerInput placeholder={placeholder ?? t.composerPlaceholder} />
          <div data-slot="composer-toolbar" className="flex items-center gap-1">
            <ComposerAttachButton />
            {onSettingsChange ? (
              <ComposerSettings settings={settings} onSettingsChange={onSettingsChange} models={models} />
            ) : null}
            <ComposerHint className="min-w-0 flex-1 px-1" />
            <ComposerSubmit className="ms-auto" />
          </div>
        </Composer>
      </div>
    </>
  );
  const classes = cn('flex h-full min-h-0 flex-col bg-background text-foreground', className);
  const view = attachments ? (
    <AttachmentDropzone data-slot="thread" onFiles={attachments.add} className={classes} {...props}>
      {body}
    </AttachmentDropzone>
  ) : (
    <div data-slot="thread" className={classes} {...props}>
      {body}
    </div>
  );
  return parts || tools ? (
    <MessagePartsProvider parts={parts} tools={tools}>
      {view}
    </MessagePartsProvider>
  ) : (
    view
  );
}
