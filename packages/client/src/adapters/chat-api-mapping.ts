import type { UIMessage } from 'ai';
import type { Conversation, ConversationPage, InboxMessage, TeamReply, TeamResponse } from '../backend.ts';
import { asRecord, idOf, listIn, num, str } from './read-json.ts';

/** Chat API conversation JSON (`id, title, created_at, updated_at, unread_count`) → {@link Conversation}. */
export function chatApiConversationFromJson(value: unknown): Conversation | undefined {
  const json = asRecord(value);
  const id = idOf(json?.id) ?? idOf(json?.conversation_id);
  if (!json || id === undefined) return undefined;
  const conversation: Conversation = { id, name: str(json.title) ?? str(json.name) ?? '' };
  const createdAt = str(json.created_at);
  if (createdAt !== undefined) conversation.createdAt = createdAt;
  const updatedAt = str(json.updated_at);
  if (updatedAt !== undefined) conversation.updatedAt = updatedAt;
  const unread = num(json.unread_count) ?? num(json.unread);
  if (unread !== undefined) conversation.unread = unread;
  const agentId = idOf(json.agent_id);
  if (agentId !== undefined) conversation.agentId = agentId;
  return conversation;
}

/**
 * `{conversations, total}` at `offset` → a page whose cursor is the next offset. Without a total,
 * a full page means there may be more.
 */
export function chatApiPageFromJson(value: unknown, offset: number, limit: number): ConversationPage {
  const items = (listIn(value, ['conversations', 'items', 'data']) ?? []).flatMap((item) => {
    const conversation = chatApiConversationFromJson(item);
    return conversation ? [conversation] : [];
  });
  const total = num(asRecord(value)?.total);
  const end = offset + items.length;
  const more = total === undefined ? items.length > 0 && items.length >= limit : end < total;
  return more ? { items, nextCursor: String(end) } : { items };
}

function roleOf(value: unknown): UIMessage['role'] | undefined {
  switch (value) {
    case 'user':
      return 'user';
    case 'assistant':
    case 'agent':
      return 'assistant';
    case 'system':
      return 'system';
    default:
      return undefined;
  }
}

/** `{messages: [{id, role, content, created_at}]}` → UI messages; ids are made stable when missing. */
export function chatApiHistoryToUIMessages(value: unknown, idPrefix: string): UIMessage[] {
  return (listIn(value, ['messages', 'history', 'data']) ?? []).flatMap((item, index) => {
    const json = asRecord(item);
    const role = roleOf(json?.role);
    const text = str(json?.content);
    if (!json || role === undefined || text === undefined) return [];
    const createdAt = str(json.created_at);
    const message: UIMessage = {
      id: idOf(json.id) ?? `${idPrefix}-${index}`,
      role,
      parts: [{ type: 'text', text, state: 'done' }],
    };
    if (createdAt !== undefined) message.metadata = { createdAt };
    return [message];
  });
}

/** `{response, agent_id, agent_name}` → the assistant's message (agent named in `metadata`). */
export function chatApiReplyToUIMessage(value: unknown, fallbackId: string): UIMessage | undefined {
  const json = asRecord(value);
  const text = str(json?.response) ?? str(json?.content) ?? str(json?.message);
  if (!json || text === undefined) return undefined;
  const metadata: Record<string, string> = {};
  const agentId = idOf(json.agent_id);
  if (agentId !== undefined) metadata.agentId = agentId;
  const agentName = str(json.agent_name);
  if (agentName !== undefined) metadata.agentName = agentName;
  const conversationId = idOf(json.conversation_id);
  if (conversationId !== undefined) metadata.conversationId = conversationId;
  return {
    id: idOf(json.message_id) ?? idOf(json.id) ?? fallbackId,
    role: 'assistant',
    parts: [{ type: 'text', text, state: 'done' }],
    ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
  };
}

/** `{responses: [{agent_id, agent_name, content}], summary, mode}` → {@link TeamReply}. */
export function chatApiTeamReplyFromJson(value: unknown, requestedMode: string): TeamReply | undefined {
  const json = asRecord(value);
  const list = listIn(json?.responses, []);
  if (!json || !list) return undefined;
  const responses = list.flatMap((item): TeamResponse[] => {
    const response = asRecord(item);
    const content = str(response?.content) ?? str(response?.response);
    if (!response || content === undefined) return [];
    const agentId = idOf(response.agent_id) ?? '';
    return [{ agentId, agentName: str(response.agent_name) ?? agentId, content }];
  });
  const reply: TeamReply = { responses, mode: str(json.mode) ?? requestedMode };
  const summary = str(json.summary);
  if (summary !== undefined) reply.summary = summary;
  return reply;
}

/** `{messages: [{id, conversation_id, role, content, created_at}]}` → inbox messages. */
export function chatApiInboxFromJson(value: unknown): InboxMessage[] {
  return (listIn(value, ['messages', 'items', 'data']) ?? []).flatMap((item) => {
    const json = asRecord(item);
    const id = idOf(json?.id);
    if (!json || id === undefined) return [];
    const message: InboxMessage = {
      id,
      role: str(json.role) ?? 'assistant',
      content: str(json.content) ?? '',
    };
    const conversationId = idOf(json.conversation_id);
    if (conversationId !== undefined) message.conversationId = conversationId;
    const createdAt = str(json.created_at);
    if (createdAt !== undefined) message.createdAt = createdAt;
    return [message];
  });
}
