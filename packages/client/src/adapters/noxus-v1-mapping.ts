import type { UIMessage } from 'ai';
import type {
  Conversation,
  ConversationPage,
  ConversationSettings,
  MessageOptions,
  ToolSetting,
} from '../backend.ts';
import { arr, asRecord, idOf, listIn, maybeJson, num, str } from './read-json.ts';

type Part = UIMessage['parts'][number];

/** Kit settings → Noxus `settings` (snake_case); unset fields are left out. */
export function noxusSettingsToJson(settings: ConversationSettings): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  if (settings.modelSelection !== undefined) json.model_selection = settings.modelSelection;
  if (settings.temperature !== undefined) json.temperature = settings.temperature;
  if (settings.maxTokens !== undefined) json.max_tokens = settings.maxTokens;
  if (settings.tools !== undefined) {
    json.tools = settings.tools.map((tool) => ({
      name: tool.name,
      type: tool.type,
      enabled: tool.enabled,
      ...(tool.description === undefined ? {} : { description: tool.description }),
    }));
  }
  if (settings.extraInstructions !== undefined) json.extra_instructions = settings.extraInstructions;
  if (settings.agentFlowId !== undefined) json.agent_flow_id = settings.agentFlowId;
  return json;
}

/** Noxus `settings` → kit settings; unknown fields are dropped, missing ones stay unset. */
export function noxusSettingsFromJson(value: unknown): ConversationSettings | undefined {
  const json = asRecord(value);
  if (!json) return undefined;
  const settings: ConversationSettings = {};
  if (Array.isArray(json.model_selection)) {
    settings.modelSelection = json.model_selection.filter((m): m is string => typeof m === 'string');
  }
  const temperature = num(json.temperature);
  if (temperature !== undefined) settings.temperature = temperature;
  const maxTokens = num(json.max_tokens);
  if (maxTokens !== undefined) settings.maxTokens = maxTokens;
  if (Array.isArray(json.tools)) settings.tools = json.tools.flatMap(toolFromJson);
  const extra = str(json.extra_instructions);
  if (extra !== undefined) settings.extraInstructions = extra;
  const flow = str(json.agent_flow_id);
  if (flow !== undefined) settings.agentFlowId = flow;
  return settings;
}

function toolFromJson(value: unknown): ToolSetting[] {
  const json = asRecord(value);
  const type = str(json?.type) ?? str(json?.name);
  if (!json || type === undefined) return [];
  const tool: ToolSetting = { name: str(json.name) ?? type, type, enabled: json.enabled !== false };
  const description = str(json.description);
  if (description !== undefined) tool.description = description;
  return [tool];
}

/** Noxus Conversation JSON → kit {@link Conversation}; undefined without an id. */
export function noxusConversationFromJson(value: unknown): Conversation | undefined {
  const json = asRecord(value);
  const id = idOf(json?.id);
  if (!json || id === undefined) return undefined;
  const conversation: Conversation = { id, name: str(json.name) ?? '' };
  const createdAt = str(json.created_at);
  if (createdAt !== undefined) conversation.createdAt = createdAt;
  const updatedAt = str(json.last_updated_at) ?? str(json.updated_at);
  if (updatedAt !== undefined) conversation.updatedAt = updatedAt;
  if (typeof json.etag === 'string' || json.etag === null) conversation.etag = json.etag;
  const status = str(json.status);
  if (status !== undefined) conversation.status = status;
  const agentId = idOf(json.agent_id) ?? idOf(json.assistant_id);
  if (agentId !== undefined) conversation.agentId = agentId;
  const settings = noxusSettingsFromJson(json.settings);
  if (settings !== undefined) conversation.settings = settings;
  return conversation;
}

/**
 * `GET /v1/conversations?page&size` → a page whose cursor is the next page number.
 * More pages exist while `page * size < total`, or, without a total, while a page comes back full.
 */
export function noxusPageFromJson(value: unknown, page: number, size: number): ConversationPage {
  const items = (listIn(value, ['items', 'data', 'results']) ?? []).flatMap((item) => {
    const conversation = noxusConversationFromJson(item);
    return conversation ? [conversation] : [];
  });
  const total = num(asRecord(value)?.total);
  const more = total === undefined ? items.length > 0 && items.length >= size : page * size < total;
  return more ? { items, nextCursor: String(page + 1) } : { items };
}

/** Kit message options → Noxus MessageRequest fields. */
export function noxusMessageOptionsToJson(options: MessageOptions | undefined): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  if (options?.modelSelection !== undefined) json.model_selection = options.modelSelection;
  if (options?.tool !== undefined) json.tool = options.tool;
  if (options?.kbId !== undefined) json.kb_id = options.kbId;
  if (options?.workflowId !== undefined) json.workflow_id = options.workflowId;
  return json;
}

function isUserPart(part: Record<string, unknown>): boolean {
  return part.role === 'user' || part.type === 'user';
}

function filePartsOf(part: Record<string, unknown>): Part[] {
  const files: Part[] = arr(part.files).flatMap((value) => {
    const file = asRecord(value);
    const url = str(file?.url);
    if (!file || url === undefined) return [];
    const filePart: Part = {
      type: 'file',
      mediaType: str(file.type) ?? 'application/octet-stream',
      url,
    };
    const name = str(file.name);
    if (name !== undefined) filePart.filename = name;
    return [filePart];
  });
  const images: Part[] = arr(part.images).flatMap((value) => {
    if (typeof value !== 'string' || value === '') return [];
    const dataType = /^data:([^;,]+)/.exec(value)?.[1];
    return [{ type: 'file', mediaType: dataType ?? 'image', url: value } satisfies Part];
  });
  return [...files, ...images];
}

