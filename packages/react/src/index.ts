export { createFrameScheduler, type FrameScheduler, fileToDataUrl } from '@agent-chat/client';
export {
  type AgentChatContextValue,
  AgentChatProvider,
  type AgentChatProviderProps,
  type AttachmentDefaults,
  type RenderPacing,
  useAgentChat,
} from './agent-chat-provider.tsx';
export {
  type AttachmentLimits,
  attachmentProblem,
  isAccepted,
} from './attachment-validation.ts';
export { ConversationRegistry } from './conversation-registry.ts';
export { formatBytes } from './format-bytes.ts';
export { ar } from './i18n/ar.ts';
export { en } from './i18n/en.ts';
export { formatDate, formatDuration, formatNumber, formatRelativeTime } from './i18n/format.ts';
export {
  type AgentChatLocale,
  AgentChatLocaleProvider,
  type AgentChatLocaleProviderProps,
  useLocale,
  useMessages,
} from './i18n/locale-context.tsx';
export type { AgentChatMessages, AgentChatMessagesOverride, MessageRole } from './i18n/messages.ts';
export { pt } from './i18n/pt.ts';
export {
  directionOf,
  mergeMessages,
  messagesFor,
  type ShippedLanguage,
  translations,
} from './i18n/translations.ts';
export { queryKeys } from './query-keys.ts';
export {
  type AttachmentItem,
  type AttachmentsState,
  type UseAttachmentsOptions,
  useAttachments,
} from './use-attachments.ts';
export {
  type ConversationDraft,
  type ConversationState,
  type UseConversationOptions,
  useConversation,
} from './use-conversation.ts';
export { type ConversationFilesState, useConversationFiles } from './use-conversation-files.ts';
export {
  type ConversationsState,
  type UseConversationsOptions,
  useConversations,
} from './use-conversations.ts';
export { type DataFrameState, type UseDataFrameOptions, useDataFrame } from './use-data-frame.ts';
export { type DataFramesState, useDataFrames } from './use-data-frames.ts';
export { type InboxState, useInbox } from './use-inbox.ts';
export { TEAM_CHAT_MODES, type TeamChatState, type TeamExchange, useTeamChat } from './use-team-chat.ts';
