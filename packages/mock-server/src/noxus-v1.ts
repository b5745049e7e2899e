import { type Context, Hono } from 'hono';
import { base64Bytes, jsonBody, MAX_FILE_BYTES, megabytes, problem, runResponse } from './http.ts';
import { parseEventId } from './reply-run.ts';
import type { MockConversation, MockStore, StoredMessage } from './store.ts';

/** A stored message as a Noxus message with `message_parts`. */
export function noxusMessage(message: StoredMessage) {
  const role = message.role;
  const parts = message.parts.flatMap((part): Record<string, unknown>[] => {
    if (part.type === 'text') return [{ role, type: role === 'user' ? 'user' : 'text', content: part.text }];
    if (part.type === 'reasoning') return [{ role, type: 'reasoning', content: part.text }];
    if (part.type === 'file') {
      return [
        {
          role,
          type: 'file',
          content: '',
          files: [
            {
              id: part.url.slice(-12),
              name: part.filename ?? 'file',
              type: part.mediaType,
              status: 'ready',
              url: part.url,
            },
          ],
        },
      ];
    }
    if (part.type === 'source-url')
      return [{ role, type: 'source', content: { id: part.sourceId, url: part.url, title: part.title } }];
    if (part.type === 'dynamic-tool' || part.type.startsWith('tool-')) {
      const tool = part as {
        toolName?: string;
        type: string;
        toolCallId: string;
        input?: unknown;
        output?: unknown;
        errorText?: string;
      };
      const name = tool.toolName ?? tool.type.slice(5);
      return [
        {
          role,
          type: 'tool',
          tool: name,
          content: {
            tool_call_id: tool.toolCallId,
            input: tool.input,
            output: tool.output,
            ...(tool.errorText ? { error: tool.errorText } : {}),
          },
        },
      ];
    }
    if (part.type.startsWith('data-')) {
      const data = part as { type: string; id?: string; data: unknown };
      return [{ role, type: 'data', content: { name: data.type.slice(5), id: data.id, data: data.data } }];
    }
    return [];
  });
  return { id: message.id, created_at: message.createdAt, message_parts: parts };
}

function noxusConversation(store: MockStore, conversation: MockConversation, withMessages = true) {
  return {
    id: conversation.id,
    name: conversation.name,
    created_at: conversation.createdAt,
    last_updated_at: conversation.updatedAt,
    etag: store.etag(conversation),
    status: conversation.run ? 'running' : 'idle',
    agent_id: conversation.agentId,
    settings: conversation.settings ?? {},
    messages: withMessages ? conversation.messages.map(noxusMessage) : [],
  };
}

type FileInput = { name: string; mediaType: string; url: string };

/** Reads a MessageRequest; a Response when it is not acceptable. */
async function messageRequest(c: Context): Promise<{ content: string; files: FileInput[] } | Response> {
  const body = await jsonBody(c);
  if (!body) return problem(c, 400, 'The body must be a JSON MessageRequest: {"content": "…"}.');
  if (typeof body.content !== 'string') return problem(c, 400, 'content: a string is required.');
  const files: FileInput[] = [];
  if (body.files !== undefined && body.files !== null) {
    if (!Array.isArray(body.files))
      return problem(c, 400, 'files: an array of {name, type, url | b64_content} is expected.');
    for (const [index, raw] of body.files.entries()) {
      const file = (raw ?? {}) as Record<string, unknown>;
      const name = typeof file.name === 'string' ? file.name : undefined;
      if (!name) return problem(c, 400, `files[${index}].name: a file name is required.`);
      const mediaType = typeof file.type === 'string' && file.type ? file.type : 'application/octet-stream';
      if (typeof file.b64_content === 'string') {
        const bytes = base64Bytes(file.b64_content);
        if (bytes > MAX_FILE_BYTES) {
          return problem(c, 413, `${name} is ${megabytes(bytes)}; files are limited to 25 MB.`);
        }
        files.push({ name, mediaType, url: `data:${mediaType};base64,${file.b64_content}` });
      } else if (typeof file.url === 'string' && /^https?:\/\//.test(file.url)) {
        files.push({ name, mediaType, url: file.url });
      } else {
        return problem(c, 400, `files[${index}]: give either a public http(s) url or b64_content.`);
      }
    }
  }
  return { content: body.content, files };
}

