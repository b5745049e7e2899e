import type { UIMessage } from 'ai';
import type { BackendOptions, BackendWith, Conversation, OutgoingMessage } from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import { generateId } from '../generate-id.ts';
import { unsupported } from '../http/errors.ts';
import { createHttpClient, pathOf } from '../http/request.ts';
import {
  chatApiConversationFromJson,
  chatApiHistoryToUIMessages,
  chatApiInboxFromJson,
  chatApiPageFromJson,
  chatApiReplyToUIMessage,
  chatApiTeamReplyFromJson,
} from './chat-api-mapping.ts';
import { findConversationInList } from './find-conversation.ts';
import { replyStreamFrom } from './reply-stream.ts';
import { conversationOrThrow, numericCursor } from './shared-mapping.ts';

/** Options of {@link chatApi}. */
export interface ChatApiOptions extends BackendOptions {
  /** The agent this backend talks to (`/agents/:id/…`). */
  agentId: string;
  /** Messages asked for by `getHistory` (the platform's own default is 20). */
  historyLimit?: number;
  /** Page size of `listConversations` when the caller gives no limit. */
  pageSize?: number;
}

const NAME = 'The Chat API';

/** A Backend for the Chat API (`/agents/:id/chat`, `/chat/stream`, conversations, inbox, teams). */
export function chatApi(
  options: ChatApiOptions,
): BackendWith<'renameConversation' | 'deleteConversation' | 'teams' | 'inbox'> {
  const http = createHttpClient(options, 'bearer');
  const agent = () => pathOf`/agents/${options.agentId}`;
  const conversationPath = (cid: string) => `${agent()}/conversations${pathOf`/${cid}`}`;

  const toConversation = (json: unknown, what: string): Conversation =>
    conversationOrThrow(chatApiConversationFromJson(json), NAME, what);

  async function listPage(cursor: string | undefined, limit: number | undefined, signal?: AbortSignal) {
    const offset = numericCursor(cursor, 0, NAME, 'offset');
    const size = limit ?? options.pageSize ?? 20;
    const json = await http.json({
      method: 'GET',
      path: `${agent()}/conversations`,
      query: { limit: size, offset },
      signal,
    });
    return chatApiPageFromJson(json, offset, size);
  }

  function rejectFiles(message: OutgoingMessage): void {
    if (message.files && message.files.length > 0) {
      throw unsupported('file attachments (send the message without files)', NAME);
    }
  }

  return {
    kind: 'chat-api',

    listConversations({ cursor, limit, signal } = {}) {
      return listPage(cursor, limit, signal);
    },

    async createConversation({ name, settings, signal } = {}) {
      if (settings && Object.keys(settings).length > 0) throw unsupported('conversation settings', NAME);
      const json = await http.json({
        method: 'POST',
        path: `${agent()}/conversations`,
        json: { title: name ?? 'New conversation' },
        signal,
      });
      return toConversation(json, 'create');
    },

    // The platform has no "get one conversation" endpoint: it is looked up in the list.
    getConversation(id, { signal } = {}) {
      return findConversationInList(id, (cursor) => listPage(cursor, 100, signal));
    },

    async renameConversation(id, name, { signal } = {}) {
      const json = await http.json({
        method: 'PUT',
        path: conversationPath(id),
        json: { title: name },
        signal,
      });
      return json === undefined ? { id, name } : toConversation(json, 'rename');
    },

    async deleteConversation(id, { signal } = {}) {
      await http.send({ method: 'DELETE', path: conversationPath(id), signal });
    },

    async getHistory(id, { signal } = {}) {
      const json = await http.json({
        method: 'GET',
        path: `${agent()}/history`,
        query: { limit: options.historyLimit ?? 100, conversation_id: id },
        signal,
      });
      return chatApiHistoryToUIMessages(json, id);
    },

    async streamReply(id, message, { signal } = {}) {
      rejectFiles(message);
      const response = await http.send({
        method: 'POST',
        path: `${agent()}/chat/stream`,
        json: { message: message.text, conversation_id: id },
        headers: { Accept: 'text/event-stream' },
        signal,
      });
      return replyStreamFrom(response, 'simple-text', options, signal);
    },

    async chat(id, message, { signal } = {}): Promise<UIMessage> {
      rejectFiles(message);
      const json = await http.json({
        method: 'POST',
        path: `${agent()}/chat`,
        json: { message: message.text, conversation_id: id },
        signal,
      });
      const reply = chatApiReplyToUIMessage(json, generateId());
      if (!reply) {
        throw new AgentChatError({ kind: 'protocol', message: `${NAME} chat returned no "response" text.` });
      }
      return reply;
    },

    teams: {
      async chat(teamId, { message, mode }, { signal } = {}) {
        const json = await http.json({
          method: 'POST',
          path: pathOf`/teams/${teamId}/chat`,
          json: { message, mode },
          signal,
        });
        const reply = chatApiTeamReplyFromJson(json, mode);
        if (!reply) {
          throw new AgentChatError({
            kind: 'protocol',
            message: `${NAME} team chat returned no "responses".`,
          });
        }
        return reply;
      },
    },

    inbox: {
      async list({ signal } = {}) {
        return chatApiInboxFromJson(await http.json({ method: 'GET', path: `${agent()}/inbox`, signal }));
      },
      async markRead(ids, { signal } = {}) {
        await http.send({
          method: 'POST',
          path: `${agent()}/mark-read`,
          json: ids === undefined ? {} : { message_ids: ids },
          signal,
        });
      },
    },
  };
}
