import type { ConversationSettings } from '@agent-chat/client';
import { useMessages } from '@agent-chat/react';
import type { ChatStatus, UIMessage } from 'ai';
import type * as React from 'react';
import { AttachmentDropzone } from '../composer/attachment-dropzone.tsx';
import type { ComposerApi } from '../composer/composer.tsx';
import type { ComposerAttachments, ComposerSendInput } from '../composer/types.ts';
import { cn } from '../lib/cn.ts';
import type { DataPartRegistry } from '../message/data-part-registry.tsx';
import { MessagePartsProvider, type PartRegistry, type ToolRegistry } from '../message/part-registry.tsx';
import type { MessageCallbacks } from '../message/types.ts';
import { MessageList, type MessageListProps } from '../message-list/message-list.tsx';
import type { MessageListItemProps } from '../message-list/message-list-row.tsx';
import { ThreadComposer } from './thread-composer.tsx';
import { ThreadEmpty, type ThreadSuggestion } from './thread-empty.tsx';

const NO_FOLLOW_UPS: readonly string[] = [];

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
  /** The composer's text, read and set from outside (see `ComposerApi`). */
  composerApiRef?: React.Ref<ComposerApi> | undefined;
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
  composerApiRef,
  followUps = NO_FOLLOW_UPS,
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
      <ThreadComposer
        busy={busy}
        onSend={onSend}
        onStop={onStop}
        attachments={attachments}
        draft={draft}
        onDraftRestored={onDraftRestored}
        followUps={followUps}
        settings={settings}
        onSettingsChange={onSettingsChange}
        models={models}
        placeholder={placeholder}
        text={composerText}
        onTextChange={onComposerTextChange}
        apiRef={composerApiRef}
      />
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
