import { type Context, Hono } from 'hono';
import { queryProblem, type SliceQuery, sliceFrame } from './data-frames.ts';
import { jsonBody, MAX_FILE_BYTES, megabytes, problem, runResponse } from './http.ts';
import { parseEventId } from './reply-run.ts';
import type { MockConversation, MockStore, StoredFile, StoredMessage } from './store.ts';
import { textOf } from './store.ts';
import { readThrottled } from './throttled-body.ts';

function v2Conversation(conversation: MockConversation) {
  return {
    id: conversation.id,
    name: conversation.name,
    agent_id: conversation.agentId,
    created_at: conversation.createdAt,
    updated_at: conversation.updatedAt,
  };
}

function v2Message(message: StoredMessage) {
  return {
    id: message.id,
    role: message.role === 'user' ? 'user' : 'agent',
    content: textOf(message),
    created_at: message.createdAt,
    ...(message.role === 'assistant' ? { parts: message.parts } : {}),
  };
}

function v2File(file: StoredFile) {
  return {
    file_ref: file.ref,
    file_name: file.name,
    mime_type: file.mediaType,
    file_size: file.bytes.byteLength,
    created_at: file.createdAt,
  };
}

/** A page of `items` from the offset in the `next` token. */
function paginate<T>(c: Context, items: T[]): { data: T[]; next: string | null } {
  const limit = Math.min(500, Math.max(1, Number(c.req.query('limit') ?? 50) || 50));
  const start = Math.max(0, Number(c.req.query('next') ?? 0) || 0);
  const end = start + limit;
  return { data: items.slice(start, end), next: end < items.length ? String(end) : null };
}

const intQuery = (value: string | undefined, fallback: number) => {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : undefined;
};

/** Options of the agents v2 routes. */
export interface AgentsV2RouteOptions {
  /** Read upload bodies at most this fast (see `MockServerOptions.uploadBytesPerSecond`). */
  uploadBytesPerSecond?: number | undefined;
}

