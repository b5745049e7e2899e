import type { UIMessage, UIMessageChunk } from 'ai';
import type { BackendKind } from './backend-kinds.ts';
import { AgentChatError } from './errors.ts';

export { BACKEND_KINDS, type BackendKind, isBackendKind } from './backend-kinds.ts';

/** How the API key travels: `X-API-Key: <key>` or `Authorization: Bearer <key>`. */
export type AuthStyle = 'x-api-key' | 'bearer';

/** A value that may be given directly or read at call time (never frozen at mount). */
export type Resolvable<T> = T | (() => T | Promise<T>);

/** Options every adapter takes. */
export interface BackendOptions {
  /** Base URL of the platform or of the proxy in front of it, e.g. `/api` or `https://backend.noxus.ai`. */
  baseUrl: Resolvable<string>;
  /** API key. Leave unset in browsers that talk to the proxy: the proxy adds it. */
  apiKey?: Resolvable<string | undefined>;
  /** Header style for `apiKey`; defaults per platform (`x-api-key` for Noxus, `bearer` otherwise). */
  auth?: AuthStyle;
  /** Extra headers on every request. */
  headers?: Resolvable<Record<string, string> | undefined>;
  /** A `fetch` to use instead of the global one (the mock server's in-process `fetch`, a test double, …). */
  fetch?: typeof globalThis.fetch;
  /** Called for every tolerated protocol fault (unknown chunk type, malformed JSON, synthesised start, …). */
  onWarning?: (warning: StreamWarning) => void;
}

/** A conversation as the kit sees it, whatever the platform. */
export interface Conversation {
  id: string;
  name: string;
  createdAt?: string;
  updatedAt?: string;
  /** Noxus etag: the point from which `events?etag=` tails. */
  etag?: string | null;
  /** Platform status, e.g. Noxus `idle` / `running`. */
  status?: string;
  agentId?: string;
  settings?: ConversationSettings;
  /** Unread messages, where the backend has an inbox. */
  unread?: number;
}

/** One page of conversations; `nextCursor` is undefined on the last page. */
export interface ConversationPage {
  items: Conversation[];
  nextCursor?: string;
}

/** A tool the agent may use, as Noxus settings describe it. */
export interface ToolSetting {
  name: string;
  type: string;
  description?: string;
  enabled: boolean;
}

/** Settings of a conversation or of the next message. */
export interface ConversationSettings {
  modelSelection?: string[];
  temperature?: number;
  maxTokens?: number;
  tools?: ToolSetting[];
  extraInstructions?: string;
  /** Noxus chat flows: create the conversation on a flow instead of an assistant. */
  agentFlowId?: string;
}

/** Options of the next message only. */
export interface MessageOptions {
  modelSelection?: string[];
  /** Noxus per-message tool (`web_research`, `kb_qa`). */
  tool?: string;
  /** Noxus knowledge base for `kb_qa`. */
  kbId?: string;
  workflowId?: string;
}

/** A file to send with a message (bytes held by the caller) or already uploaded (v2 `fileRef`). */
export interface OutgoingFile {
  name: string;
  mediaType: string;
  /** The bytes; a `Blob` (or `File`) in browsers, also accepted in Node. */
  data?: Blob;
  /** A public URL the platform fetches itself (Noxus). */
  url?: string;
  /** Reference of a file already uploaded to the conversation (v2). */
  fileRef?: string;
}

/** A user turn to send. */
export interface OutgoingMessage {
  text: string;
  files?: OutgoingFile[];
  options?: MessageOptions;
}

/** A file in a conversation's file space. */
export interface ConversationFile {
  /** What to pass to `downloadFile`: v2 `file_ref`, Noxus file id or URL. */
  ref: string;
  name: string;
  mediaType?: string;
  size?: number;
  createdAt?: string;
  /** A URL the browser can open directly, when the platform gives one. */
  url?: string;
  status?: string;
}

/** Progress of an upload, 0..1 when the total is known. */
export interface UploadProgress {
  loaded: number;
  total?: number;
}

/** A data frame summary with its first rows. */
export interface DataFrameInfo {
  name: string;
  columns: string[];
  /** Total rows, when the platform reports it. */
  rowCount?: number;
  sample?: Record<string, unknown>[];
  createdAt?: string;
}

/** What slice of a data frame to fetch. */
export interface DataFrameQuery {
  offset?: number;
  limit?: number;
  columns?: string[];
  /** Column to order by; prefix with `-` for descending (sent as `order_by`). */
  orderBy?: string;
  /** Platform `output_format`; the adapter asks for one it can read and accepts any. */
  outputFormat?: string;
  signal?: AbortSignal;
}

