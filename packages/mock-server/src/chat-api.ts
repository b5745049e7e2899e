import { type Context, Hono } from 'hono';
import { jsonBody, problem, runResponse } from './http.ts';
import type { MockConversation, MockStore, StoredMessage } from './store.ts';
import { textOf } from './store.ts';

/** The team chat modes the mock knows. */
export const TEAM_MODES = ['auto', 'brainstorm', 'debate', 'round-robin'] as const;
const teamModes = TEAM_MODES;
type TeamMode = (typeof teamModes)[number];

const teamMembers = [
  { agent_id: 'researcher', agent_name: 'Researcher' },
  { agent_id: 'analyst', agent_name: 'Analyst' },
  { agent_id: 'critic', agent_name: 'Critic' },
];

function chatConversation(conversation: MockConversation) {
  return {
    id: conversation.id,
    title: conversation.name,
    created_at: conversation.createdAt,
    updated_at: conversation.updatedAt,
    unread_count: conversation.messages.filter((message) => !message.read).length,
  };
}

const chatMessage = (message: StoredMessage, conversationId?: string) => ({
  id: message.id,
  ...(conversationId ? { conversation_id: conversationId } : {}),
  role: message.role,
  content: textOf(message),
  created_at: message.createdAt,
});

function teamReply(mode: TeamMode, message: string) {
  const topic = message.length > 60 ? `${message.slice(0, 57)}…` : message;
  switch (mode) {
    case 'auto':
      return {
        responses: [
          {
            ...teamMembers[0],
            content: `I picked this up as the best-placed member: on "${topic}", start small and measure.`,
          },
        ],
        summary: 'The team routed the question to the Researcher.',
      };
    case 'brainstorm':
      return {
        responses: teamMembers.map((member, index) => ({
          ...member,
          content: `Idea ${index + 1} on "${topic}": ${['a self-serve pilot', 'a usage-based tier', 'a partner channel'][index]}.`,
        })),
        summary: 'The team identified three ideas: a pilot, a usage-based tier and a partner channel.',
      };
    case 'debate':
      return {
        responses: [
          { ...teamMembers[0], content: `For: "${topic}" is worth doing now; the data supports it.` },
          { ...teamMembers[2], content: `Against: "${topic}" carries risks we have not priced in.` },
          {
            ...teamMembers[1],
            content: 'On balance: proceed with a limited rollout and a review after a month.',
          },
        ],
        summary: 'The debate settled on a limited rollout.',
      };
    case 'round-robin':
      return {
        responses: teamMembers.map((member, index) => ({
          ...member,
          content: `Turn ${index + 1}: ${['I framed', 'I quantified', 'I stress-tested'][index]} "${topic}".`,
        })),
        summary: 'Each member took one turn in order.',
      };
  }
}

