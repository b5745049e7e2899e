import type { UIMessage } from 'ai';
import type {
  BackendOptions,
  BackendWith,
  Conversation,
  ConversationSettings,
  OutgoingFile,
  OutgoingMessage,
} from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import { generateId } from '../generate-id.ts';
import { blobToBase64 } from '../http/base64.ts';
import { assertFilesWithinLimit, NOXUS_MAX_FILE_BYTES } from '../http/file-limits.ts';
import { createHttpClient, pathOf } from '../http/request.ts';
import {
  noxusConversationFromJson,
  noxusMessageOptionsToJson,
  noxusMessagesToUIMessages,
  noxusPageFromJson,
  noxusReplyToUIMessage,
  noxusSettingsToJson,
} from './noxus-v1-mapping.ts';
import { arr, asRecord } from './read-json.ts';
import { replyStreamFrom } from './reply-stream.ts';
import { conversationOrThrow, numericCursor } from './shared-mapping.ts';

/** Options of {@link noxusV1}. */
export interface NoxusV1Options extends BackendOptions {
  /** Assistant new conversations are bound to (`?assistant_id=`). */
  agentId?: string;
  /** Chat flow new conversations run (`settings.agent_flow_id`); wins over `agentId`. */
  agentFlowId?: string;
  /** `vercel` (default): raw AI SDK frames; `json`: `?format=json` envelopes. */
  streamFormat?: 'vercel' | 'json';
  /** Page size of `listConversations` when the caller gives no limit. */
  pageSize?: number;
}

const NAME = 'Noxus v1';

/** How long one read of a conversation answers other reads of it (until a write). */
const SHARED_READ_MS = 500;

async function filesToJson(files: readonly OutgoingFile[]): Promise<Record<string, unknown>[]> {
  // Every size is checked before any file is read, so nothing is sent when one is too large.
  assertFilesWithinLimit(files, NOXUS_MAX_FILE_BYTES);
  const json: Record<string, unknown>[] = [];
  for (const file of files) {
    if (file.data !== undefined) {
      json.push({ name: file.name, type: file.mediaType, b64_content: await blobToBase64(file.data) });
    } else if (file.url !== undefined) {
      json.push({ name: file.name, type: file.mediaType, url: file.url });
    } else {
      throw new AgentChatError({
        kind: 'unsupported',
        message: `"${file.name}" has neither bytes nor a URL; Noxus takes files inline with the message, not by reference.`,
      });
    }
  }
  return json;
}

/** A Backend for the Noxus conversation API v1 (`/v1/conversations…`). */
export function noxusV1(
  options: NoxusV1Options,
): BackendWith<
  'renameConversation' | 'deleteConversation' | 'updateSettings' | 'resumeReply' | 'files' | 'replacesHistory'