/** A slice of a data frame, always normalised to row records. */
export interface DataFrameSlice {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
  offset: number;
  /** Total rows, when the platform reports it. */
  rowCount?: number;
}

/** One agent's answer in a team chat (platform 004). */
export interface TeamResponse {
  agentId: string;
  agentName: string;
  content: string;
}

/** A team chat reply: one answer per agent plus a summary. */
export interface TeamReply {
  responses: TeamResponse[];
  summary?: string;
  mode: string;
}

/** An unread inbox message (platform 004). */
export interface InboxMessage {
  id: string;
  conversationId?: string;
  role: string;
  content: string;
  createdAt?: string;
}

/** A reply being streamed: UI message chunks plus where to resume from. */
export interface ReplyStream {
  stream: ReadableStream<UIMessageChunk>;
  /** The last resume point seen (SSE id or etag); updated as frames arrive. */
  readonly resumeToken: () => string | undefined;
}

/** A tolerated protocol fault, reported instead of thrown. */
export interface StreamWarning {
  code:
    | 'unknown-chunk'
    | 'malformed-json'
    | 'invalid-chunk'
    | 'synthesised-start'
    | 'orphan-end'
    | 'unknown-event';
  message: string;
  /** The offending frame text, truncated. */
  frame?: string;
}

/** Options every call takes. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** A reply asked for with the whole active branch, as the AI SDK's chat protocol asks for one. */
export interface UIMessagesRequest {
  /** The active branch, oldest first: the new user turn, or the tool answers, last. */
  messages: UIMessage[];
  /** `submit-message` for a new turn (or tool answers), `regenerate-message` for another reply. */
  trigger: 'submit-message' | 'regenerate-message';
  /** The message replaced or regenerated, when there is one. */
  messageId: string | undefined;
  /** Extra fields for the request body (the app's `body`, message options). */
  body?: Record<string, unknown>;
}

/** Files sent with messages: inline with the message (Noxus) or uploaded to the conversation (v2). */
export interface FilesFacet {
  /** How an attachment reaches the agent. */
  readonly delivery: 'inline' | 'upload';
  /** The largest attachment accepted, in bytes (`Infinity` when the platform states none). */
  readonly maxFileBytes: number;
  /** The conversation's file space, where the platform keeps one (v2). */
  list?(conversationId: string, options?: CallOptions): Promise<ConversationFile[]>;
  /** Upload files to the conversation ahead of a message. */
  upload?(
    conversationId: string,
    files: OutgoingFile[],
    options?: CallOptions & { onProgress?: (progress: UploadProgress) => void },
  ): Promise<ConversationFile[]>;
  /** Download one file of the conversation's file space. */
  download?(conversationId: string, ref: string, options?: CallOptions): Promise<Blob>;
}

/** Data frames the agent produced in a conversation, listed and read in slices. */
export interface DataFramesFacet {
  list(conversationId: string, options?: CallOptions & { numSamples?: number }): Promise<DataFrameInfo[]>;
  get(conversationId: string, name: string, query?: DataFrameQuery): Promise<DataFrameSlice>;
}

/** Team chat with modes (Chat API). */
export interface TeamsFacet {
  chat(teamId: string, input: { message: string; mode: string }, options?: CallOptions): Promise<TeamReply>;
}

/** An unread inbox (Chat API). */
export interface InboxFacet {
  list(options?: CallOptions): Promise<InboxMessage[]>;
  /** Mark the given messages read, or all of them when `ids` is undefined. */
  markRead(ids?: string[], options?: CallOptions): Promise<void>;
}

/**
 * The seam between the kit and one agent platform. The core (conversations, history, replies) is
 * always there; everything else is an optional facet whose presence is the capability, so a UI
 * shows only what works and nothing has to reject "unsupported".
 */
export interface Backend {
  readonly kind: BackendKind;

  listConversations(options?: CallOptions & { cursor?: string; limit?: number }): Promise<ConversationPage>;
  createConversation(
    input?: CallOptions & { name?: string; settings?: ConversationSettings },
  ): Promise<Conversation>;
  getConversation(id: string, options?: CallOptions): Promise<Conversation>;
  /** The conversation's history as AI SDK UI messages. */
  getHistory(id: string, options?: CallOptions): Promise<UIMessage[]>;
  /**
   * Send a user turn and stream the reply as UI message chunks. `parentMessageId` (only where
   * `replacesHistory`) names the message this turn follows: the platform drops anything after it,
   * which is how an edit or a regenerate becomes a branch there.
   */
  streamReply(
    id: string,
    message: OutgoingMessage,
    options?: CallOptions & { parentMessageId?: string | undefined },
  ): Promise<ReplyStream>;
  /** Send a user turn and wait for the whole reply. */
  chat(id: string, message: OutgoingMessage, options?: CallOptions): Promise<UIMessage>;

