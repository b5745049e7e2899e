import type { UIMessage } from 'ai';
import type {
  BackendOptions,
  BackendWith,
  Conversation,
  ConversationFile,
  ConversationPage,
  OutgoingFile,
  OutgoingMessage,
} from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import { generateId } from '../generate-id.ts';
import { unsupported } from '../http/errors.ts';
import { assertFilesWithinLimit } from '../http/file-limits.ts';
import { createHttpClient, pathOf } from '../http/request.ts';
import {
  v2ConversationFromJson,
  v2DataFrameInfoFromJson,
  v2DataFrameSliceFromJson,
  v2FileFromJson,
  v2MessagesToUIMessages,
  v2PageFromJson,
  v2ReplyToUIMessage,
} from './agents-v2-mapping.ts';
import { findConversationInList } from './find-conversation.ts';
import { listIn } from './read-json.ts';
import { replyStreamFrom } from './reply-stream.ts';
import { conversationOrThrow } from './shared-mapping.ts';

/** Options of {@link agentsV2}. */
export interface AgentsV2Options extends BackendOptions {
  /** The agent whose conversations this backend drives (`/agents/{aid}/…`). */
  agentId: string;
  /** Largest upload accepted before sending; the platform documents none, so unlimited by default. */
  maxFileBytes?: number;
  /** Page size of `listConversations` when the caller gives no limit. */
  pageSize?: number;
  /**
   * Whether `GET …/stream` resumes a reply (`Last-Event-ID`). The public docs do not list it; the
   * kit's mock and proxy serve it. Default true; set false for a deployment without it.
   */
  resume?: boolean;
}

const NAME = 'The agents v2 API';

/** Pages read at most when collecting all messages or files of a conversation. */
const MAX_PAGES = 100;

