export type {
  AuthStyle,
  Backend,
  BackendCapabilities,
  BackendKind,
  BackendOptions,
  Conversation,
  ConversationFile,
  ConversationPage,
  ConversationSettings,
  DataFrameInfo,
  DataFrameQuery,
  DataFrameSlice,
  InboxMessage,
  MessageOptions,
  OutgoingFile,
  OutgoingMessage,
  ReplyStream,
  Resolvable,
  StreamWarning,
  TeamReply,
  TeamResponse,
  ToolSetting,
  UploadProgress,
} from './backend.ts';
export {
  AgentChatError,
  type AgentChatErrorInit,
  type AgentChatErrorKind,
  isAgentChatError,
} from './errors.ts';
export { type ChunkCheck, checkChunk } from './stream/check-chunk.ts';
export { ChunkNormalizer, type ChunkNormalizerOptions } from './stream/chunk-normalizer.ts';
export {
  CONNECTION_DROPPED_MESSAGE,
  type ReadReplyStreamOptions,
  readReplyStream,
  type WireFormat,
} from './stream/read-reply-stream.ts';
