export { type AgentsV2Options, agentsV2 } from './adapters/agents-v2.ts';
export {
  v2DataFrameSliceFromJson,
  v2MessagesToUIMessages,
} from './adapters/agents-v2-mapping.ts';
export {
  AI_SDK_MAX_FILE_BYTES,
  type AiSdkBackend,
  type AiSdkOptions,
  aiSdk,
} from './adapters/ai-sdk.ts';
export { type ChatApiOptions, chatApi } from './adapters/chat-api.ts';
export { chatApiHistoryToUIMessages } from './adapters/chat-api-mapping.ts';
export { type NoxusV1Options, noxusV1 } from './adapters/noxus-v1.ts';
export {
  noxusMessagesToUIMessages,
  noxusSettingsFromJson,
  noxusSettingsToJson,
} from './adapters/noxus-v1-mapping.ts';
export type {
  AuthStyle,
  Backend,
  BackendCapabilities,
  BackendKind,
  BackendOptions,
  BackendWith,
  CallOptions,
  Conversation,
  ConversationFile,
  ConversationPage,
  ConversationSettings,
  DataFrameInfo,
  DataFrameQuery,
  DataFrameSlice,
  DataFramesFacet,
  FilesFacet,
  InboxFacet,
  InboxMessage,
  MessageOptions,
  OptionalFacet,
  OutgoingFile,
  OutgoingMessage,
  ReplyStream,
  Resolvable,
  StreamWarning,
  TeamReply,
  TeamResponse,
  TeamsFacet,
  ToolSetting,
  UIMessagesRequest,
  UploadProgress,
} from './backend.ts';
export {
  BACKEND_KINDS,
  capabilitiesOf,
  isBackendKind,
  requireFacet,
} from './backend.ts';
export { type ChatTransportOptions, createChatTransport, toOutgoingMessage } from './chat-transport.ts';
export { ConversationController } from './conversation/conversation-controller.ts';
export type {
  ConversationAction,
  ConversationControllerOptions,
  ConversationDraft,
  ConversationSnapshot,
} from './conversation/conversation-types.ts';
export { type BranchPosition, MessageTree } from './conversation/message-tree.ts';
export {
  createFrameScheduler,
  type FrameScheduler,
  type RenderPacing,
} from './conversation/render-pacing.ts';
export type { RetryWait } from './conversation/retry-schedule.ts';
export { type Awaitable, type ConversationStore, memoryConversationStore } from './conversation-store.ts';
export {
  DEFAULT_STORE_KEY,
  localStorageConversationStore,
  type StorageLike,
} from './conversation-store-local.ts';
export { type BackendOptionsByKind, createBackend } from './create-backend.ts';
export {
  defaultErrorMessages,
  describeError,
  type ErrorDescription,
  type ErrorDescriptionKind,
  type ErrorMessages,
} from './errors/describe-error.ts';
export {
  AgentChatError,
  type AgentChatErrorInit,
  type AgentChatErrorKind,
  type AgentChatErrorRequest,
  isAgentChatError,
} from './errors.ts';
export { blobToBase64, bytesToBase64 } from './http/base64.ts';
export { NOXUS_MAX_FILE_BYTES } from './http/file-limits.ts';
export { fileToDataUrl } from './http/file-to-data-url.ts';
export { fileRefOf, rememberUploadedFile, uploadedFileRef, withFileRef } from './http/uploaded-files.ts';