/** The agents v2 conversations API (`/api/v2/agents/{aid}/conversations…`). */
export function agentsV2Routes(store: MockStore, options: AgentsV2RouteOptions = {}): Hono {
  const app = new Hono();
  const find = (c: Context) => {
    const conversation = store.conversations.get(c.req.param('cid') ?? '');
    return conversation && conversation.agentId === c.req.param('aid') ? conversation : undefined;
  };
  const notFound = (c: Context) =>
    problem(c, 404, `Conversation ${c.req.param('cid')} of agent ${c.req.param('aid')} was not found.`);

  app.get('/agents/:aid/conversations', (c) =>
    c.json(paginate(c, store.list(c.req.param('aid')).map(v2Conversation))),
  );

  app.post('/agents/:aid/conversations', async (c) => {
    const body = await jsonBody(c);
    if (!body || typeof body.name !== 'string')
      return problem(c, 400, 'name: a string is required ({"name": "…"}).');
    return c.json(v2Conversation(store.create({ name: body.name, agentId: c.req.param('aid') })));
  });

  app.get('/agents/:aid/conversations/:cid', (c) => {
    const conversation = find(c);
    return conversation ? c.json(v2Conversation(conversation)) : notFound(c);
  });

  app.delete('/agents/:aid/conversations/:cid', (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    conversation.run?.stop();
    store.conversations.delete(conversation.id);
    return c.json(v2Conversation(conversation));
  });

  app.get('/agents/:aid/conversations/:cid/messages', (c) => {
    const conversation = find(c);
    return conversation ? c.json(paginate(c, conversation.messages.map(v2Message))) : notFound(c);
  });

  const content = async (c: Context) => {
    const body = await jsonBody(c);
    if (!body || typeof body.content !== 'string')
      return problem(c, 400, 'content: a string is required ({"content": "…"}).');
    return body.content;
  };

  app.post('/agents/:aid/conversations/:cid/messages', async (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const text = await content(c);
    if (text instanceof Response) return text;
    const started = store.startReply(conversation, text);
    if (started.kind === 'http-error') return problem(c, 500, started.detail);
    await started.run.done;
    return c.json({ ...v2Conversation(conversation), messages: conversation.messages.map(v2Message) });
  });

  app.post('/agents/:aid/conversations/:cid/stream', async (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const text = await content(c);
    if (text instanceof Response) return text;
    const started = store.startReply(conversation, text);
    if (started.kind === 'http-error') return problem(c, 500, started.detail);
    return runResponse(started.run, 'ui-message', {
      ...(started.cutAfter === undefined ? {} : { cutAfter: started.cutAfter }),
      stopOnCancel: true,
    });
  });

  app.get('/agents/:aid/conversations/:cid/stream', (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const token = c.req.header('last-event-id');
    const point = parseEventId(token);
    if (token && !point)
      return problem(c, 400, `Last-Event-ID: "${token}" is not an event id of this server.`);
    if (point) {
      const entry = store.runs.get(point.runId);
      if (!entry || entry.conversation !== conversation) {
        return problem(c, 404, `No reply ${point.runId} in conversation ${conversation.id}.`);
      }
      if (entry.run.state !== 'running' && point.seq >= entry.run.chunks.length) return c.body(null, 204);
      return runResponse(entry.run, 'ui-message', { afterSeq: point.seq });
    }
    if (!conversation.run) return c.body(null, 204);
    return runResponse(conversation.run, 'ui-message', { afterSeq: 0 });
  });

  app.get('/agents/:aid/conversations/:cid/files', (c) => {
    const conversation = find(c);
    return conversation ? c.json(paginate(c, conversation.files.map(v2File))) : notFound(c);
  });

  app.post('/agents/:aid/conversations/:cid/files', async (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    let form: FormData;
    try {
      const { uploadBytesPerSecond } = options;
      const request = uploadBytesPerSecond ? await readThrottled(c.req.raw, uploadBytesPerSecond) : c.req.raw;
      form = await request.formData();
    } catch {
      return problem(c, 400, 'files: send multipart/form-data with one or more "files" fields.');
    }
    const uploads = form.getAll('files').filter((entry): entry is File => typeof entry !== 'string');
    if (uploads.length === 0) return problem(c, 400, 'files: no file in the "files" fields.');
    const tooLarge = uploads.find((file) => file.size > MAX_FILE_BYTES);
    if (tooLarge)
      return problem(c, 413, `${tooLarge.name} is ${megabytes(tooLarge.size)}; files are limited to 25 MB.`);
    const stored: StoredFile[] = [];
    for (const file of uploads) {
      stored.push(
        store.addFile(conversation, {
          name: file.name,
          mediaType: file.type || 'application/octet-stream',
          bytes: new Uint8Array(await file.arrayBuffer()),
        }),
      );
    }
    return c.json({ data: stored.map(v2File) });
  });

  app.get('/agents/:aid/conversations/:cid/files/download', (c) => download(c));
  app.get('/agents/:aid/conversations/:cid/files/download/', (c) => download(c));
  const download = (c: Context) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const ref = c.req.query('file_ref');
    if (!ref) return problem(c, 400, 'file_ref: the query parameter is required.');
    const file = conversation.files.find((candidate) => candidate.ref === ref);
    if (!file) return problem(c, 404, `File ${ref} was not found in conversation ${conversation.id}.`);
    return new Response(file.bytes.slice(), {
      headers: {
        'content-type': file.mediaType,
        'content-length': String(file.bytes.byteLength),
        'content-disposition': `attachment; filename="${file.name.replace(/"/g, '')}"`,
      },
    });
  };

  app.get('/agents/:aid/conversations/:cid/data-frames', (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const samples = intQuery(c.req.query('num_samples'), 0);
    if (samples === undefined) return problem(c, 400, 'num_samples: a non-negative integer is expected.');
    const data = [...conversation.frames.values()].map((frame) => ({
      name: frame.name,
      columns: frame.columns,
      num_rows: frame.rowCount,
      sample_rows: sliceFrame(frame, { offset: 0, limit: Math.min(samples, 100) }),
      created_at: frame.createdAt,
    }));
    return c.json({ data });
  });

  app.get('/agents/:aid/conversations/:cid/data-frames/:name', (c) => {
    const conversation = find(c);
    if (!conversation) return notFound(c);
    const frame = conversation.frames.get(c.req.param('name'));
    if (!frame)
      return problem(
        c,
        404,
        `Data frame ${c.req.param('name')} was not found in conversation ${conversation.id}.`,
      );
    const offset = intQuery(c.req.query('offset'), 0);
    if (offset === undefined) return problem(c, 400, 'offset: a non-negative integer is expected.');
    const limit = intQuery(c.req.query('limit'), 100);
    if (limit === undefined) return problem(c, 400, 'limit: a non-negative integer is expected.');
    const format = c.req.query('output_format') ?? 'records';
    if (format !== 'records' && format !== 'columns') {
      return problem(c, 400, `output_format: "${format}" is not one of records, columns.`);
    }
    const columnNames = c.req.query('column_names');
    const query: SliceQuery = { offset, limit: Math.min(limit, 10_000) };
    if (columnNames)
      query.columns = columnNames
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
    const orderBy = c.req.query('order_by');
    if (orderBy) query.orderBy = orderBy;
    const issue = queryProblem(frame, query);
    if (issue) return problem(c, 400, issue);
    const columns = query.columns?.length ? query.columns : frame.columns;
    const records = sliceFrame(frame, query);
    const rows = format === 'records' ? records : records.map((row) => columns.map((column) => row[column]));
    return c.json({ name: frame.name, columns, rows, offset, total_rows: frame.rowCount });
  });

  return app;
}