/** The Noxus v1 conversations API (`/v1/conversations…`). */
export function noxusRoutes(store: MockStore, defaultAgentId: string): Hono {
  const app = new Hono();
  const find = (c: Context) => store.conversations.get(c.req.param('id') ?? '');
  const notFound = (c: Context) => problem(c, 404, `Conversation ${c.req.param('id')} was not found.`);

  app.get('/', (c) => {
    const page = Math.max(1, Number(c.req.query('page') ?? 1) || 1);
    const size = Math.min(100, Math.max(1, Number(c.req.query('size') ?? 20) || 20));
    const all = store.list();
    const items = all
      .slice((page - 1) * size, page * size)
      .map((conversation) => noxusConversation(store, conversation, false));
    return c.json({ items, total: all.length, page, size });
  });

  app.post('/', async (c) => {
    const body = (await jsonBody(c)) ?? {};
    const settings = (body.settings ?? null) as Record<string, unknown> | null;
    const assistantId = c.req.query('assistant_id');
    if (!assistantId && typeof settings?.agent_flow_id !== 'string') {
      return problem(c, 400, 'Pass assistant_id in the query, or settings.agent_flow_id in the body.');
    }
    const name = typeof body.name === 'string' && body.name.trim() ? body.name : 'New conversation';
    const conversation = store.create({ name, agentId: assistantId ?? defaultAgentId, settings });
    return c.json(noxusConversation(store, conversation));
  });

  app.get('/:id', (c) => {
    const conversation = find(c);
    return conversation ? c.json(noxusConversation(store, conversation)) : notFound(c);
  });

  app.patch('/:id', async (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const body = await jsonBody(c);
    if (!body) return problem(c, 400, 'The body must be JSON: {"name": …, "settings": …}.');
    if (body.name !== undefined) {
      if (typeof body.name !== 'string' || !body.name.trim())
        return problem(c, 400, 'name: a non-empty string is required.');
      conversation.name = body.name;
    }
    if (body.settings !== undefined) conversation.settings = body.settings as Record<string, unknown> | null;
    conversation.updatedAt = new Date().toISOString();
    return c.json(noxusConversation(store, conversation));
  });

  app.delete('/:id', (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    conversation.run?.stop();
    store.conversations.delete(conversation.id);
    return c.body(null, 204);
  });

  /**
   * `message_id`: the message the new turn follows. What came after it is dropped, so an edited
   * or regenerated turn replaces the old branch here (docs/wire-formats.md). True when done, else
   * the reason.
   */
  function continueAfter(conversation: { messages: { id: string }[] }, messageId: string | undefined) {
    if (!messageId) return true;
    const index = conversation.messages.findIndex((message) => message.id === messageId);
    if (index === -1) return `message_id "${messageId}" is not a message of this conversation.`;
    conversation.messages.length = index + 1;
    return true;
  }

  app.post('/:id', async (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const kept = continueAfter(conversation, c.req.query('message_id'));
    if (kept !== true) return problem(c, 404, kept);
    const request = await messageRequest(c);
    if (request instanceof Response) return request;
    conversation.messages.push({
      id: `msg_${conversation.messages.length + 1}_${conversation.id}`,
      role: 'user',
      parts: [{ type: 'text', text: request.content }],
      createdAt: new Date().toISOString(),
      read: true,
    });
    return c.json(noxusConversation(store, conversation));
  });

  app.post('/:id/chat', async (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const kept = continueAfter(conversation, c.req.query('message_id'));
    if (kept !== true) return problem(c, 404, kept);
    const request = await messageRequest(c);
    if (request instanceof Response) return request;
    const started = store.startReply(conversation, request.content, request.files);
    if (started.kind === 'http-error') return problem(c, 500, started.detail);
    await started.run.done;
    const reply = conversation.messages[conversation.messages.length - 1];
    if (reply?.role !== 'assistant') return problem(c, 500, 'The agent produced no reply.');
    return c.json(noxusMessage(reply));
  });

  app.post('/:id/stream', async (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const kept = continueAfter(conversation, c.req.query('message_id'));
    if (kept !== true) return problem(c, 404, kept);
    const request = await messageRequest(c);
    if (request instanceof Response) return request;
    const started = store.startReply(conversation, request.content, request.files);
    if (started.kind === 'http-error') return problem(c, 500, started.detail);
    const format = c.req.query('format') === 'json' ? 'noxus-envelope' : 'ui-message';
    return runResponse(started.run, format, {
      ...(started.cutAfter === undefined ? {} : { cutAfter: started.cutAfter }),
      stopOnCancel: true,
    });
  });

  app.get('/:id/events', (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const token = c.req.query('etag') ?? c.req.header('last-event-id');
    const format = c.req.query('format') === 'json' ? 'noxus-envelope' : 'ui-message';
    const point = parseEventId(token);
    if (token && !point)
      return problem(c, 400, `etag: "${token}" is not an etag or event id of this server.`);
    if (point) {
      const entry = store.runs.get(point.runId);
      if (!entry || entry.conversation !== conversation)
        return problem(c, 404, `No reply ${point.runId} in conversation ${conversation.id}.`);
      if (entry.run.state !== 'running' && point.seq >= entry.run.chunks.length) return c.body(null, 204);
      return runResponse(entry.run, format, { afterSeq: point.seq, stopOnCancel: true });
    }
    if (!conversation.run) return c.body(null, 204);
    return runResponse(conversation.run, format, { afterSeq: 0, stopOnCancel: true });
  });

  return app;
}