> {
  const http = createHttpClient(options, 'x-api-key');
  const streamFormat = options.streamFormat ?? 'vercel';
  const formatQuery = streamFormat === 'json' ? { format: 'json' } : undefined;

  const toConversation = (json: unknown, what: string): Conversation =>
    conversationOrThrow(noxusConversationFromJson(json), NAME, what);

  // Opening a conversation asks for its history, its settings and whether a reply is running:
  // all three are in the one GET /v1/conversations/{id}, so reads close together share it.
  const recentReads = new Map<string, { at: number; read: Promise<Record<string, unknown>> }>();
  const forget = (id: string) => recentReads.delete(id);

  async function readRaw(id: string): Promise<Record<string, unknown>> {
    const json = await http.json({ method: 'GET', path: pathOf`/v1/conversations/${id}` });
    const record = asRecord(json);
    if (!record) {
      throw new AgentChatError({
        kind: 'protocol',
        message: `${NAME} returned no conversation for "${id}".`,
      });
    }
    return record;
  }

  /** `share`: others may answer from this read; a check of a running reply asks afresh. */
  function getRaw(
    id: string,
    signal: AbortSignal | undefined,
    share = true,
  ): Promise<Record<string, unknown>> {
    signal?.throwIfAborted();
    const recent = recentReads.get(id);
    let read = recent && Date.now() - recent.at < SHARED_READ_MS ? recent.read : undefined;
    if (!read) {
      read = readRaw(id);
      if (share) {
        recentReads.set(id, { at: Date.now(), read });
        read.catch(() => forget(id));
      }
    }
    if (!signal) return read;
    // The shared request goes on for the others; this caller stops waiting.
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      read.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async function patch(id: string, body: Record<string, unknown>, signal: AbortSignal | undefined) {
    forget(id);
    const json = await http.json({
      method: 'PATCH',
      path: pathOf`/v1/conversations/${id}`,
      json: body,
      signal,
    });
    // Some deployments answer PATCH with no body; read the conversation back then.
    return toConversation(json ?? (await getRaw(id, signal)), 'update');
  }

  async function messageRequest(message: OutgoingMessage): Promise<Record<string, unknown>> {
    const body: Record<string, unknown> = {
      content: message.text,
      ...noxusMessageOptionsToJson(message.options),
    };
    if (message.files && message.files.length > 0) body.files = await filesToJson(message.files);
    return body;
  }

  return {
    kind: 'noxus-v1',
    replacesHistory: true,
    // Files travel inline with the message; Noxus keeps no file space of its own to list.
    files: { delivery: 'inline', maxFileBytes: NOXUS_MAX_FILE_BYTES },

    async listConversations({ cursor, limit, signal } = {}) {
      const page = numericCursor(cursor, 1, NAME, 'page');
      const size = limit ?? options.pageSize ?? 20;
      const json = await http.json({
        method: 'GET',
        path: '/v1/conversations',
        query: { page, size },
        signal,
      });
      return noxusPageFromJson(json, page, size);
    },

    async createConversation({ name, settings, signal } = {}) {
      const flowId = settings?.agentFlowId ?? options.agentFlowId;
      const settingsJson = settings ? noxusSettingsToJson(settings) : {};
      if (flowId !== undefined) settingsJson.agent_flow_id = flowId;
      const hasSettings = Object.keys(settingsJson).length > 0;
      const json = await http.json({
        method: 'POST',
        path: '/v1/conversations',
        query: { assistant_id: flowId === undefined ? options.agentId : undefined },
        json: { name: name ?? 'New conversation', settings: hasSettings ? settingsJson : null },
        signal,
      });
      return toConversation(json, 'create');
    },

    async getConversation(id, { signal } = {}) {
      return toConversation(await getRaw(id, signal), 'get');
    },

    async renameConversation(id, name, { signal } = {}) {
      // PATCH takes name and settings together: send the current settings back unchanged.
      const current = await getRaw(id, signal);
      return patch(id, { name, settings: current.settings ?? null }, signal);
    },

    async updateSettings(id, settings: ConversationSettings, { signal } = {}) {
      const current = await getRaw(id, signal);
      const merged = { ...(asRecord(current.settings) ?? {}), ...noxusSettingsToJson(settings) };
      return patch(id, { name: current.name, settings: merged }, signal);
    },

    async deleteConversation(id, { signal } = {}) {
      forget(id);
      await http.send({ method: 'DELETE', path: pathOf`/v1/conversations/${id}`, signal });
    },

    async getHistory(id, { signal } = {}) {
      const current = await getRaw(id, signal);
      return noxusMessagesToUIMessages(arr(current.messages));
    },

    async streamReply(id, message, { signal, parentMessageId } = {}) {
      forget(id);
      const body = await messageRequest(message);
      const response = await http.send({
        method: 'POST',
        path: pathOf`/v1/conversations/${id}/stream`,
        // `message_id`: the message this turn follows; what came after it is replaced (a branch).
        query: { ...formatQuery, message_id: parentMessageId },
        json: body,
        headers: { Accept: 'text/event-stream' },
        signal,
      });
      return replyStreamFrom(
        response,
        streamFormat === 'json' ? 'noxus-envelope' : 'ui-message',
        options,
        signal,
      );
    },

    async chat(id, message, { signal } = {}): Promise<UIMessage> {
      forget(id);
      const body = await messageRequest(message);
      const json = await http.json({
        method: 'POST',
        path: pathOf`/v1/conversations/${id}/chat`,
        json: body,
        signal,
      });
      const reply = noxusReplyToUIMessage(json, generateId());
      if (!reply) {
        throw new AgentChatError({
          kind: 'protocol',
          message: `${NAME} chat returned no assistant message for conversation "${id}".`,
        });
      }
      return reply;
    },

    async resumeReply(id, { resumeToken, signal } = {}) {
      let token = resumeToken;
      if (token === undefined) {
        // Nothing to resume from: attach to the running reply, if any, from the conversation's etag.
        const current = toConversation(await getRaw(id, signal, false), 'get');
        if (current.status !== 'running' || !current.etag) return null;
        token = current.etag;
      }
      const response = await http.send({
        method: 'GET',
        path: pathOf`/v1/conversations/${id}/events`,
        query: { etag: token, ...formatQuery },
        headers: { Accept: 'text/event-stream' },
        signal,
      });
      if (response.status === 204) return null;
      const format = streamFormat === 'json' ? 'noxus-envelope' : 'ui-message';
      // A caller's token continues after that event; the conversation's etag replays from the start.
      return replyStreamFrom(response, format, options, signal, token, resumeToken !== undefined);
    },
  };
}