function toolPartOf(part: Record<string, unknown>, fallbackId: string): Part {
  const content = maybeJson(part.content);
  const json = asRecord(content);
  const toolName = str(part.tool) ?? str(json?.name) ?? str(json?.tool) ?? 'tool';
  const toolCallId = idOf(json?.tool_call_id) ?? idOf(json?.toolCallId) ?? idOf(part.id) ?? fallbackId;
  if (!json) {
    // A bare string is what the tool returned.
    return {
      type: 'dynamic-tool',
      toolName,
      toolCallId,
      state: 'output-available',
      input: undefined,
      output: content,
    };
  }
  const input = json.input ?? json.args ?? json.arguments;
  const error = json.error ?? json.error_text;
  if (error !== undefined && error !== null) {
    const errorText = typeof error === 'string' ? error : JSON.stringify(error);
    return { type: 'dynamic-tool', toolName, toolCallId, state: 'output-error', input, errorText };
  }
  if ('output' in json || 'result' in json) {
    return {
      type: 'dynamic-tool',
      toolName,
      toolCallId,
      state: 'output-available',
      input,
      output: json.output ?? json.result,
    };
  }
  return { type: 'dynamic-tool', toolName, toolCallId, state: 'input-available', input };
}

/** One Noxus `message_parts[]` entry → AI SDK parts (a part may carry text and files). */
export function noxusPartToUIParts(value: unknown, fallbackId: string): Part[] {
  const part = asRecord(value);
  if (!part) return [];
  const type = str(part.type) ?? 'text';
  const text = typeof part.content === 'string' ? part.content : undefined;
  switch (type) {
    case 'user':
    case 'text': {
      const parts: Part[] = text ? [{ type: 'text', text, state: 'done' }] : [];
      return [...parts, ...filePartsOf(part)];
    }
    case 'reasoning':
      return text ? [{ type: 'reasoning', text, state: 'done' }] : [];
    case 'tool':
      return [toolPartOf(part, fallbackId)];
    case 'file':
      return filePartsOf(part);
    case 'source': {
      const json = asRecord(maybeJson(part.content));
      const url = str(json?.url) ?? (text?.startsWith('http') ? text : undefined);
      if (url === undefined) return [];
      const source: Part = { type: 'source-url', sourceId: idOf(json?.id) ?? fallbackId, url };
      const title = str(json?.title);
      if (title !== undefined) source.title = title;
      return [source];
    }
    case 'data': {
      const json = asRecord(maybeJson(part.content));
      const name = str(json?.name) ?? str(part.name) ?? 'noxus';
      const id = idOf(json?.id);
      const dataPart: Part = {
        type: `data-${name}`,
        data: json && 'data' in json ? json.data : part.content,
      };
      return id === undefined ? [dataPart] : [{ ...dataPart, id }];
    }
    default:
      // Unknown part types with text are shown as text rather than dropped.
      return text ? [{ type: 'text', text, state: 'done' }, ...filePartsOf(part)] : filePartsOf(part);
  }
}

/**
 * One Noxus message → UI messages: consecutive parts of the same side (user / assistant) form one
 * message; the first keeps the Noxus id, later ones get `<id>:<n>`.
 */
export function noxusMessageToUIMessages(value: unknown, fallbackId: string): UIMessage[] {
  const message = asRecord(value);
  if (!message) return [];
  const baseId = idOf(message.id) ?? fallbackId;
  const createdAt = str(message.created_at);
  const result: UIMessage[] = [];
  let current: UIMessage | undefined;
  arr(message.message_parts ?? message.parts).forEach((raw, index) => {
    const part = asRecord(raw);
    if (!part) return;
    const role = isUserPart(part) ? 'user' : 'assistant';
    const parts = noxusPartToUIParts(part, `${baseId}-${index}`);
    if (parts.length === 0) return;
    if (current?.role !== role) {
      current = {
        id: result.length === 0 ? baseId : `${baseId}:${result.length}`,
        role,
        parts: [],
        ...(createdAt === undefined ? {} : { metadata: { createdAt } }),
      };
      result.push(current);
    }
    current.parts.push(...parts);
  });
  return result;
}

/** Noxus `messages[]` → the conversation's history as AI SDK UI messages. */
export function noxusMessagesToUIMessages(messages: readonly unknown[]): UIMessage[] {
  return messages.flatMap((message, index) => noxusMessageToUIMessages(message, `message-${index}`));
}

function looksLikeUIPart(value: unknown): boolean {
  const part = asRecord(value);
  // Noxus parts always carry `content` (and usually `role`); AI SDK parts never do.
  return part !== undefined && typeof part.type === 'string' && !('content' in part) && !('role' in part);
}

/**
 * The reply of `POST …/chat` → the assistant's message. Accepts a Conversation (its last assistant
 * message), a message with `message_parts`, or `{parts}` in either Noxus or AI SDK shape.
 */
export function noxusReplyToUIMessage(value: unknown, fallbackId: string): UIMessage | undefined {
  const json = asRecord(value);
  if (!json) return undefined;
  if (Array.isArray(json.messages)) {
    const history = noxusMessagesToUIMessages(json.messages);
    return history.findLast((message) => message.role === 'assistant');
  }
  const parts = arr(json.message_parts ?? json.parts);
  if (parts.length > 0 && parts.every(looksLikeUIPart)) {
    return { id: idOf(json.id) ?? fallbackId, role: 'assistant', parts: parts as Part[] };
  }
  if (parts.length > 0) {
    const messages = noxusMessageToUIMessages({ ...json, message_parts: parts }, fallbackId);
    return messages.findLast((message) => message.role === 'assistant');
  }
  const text = str(json.content) ?? str(json.text);
  return text === undefined
    ? undefined
    : { id: idOf(json.id) ?? fallbackId, role: 'assistant', parts: [{ type: 'text', text, state: 'done' }] };
}