/** The Chat API (`/api/agents/:id/…` and `/api/teams/:id/chat`). */
export function chatApiRoutes(store: MockStore): Hono {
  const app = new Hono();
  const conversationFor = (c: Context, agentId: string, conversationId: unknown) => {
    if (typeof conversationId === 'string') {
      const conversation = store.conversations.get(conversationId);
      if (!conversation || conversation.agentId !== agentId) {
        return problem(c, 404, `Conversation ${conversationId} of agent ${agentId} was not found.`);
      }
      return conversation;
    }
    return store.list(agentId)[0] ?? store.create({ name: 'Chat', agentId });
  };
  const messageBody = async (c: Context) => {
    const body = await jsonBody(c);
    if (!body || typeof body.message !== 'string')
      return problem(c, 400, 'message: a string is required ({"message": "…"}).');
    return body as { message: string; conversation_id?: unknown };
  };

  app.post('/agents/:id/chat', async (c) => {
    const agentId = c.req.param('id');
    const body = await messageBody(c);
    if (body instanceof Response) return body;
    const conversation = conversationFor(c, agentId, body.conversation_id);
    if (conversation instanceof Response) return conversation;
    const started = store.startReply(conversation, body.message);
    if (started.kind === 'http-error') return problem(c, 500, started.detail);
    const message = await started.run.done;
    const reply = message?.parts.map((part) => (part.type === 'text' ? part.text : '')).join('') ?? '';
    return c.json({
      response: reply,
      agent_id: agentId,
      agent_name: 'Mock Agent',
      conversation_id: conversation.id,
    });
  });

  app.post('/agents/:id/chat/stream', async (c) => {
    const body = await messageBody(c);
    if (body instanceof Response) return body;
    const conversation = conversationFor(c, c.req.param('id'), body.conversation_id);
    if (conversation instanceof Response) return conversation;
    const started = store.startReply(conversation, body.message);
    if (started.kind === 'http-error') return problem(c, 500, started.detail);
    return runResponse(started.run, 'simple-text', {
      ...(started.cutAfter === undefined ? {} : { cutAfter: started.cutAfter }),
      stopOnCancel: true,
    });
  });

  app.get('/agents/:id/history', (c) => {
    const agentId = c.req.param('id');
    const limit = Math.max(1, Number(c.req.query('limit') ?? 20) || 20);
    const conversationId = c.req.query('conversation_id');
    const conversation = conversationId ? store.conversations.get(conversationId) : store.list(agentId)[0];
    if (conversationId && (!conversation || conversation.agentId !== agentId)) {
      return problem(c, 404, `Conversation ${conversationId} of agent ${agentId} was not found.`);
    }
    const messages = conversation?.messages.slice(-limit).map((message) => chatMessage(message)) ?? [];
    return c.json({ messages });
  });

  app.get('/agents/:id/conversations', (c) => {
    const all = store.list(c.req.param('id'));
    const limit = Math.max(1, Number(c.req.query('limit') ?? 20) || 20);
    const offset = Math.max(0, Number(c.req.query('offset') ?? 0) || 0);
    return c.json({
      conversations: all.slice(offset, offset + limit).map(chatConversation),
      total: all.length,
    });
  });

  app.post('/agents/:id/conversations', async (c) => {
    const body = (await jsonBody(c)) ?? {};
    if (body.title !== undefined && typeof body.title !== 'string')
      return problem(c, 400, 'title: a string is expected.');
    const title = typeof body.title === 'string' && body.title.trim() ? body.title : 'New conversation';
    return c.json(chatConversation(store.create({ name: title, agentId: c.req.param('id') })), 201);
  });

  const findConversation = (c: Context) => {
    const conversation = store.conversations.get(c.req.param('conv_id') ?? '');
    return conversation && conversation.agentId === c.req.param('id') ? conversation : undefined;
  };
  const notFound = (c: Context) =>
    problem(c, 404, `Conversation ${c.req.param('conv_id')} of agent ${c.req.param('id')} was not found.`);

  app.put('/agents/:id/conversations/:conv_id', async (c) => {
    const conversation = findConversation(c);
    if (!conversation) return notFound(c);
    const body = await jsonBody(c);
    if (!body || typeof body.title !== 'string' || !body.title.trim()) {
      return problem(c, 400, 'title: a non-empty string is required ({"title": "…"}).');
    }
    conversation.name = body.title;
    conversation.updatedAt = new Date().toISOString();
    return c.json(chatConversation(conversation));
  });

  app.delete('/agents/:id/conversations/:conv_id', (c) => {
    const conversation = findConversation(c);
    if (!conversation) return notFound(c);
    conversation.run?.stop();
    store.conversations.delete(conversation.id);
    return c.body(null, 204);
  });

  app.get('/agents/:id/inbox', (c) => {
    const messages = store
      .list(c.req.param('id'))
      .flatMap((conversation) =>
        conversation.messages
          .filter((message) => !message.read)
          .map((message) => chatMessage(message, conversation.id)),
      );
    return c.json({ messages });
  });

  app.post('/agents/:id/mark-read', async (c) => {
    const body = (await jsonBody(c)) ?? {};
    const ids = body.message_ids;
    if (ids !== undefined && (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))) {
      return problem(c, 400, 'message_ids: an array of message id strings is expected.');
    }
    const wanted = ids === undefined ? undefined : new Set(ids as string[]);
    let marked = 0;
    for (const conversation of store.list(c.req.param('id'))) {
      for (const message of conversation.messages) {
        if (!message.read && (!wanted || wanted.has(message.id))) {
          message.read = true;
          marked++;
        }
      }
    }
    return c.json({ marked });
  });

  app.post('/teams/:id/chat', async (c) => {
    const body = await jsonBody(c);
    if (!body || typeof body.message !== 'string')
      return problem(c, 400, 'message: a string is required ({"message": "…", "mode": "auto"}).');
    const mode = body.mode ?? 'auto';
    if (typeof mode !== 'string' || !(teamModes as readonly string[]).includes(mode)) {
      return problem(c, 400, `mode: "${String(mode)}" is not one of ${teamModes.join(', ')}.`);
    }
    return c.json({ ...teamReply(mode as TeamMode, body.message), mode });
  });

  return app;
}
