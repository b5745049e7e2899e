import type { UIMessage, UIMessageChunk } from 'ai';

/** Which API family an adapter speaks. */
export type BackendKind = 'noxus-v1' | 'agents-v2' | 'chat-api';

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

/** What a backend can do, so that UIs show only what works. */
export interface BackendCapabilities {
  /** Conversations can be renamed. */
  rename: boolean;
  /** Conversations can be deleted. */
  deleteConversation: boolean;
  /** How files reach the agent: inline with the message (Noxus), uploaded to the conversation (v2), or not at all. */
  files: 'inline' | 'upload' | 'none';
  /** The conversation's file space can be listed and downloaded. */
  fileList: boolean;
  /** Data frames can be listed and sliced. */
  dataFrames: boolean;
  /** A reply can be resumed after a dropped connection. */
  resume: boolean;
  /** Per-message and per-conversation settings (model selection, temperature, tools, instructions). */
  settings: boolean;
  /** Team chat with modes (platform 004). */
  teams: boolean;
  /** Unread inbox and mark-read (platform 004). */
  inbox: boolean;
  /** The largest attachment accepted, in bytes. */
  maxFileBytes: number;
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

/** The seam between the kit and one agent platform. */
export interface Backend {
  readonly kind: BackendKind;
  readonly capabilities: BackendCapabilities;

  listConversations(options?: {
    cursor?: string;
    limit?: number;
    signal?: AbortSignal;
  }): Promise<ConversationPage>;
  createConversation(input?: {
    name?: string;
    settings?: ConversationSettings;
    signal?: AbortSignal;
  }): Promise<Conversation>;
  getConversation(id: string, options?: { signal?: AbortSignal }): Promise<Conversation>;
  renameConversation(id: string, name: string, options?: { signal?: AbortSignal }): Promise<Conversation>;
  deleteConversation(id: string, options?: { signal?: AbortSignal }): Promise<void>;
  /** Update the conversation's settings (Noxus PATCH). */
  updateSettings(
    id: string,
    settings: ConversationSettings,
    options?: { signal?: AbortSignal },
  ): Promise<Conversation>;

  /** The conversation's history as AI SDK UI messages. */
  getHistory(id: string, options?: { signal?: AbortSignal }): Promise<UIMessage[]>;
  /** Send a user turn and stream the reply as UI message chunks. */
  streamReply(id: string, message: OutgoingMessage, options?: { signal?: AbortSignal }): Promise<ReplyStream>;
  /** Send a user turn and wait for the whole reply. */
  chat(id: string, message: OutgoingMessage, options?: { signal?: AbortSignal }): Promise<UIMessage>;
  /**
   * Continue a reply after a drop, or attach to one running elsewhere, from `resumeToken`.
   * Resolves to null when nothing is running.
   */
  resumeReply(
    id: string,
    options?: { resumeToken?: string; signal?: AbortSignal },
  ): Promise<ReplyStream | null>;

  listFiles(conversationId: string, options?: { signal?: AbortSignal }): Promise<ConversationFile[]>;
  uploadFiles(
    conversationId: string,
    files: OutgoingFile[],
    options?: { signal?: AbortSignal; onProgress?: (progress: UploadProgress) => void },
  ): Promise<ConversationFile[]>;
  downloadFile(conversationId: string, ref: string, options?: { signal?: AbortSignal }): Promise<Blob>;

  listDataFrames(
    conversationId: string,
    options?: { numSamples?: number; signal?: AbortSignal },
  ): Promise<DataFrameInfo[]>;
  getDataFrame(conversationId: string, name: string, query?: DataFrameQuery): Promise<DataFrameSlice>;

  teamChat(
    teamId: string,
    input: { message: string; mode: string },
    options?: { signal?: AbortSignal },
  ): Promise<TeamReply>;
  getInbox(options?: { signal?: AbortSignal }): Promise<InboxMessage[]>;
  markRead(ids?: string[], options?: { signal?: AbortSignal }): Promise<void>;
}