  /**
   * True when a turn can be sent after an earlier message, replacing what followed it
   * (`streamReply`'s `parentMessageId`): edits and regenerations then branch on the server too.
   * Platforms that take the whole branch (`sendMessages`) can always do this.
   */
  readonly replacesHistory?: boolean;
  /** Present when conversations can be renamed. */
  renameConversation?(id: string, name: string, options?: CallOptions): Promise<Conversation>;
  /** Present when conversations can be deleted. */
  deleteConversation?(id: string, options?: CallOptions): Promise<void>;
  /** Present when conversations carry settings (model selection, temperature, tools, instructions). */
  updateSettings?(id: string, settings: ConversationSettings, options?: CallOptions): Promise<Conversation>;
  /**
   * Present when the platform takes the whole message list with every request (the AI SDK's chat
   * protocol): the chat transport then sends through it instead of `streamReply`, so edits,
   * regenerations, tool approvals and tool outputs reach the server as the SDK sends them.
   */
  sendMessages?(id: string, request: UIMessagesRequest, options?: CallOptions): Promise<ReplyStream>;
  /**
   * Present when a reply can be resumed after a drop, or attached to while it runs elsewhere,
   * from `resumeToken`. Resolves to null when nothing is running.
   */
  resumeReply?(id: string, options?: CallOptions & { resumeToken?: string }): Promise<ReplyStream | null>;
  /** Present when messages can carry attachments. */
  readonly files?: FilesFacet;
  /** Present when the agent's data frames can be listed and sliced. */
  readonly dataFrames?: DataFramesFacet;
  /** Present when the platform has team chat. */
  readonly teams?: TeamsFacet;
  /** Present when the platform has an unread inbox. */
  readonly inbox?: InboxFacet;
}

/** A backend whose facets `K` are known to be present (what an adapter's return type promises). */
export type BackendWith<K extends keyof Backend> = Backend & Required<Pick<Backend, K>>;

/** The optional parts of a {@link Backend}. */
export type OptionalFacet =
  | 'sendMessages'
  | 'renameConversation'
  | 'deleteConversation'
  | 'updateSettings'
  | 'resumeReply'
  | 'files'
  | 'dataFrames'
  | 'teams'
  | 'inbox';

const facetDescriptions: Record<OptionalFacet, string> = {
  sendMessages: 'sending the whole message list',
  renameConversation: 'renaming conversations',
  deleteConversation: 'deleting conversations',
  updateSettings: 'conversation settings',
  resumeReply: 'resuming a reply',
  files: 'file attachments',
  dataFrames: 'data frames',
  teams: 'team chat',
  inbox: 'an inbox',
};

/**
 * The backend, known to have `facet`; a clear `unsupported` error when it lacks it (a UI should
 * have read the capabilities first, an app calling in code gets told what is missing).
 */
export function requireFacet<K extends OptionalFacet>(backend: Backend, facet: K): BackendWith<K> {
  if (backend[facet] === undefined) {
    throw new AgentChatError({
      kind: 'unsupported',
      message: `This ${backend.kind} backend does not support ${facetDescriptions[facet]}.`,
    });
  }
  return backend as BackendWith<K>;
}

/** What a backend can do, read off its facets, so that UIs show only what works. */
export interface BackendCapabilities {
  /** Edit and regenerate make branches the server follows (otherwise they are sent as new turns). */
  branches: boolean;
  /** Answers to tool approvals and the output of tools the browser runs reach the server. */
  toolResponses: boolean;
  rename: boolean;
  deleteConversation: boolean;
  /** How files reach the agent, or `none`. */
  files: 'inline' | 'upload' | 'none';
  /** The conversation's file space can be listed and downloaded. */
  fileList: boolean;
  dataFrames: boolean;
  resume: boolean;
  settings: boolean;
  teams: boolean;
  inbox: boolean;
  /** The largest attachment accepted, in bytes (0 when files are not accepted). */
  maxFileBytes: number;
}

/** The capabilities a backend's facets add up to. */
export function capabilitiesOf(backend: Backend): BackendCapabilities {
  return {
    branches: backend.sendMessages !== undefined || backend.replacesHistory === true,
    toolResponses: backend.sendMessages !== undefined,
    rename: backend.renameConversation !== undefined,
    deleteConversation: backend.deleteConversation !== undefined,
    files: backend.files?.delivery ?? 'none',
    fileList: backend.files?.list !== undefined,
    dataFrames: backend.dataFrames !== undefined,
    resume: backend.resumeReply !== undefined,
    settings: backend.updateSettings !== undefined,
    teams: backend.teams !== undefined,
    inbox: backend.inbox !== undefined,
    maxFileBytes: backend.files?.maxFileBytes ?? 0,
  };
}