/** A Backend for the agent server API v2 (`/agents/{aid}/conversations…`). */
export function agentsV2(
  options: AgentsV2Options,
): BackendWith<'deleteConversation' | 'files' | 'dataFrames'> {
  const http = createHttpClient(options, 'bearer');
  const maxFileBytes = options.maxFileBytes ?? Number.POSITIVE_INFINITY;
  const base = () => pathOf`/agents/${options.agentId}/conversations`;
  const conversationPath = (cid: string) => `${base()}${pathOf`/${cid}`}`;

  const toConversation = (json: unknown, what: string): Conversation =>
    conversationOrThrow(v2ConversationFromJson(json), NAME, what);

  async function listPage(cursor: string | undefined, limit: number | undefined, signal?: AbortSignal) {
    const json = await http.json({
      method: 'GET',
      path: base(),
      query: { limit: limit ?? options.pageSize, next: cursor },
      signal,
    });
    const { items, next } = v2PageFromJson(json);
    const page: ConversationPage = {
      items: items.flatMap((item) => {
        const conversation = v2ConversationFromJson(item);
        return conversation ? [conversation] : [];
      }),
    };
    if (next !== undefined) page.nextCursor = next;
    return page;
  }

  /** Every item of a paginated endpoint, following `next` tokens. */
  async function collect(path: string, signal: AbortSignal | undefined): Promise<unknown[]> {
    const all: unknown[] = [];
    let next: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const json = await http.json({ method: 'GET', path, query: { next }, signal });
      const result = v2PageFromJson(json);
      all.push(...result.items);
      if (result.next === undefined || result.next === next) break;
      next = result.next;
    }
    return all;
  }

  async function upload(
    cid: string,
    files: readonly OutgoingFile[],
    signal: AbortSignal | undefined,
    onProgress?: (progress: { loaded: number; total?: number }) => void,
  ): Promise<ConversationFile[]> {
    assertFilesWithinLimit(files, maxFileBytes);
    const form = new FormData();
    let total = 0;
    for (const file of files) {
      if (file.data === undefined) {
        throw new AgentChatError({
          kind: 'unsupported',
          message: `"${file.name}" has no bytes to upload; ${NAME} takes files as uploads (or a fileRef of one already uploaded).`,
        });
      }
      total += file.data.size;
      // Re-wrap so that the part carries the declared media type even when the Blob has none.
      const blob =
        file.data.type === file.mediaType ? file.data : new Blob([file.data], { type: file.mediaType });
      form.append('files', blob, file.name);
    }
    onProgress?.({ loaded: 0, total });
    const json = await http.upload(
      { method: 'POST', path: `${conversationPath(cid)}/files`, body: form, signal },
      (sent) => {
        // The body's bytes include the multipart framing; report them as a share of the files'
        // bytes, so that every event of one upload has the same total. The end is reported below.
        if (sent.total === undefined || sent.total <= 0 || sent.loaded >= sent.total) return;
        onProgress?.({ loaded: Math.round((sent.loaded / sent.total) * total), total });
      },
    );
    onProgress?.({ loaded: total, total });
    return (listIn(json, ['data', 'items', 'results', 'files']) ?? []).flatMap((item) => {
      const file = v2FileFromJson(item);
      return file ? [file] : [];
    });
  }

  /** Upload the message's files that carry bytes; those with a `fileRef` are already there. */
  async function prepareFiles(cid: string, message: OutgoingMessage, signal: AbortSignal | undefined) {
    const files = message.files ?? [];
    assertFilesWithinLimit(files, maxFileBytes);
    const toUpload = files.filter((file) => file.fileRef === undefined);
    if (toUpload.length > 0) await upload(cid, toUpload, signal);
  }

  async function resumeReply(
    id: string,
    { resumeToken, signal }: { resumeToken?: string; signal?: AbortSignal } = {},
  ) {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (resumeToken !== undefined) headers['Last-Event-ID'] = resumeToken;
    const response = await http
      .send({ method: 'GET', path: `${conversationPath(id)}/stream`, headers, signal })
      .catch((error: unknown) => {
        if (error instanceof AgentChatError && error.status === 405) {
          throw new AgentChatError({
            kind: 'unsupported',
            status: 405,
            serverMessage: error.serverMessage,
            message: `${NAME} at this base URL cannot resume replies (GET …/stream is not allowed). Create the backend with resume: false.`,
          });
        }
        throw error;
      });
    if (response.status === 204) return null;
    return replyStreamFrom(response, 'auto', options, signal, resumeToken);
  }

  return {
    kind: 'agents-v2',
    ...(options.resume === false ? {} : { resumeReply }),

    listConversations({ cursor, limit, signal } = {}) {
      return listPage(cursor, limit, signal);
    },

    async createConversation({ name, settings, signal } = {}) {
      if (settings && Object.keys(settings).length > 0) {
        throw unsupported('conversation settings', NAME);
      }
      const json = await http.json({
        method: 'POST',
        path: base(),
        json: { name: name ?? 'New conversation' },
        signal,
      });
      return toConversation(json, 'create');
    },

    async getConversation(id, { signal } = {}) {
      try {
        return toConversation(await http.json({ method: 'GET', path: conversationPath(id), signal }), 'get');
      } catch (error) {
        // Not every deployment serves one conversation by id; the list always has it.
        const missingRoute =
          error instanceof AgentChatError && (error.kind === 'not-found' || error.status === 405);
        if (!missingRoute) throw error;
        return findConversationInList(id, (cursor) => listPage(cursor, 100, signal));
      }
    },

    async deleteConversation(id, { signal } = {}) {
      await http.send({ method: 'DELETE', path: conversationPath(id), signal });
    },

    async getHistory(id, { signal } = {}) {
      const messages = await collect(`${conversationPath(id)}/messages`, signal);
      return v2MessagesToUIMessages(messages, id);
    },

    async streamReply(id, message, { signal } = {}) {
      await prepareFiles(id, message, signal);
      const response = await http.send({
        method: 'POST',
        path: `${conversationPath(id)}/stream`,
        json: { content: message.text },
        headers: { Accept: 'text/event-stream' },
        signal,
      });
      return replyStreamFrom(response, 'auto', options, signal);
    },

    async chat(id, message, { signal } = {}): Promise<UIMessage> {
      await prepareFiles(id, message, signal);
      const json = await http.json({
        method: 'POST',
        path: `${conversationPath(id)}/messages`,
        json: { content: message.text },
        signal,
      });
      const reply = v2ReplyToUIMessage(json, generateId());
      if (!reply) {
        throw new AgentChatError({
          kind: 'protocol',
          message: `${NAME} returned no agent message for "${id}".`,
        });
      }
      return reply;
    },

    files: {
      delivery: 'upload',
      maxFileBytes,
      async list(conversationId, { signal } = {}) {
        const items = await collect(`${conversationPath(conversationId)}/files`, signal);
        return items.flatMap((item) => {
          const file = v2FileFromJson(item);
          return file ? [file] : [];
        });
      },
      /**
       * Sends the files in one multipart request (a repeated `files` field). In a browser without
       * an app-supplied `fetch`, progress is reported as the body is sent (XHR); elsewhere only
       * the start (`loaded: 0`) and the end. Totals are the files' bytes; for a figure per file,
       * upload one file per call (the docs allow a single `files` field).
       */
      upload(conversationId, files, { signal, onProgress } = {}) {
        return upload(conversationId, files, signal, onProgress);
      },
      async download(conversationId, ref, { signal } = {}) {
        const response = await http.send({
          method: 'GET',
          path: `${conversationPath(conversationId)}/files/download/`,
          query: { file_ref: ref },
          headers: { Accept: '*/*' },
          signal,
        });
        return response.blob();
      },
    },

    dataFrames: {
      async list(conversationId, { numSamples, signal } = {}) {
        const json = await http.json({
          method: 'GET',
          path: `${conversationPath(conversationId)}/data-frames`,
          query: { num_samples: numSamples },
          signal,
        });
        return v2PageFromJson(json).items.flatMap((item) => {
          const info = v2DataFrameInfoFromJson(item);
          return info ? [info] : [];
        });
      },

      async get(conversationId, name, query = {}) {
        const offset = query.offset ?? 0;
        const json = await http.json({
          method: 'GET',
          path: `${conversationPath(conversationId)}${pathOf`/data-frames/${name}`}`,
          query: {
            offset: query.offset,
            limit: query.limit,
            column_names: query.columns?.length ? query.columns.join(',') : undefined,
            order_by: query.orderBy,
            // Records are the shape the kit uses; any other shape that comes back is read as well.
            output_format: query.outputFormat ?? 'records',
          },
          signal: query.signal,
        });
        return v2DataFrameSliceFromJson(json, name, offset);
      },
    },
  };
}
