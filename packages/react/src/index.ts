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
export { loadMessages, type ShippedLanguage } from './i18n/load-messages.ts';
export {
  type AgentChatLocale,
  AgentChatLocaleProvider,
  type AgentChatLocaleProviderProps,
  useLocale,
  useMessages,
} from './i18n/locale-context.tsx';
export type { AgentChatMessages, AgentChatMessagesOverride, MessageRole } from './i18n/messages.ts';
export { pt } from './i18n/pt.ts';
export { directionOf, mergeMessages } from './i18n/translations.ts';
export { queryKeys } from './query-keys.ts';
/** Markdown to the words a voice should say, and the sentence-sized pieces it is spoken in. */
export { speakableText, speechChunks } from './speech/speakable-text.ts';
/** Speech adapter types: the seam for an app's own text-to-speech and speech-to-text services. */
export type {
  DictationAdapter,
  DictationSession,
  DictationStatus,
  DictationTranscript,
  ListenOptions,
  SpeakOptions,
  SpeechSynthesisAdapter,
  SpeechUtterance,
  SpeechUtteranceStatus,
} from './speech/speech-adapters.ts';
/** Speech settings: `SpeechProvider` turns read aloud and dictation on; `useSpeech` reads them. */
export {
  type SpeechConfig,
  type SpeechContextValue,
  SpeechProvider,
  type SpeechProviderProps,
  useSpeech,
} from './speech/speech-context.tsx';
/** One message read aloud at a time, without React. */
export { type ReadingState, SpeechReader } from './speech/speech-reader.ts';
/** Dictation through the provider's adapter. */
export { type DictationState, useDictation } from './speech/use-dictation.ts';
/** Read aloud for one message. */
export { type ReadAloudState, useReadAloud } from './speech/use-read-aloud.ts';
/** Stops reading aloud when a new reply starts. */
export { useStopReadingOnReply } from './speech/use-stop-reading-on-reply.ts';
/** Speech to text over the browser's `SpeechRecognition`, and its feature test. */
export {
  type RecognitionConstructor,
  type RecognitionLike,
  supportsWebSpeechDictation,
  type WebSpeechDictationOptions,
  webSpeechDictation,
} from './speech/web-speech-dictation.ts';
/** Text to speech over the browser's `speechSynthesis`, and its feature test. */
export {
  supportsWebSpeechSynthesis,
  type WebSpeechSynthesisEnvironment,
  type WebSpeechSynthesisOptions,
  webSpeechSynthesis,
} from './speech/web-speech-synthesis.ts';
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
