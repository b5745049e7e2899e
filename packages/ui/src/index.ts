export {
  ChatWidget,
  type ChatWidgetPosition,
  type ChatWidgetProps,
  type ChatWidgetSize,
  chatLauncherVariants,
  chatPanelVariants,
} from './chat-widget/chat-widget.tsx';
export { AttachmentChip, type AttachmentChipProps } from './composer/attachment-chip.tsx';
export { AttachmentDropzone, type AttachmentDropzoneProps } from './composer/attachment-dropzone.tsx';
export { Composer, type ComposerApi, type ComposerProps } from './composer/composer.tsx';
export { ComposerAttachButton } from './composer/composer-attach-button.tsx';
export { ComposerAttachmentList } from './composer/composer-attachment-list.tsx';
export {
  ComposerContext,
  type ComposerContextValue,
  useComposerContext,
} from './composer/composer-context.tsx';
/** "Dictate": speech into the composer; hidden where dictation is off or unsupported. */
export { ComposerDictateButton } from './composer/composer-dictate-button.tsx';
export { ComposerHint } from './composer/composer-hint.tsx';
export { ComposerInput, type ComposerInputProps } from './composer/composer-input.tsx';
export { ComposerSettings, type ComposerSettingsProps } from './composer/composer-settings.tsx';
export { ComposerSubmit } from './composer/composer-submit.tsx';
export type { ComposerAttachment, ComposerAttachments, ComposerSendInput } from './composer/types.ts';
export {
  ConversationDeleteDialog,
  type ConversationDeleteDialogProps,
} from './conversation-list/conversation-delete-dialog.tsx';
export { ConversationList, type ConversationListProps } from './conversation-list/conversation-list.tsx';
export {
  ConversationListItem,
  type ConversationListItemProps,
} from './conversation-list/conversation-list-item.tsx';
export { csvFieldText, csvFileName, escapeCsvField, toCsv } from './data-frame-table/csv.ts';
export {
  DataFrameColumnMenu,
  type DataFrameColumnMenuProps,
} from './data-frame-table/data-frame-column-menu.tsx';
export {
  DataFrameGrid,
  type DataFrameGridProps,
  type DataFrameSource,
} from './data-frame-table/data-frame-grid.tsx';
export { DataFrameList, type DataFrameListProps } from './data-frame-table/data-frame-list.tsx';
export { DataFrameSample, type DataFrameSampleProps } from './data-frame-table/data-frame-sample.tsx';
export { DataFrameTable, type DataFrameTableProps } from './data-frame-table/data-frame-table.tsx';
export {
  type CellFormatOptions,
  type CellFormatters,
  type CellKind,
  createCellFormatters,
  type FormattedCell,
  formatCell,
} from './data-frame-table/format-cell.ts';
export { nextSort, parseOrderBy, type SortState, toOrderBy } from './data-frame-table/sort-state.ts';
export { Button, type ButtonProps, buttonVariants } from './lib/button.tsx';
export { cn } from './lib/cn.ts';
export { CopyButton, type CopyButtonProps } from './lib/copy-button.tsx';
export {
  PortalContainerProvider,
  type PortalContainerProviderProps,
  usePortalContainer,
} from './lib/portal-container.tsx';
export { type CopyToClipboardState, useCopyToClipboard } from './lib/use-copy-to-clipboard.ts';
export { CodeBlock, type CodeBlockProps } from './markdown/code-block.tsx';
export {
  type ImagePolicy,
  ImagePolicyProvider,
  useImagePolicy,
} from './markdown/image-policy.tsx';
export { Markdown, type MarkdownProps } from './markdown/markdown.tsx';
export { BranchPicker, type BranchPickerProps } from './message/branch-picker.tsx';
export { DataPart, type DataPartViewProps } from './message/data-part.tsx';
export {
  type DataPartProps,
  type DataPartRegistry,
  DataPartRegistryProvider,
  useDataPartRegistry,
} from './message/data-part-registry.tsx';
export { FeedbackButtons, type FeedbackButtonsProps } from './message/feedback-buttons.tsx';
export { FilePart, type FilePartProps } from './message/file-part.tsx';
export { formatJson, JsonView } from './message/json-view.tsx';
export { preloadMessageParts } from './message/lazy-parts.tsx';
export { Message, type MessageProps, messageContentVariants, messageVariants } from './message/message.tsx';
export { MessageActions, type MessageActionsProps } from './message/message-actions.tsx';
export {
  MessageActionsProvider,
  type MessageActionsValue,
  type MessageContextValue,
  useMessage,
  useMessageActions,
} from './message/message-context.tsx';
export { MessageEdit, type MessageEditProps } from './message/message-edit.tsx';
export { MessageParts, type MessagePartsProps } from './message/message-parts.tsx';
export {
  InterruptedNotice,
  type InterruptedNoticeProps,
  MessageError,
  type MessageErrorProps,
  StreamingIndicator,
} from './message/message-status.tsx';
export { messageText } from './message/message-text.ts';
export { MessageTool } from './message/message-tool.tsx';
export {
  MessagePartsProvider,
  type MessagePartsProviderProps,
  type PartProps,
  type PartRegistry,
  type ToolRegistry,
  type ToolUIProps,
  usePartRegistries,
} from './message/part-registry.tsx';
/** "Read aloud" / "Stop reading" on a reply; hidden where speech synthesis is off or unsupported. */
export { ReadAloudButton, type ReadAloudButtonProps } from './message/read-aloud-button.tsx';
export { ReasoningPart, type ReasoningPartProps } from './message/reasoning-part.tsx';
export {
  SourceList,
  type SourceListProps,
  SourcePart,
  type SourcePartValue,
} from './message/source-part.tsx';
export {
  ToolPart,
  type ToolPartProps,
  type ToolPartValue,
  type ToolState,
  toolBadgeVariants,
  toolName,
  toolStateLabel,
} from './message/tool-part.tsx';
export type {
  FeedbackRating,
  MessageCallbacks,
  MessageFeedback,
  MessagePart,
  MessageStatus,
  ToolApprovalResponse,
  ToolOutputResponse,
} from './message/types.ts';
export { JumpToLatest, type JumpToLatestProps } from './message-list/jump-to-latest.tsx';
export { MessageList, type MessageListProps } from './message-list/message-list.tsx';
export { defaultRenderMessage, type MessageListItemProps } from './message-list/message-list-row.tsx';
export { TeamModePicker, type TeamModePickerProps } from './team-replies/team-mode-picker.tsx';
export { TeamReplies, type TeamRepliesProps } from './team-replies/team-replies.tsx';
export { TeamReplyCard, type TeamReplyCardProps } from './team-replies/team-reply-card.tsx';
export {
  FollowUpSuggestions,
  type FollowUpSuggestionsProps,
  followUpsOf,
} from './thread/follow-up-suggestions.tsx';
export { Thread, type ThreadProps } from './thread/thread.tsx';
export { ThreadEmpty, type ThreadEmptyProps, type ThreadSuggestion } from './thread/thread-empty.tsx';
export { ThreadView, type ThreadViewProps } from './thread/thread-view.tsx';
