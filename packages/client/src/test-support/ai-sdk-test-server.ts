import { convertToModelMessages, streamText, type UIMessage } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';

type ModelStreamPart =
  Awaited<ReturnType<MockLanguageModelV4['doStream']>>['stream'] extends ReadableStream<infer Part>
    ? Part
    : never;

/** A request as the test server received it. */
export interface AiSdkRecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  /** The parsed JSON body of a POST. */
  body: Record<string, unknown> | undefined;
}

/** An in-process server built with the AI SDK: `POST /api/chat`, `GET /api/chat/:id/stream`. */
export interface AiSdkTestServer {
  /** A `fetch` that answers as the server would over HTTP. */
  fetch: typeof globalThis.fetch;
  requests: AiSdkRecordedRequest[];
  /** The last POST body the server received. */
  lastBody(): Record<string, unknown> | undefined;
  /** Let a held reply (`/hold`) go on. */
  release(): void;
  /** Resolves once a held reply has sent what it sends before holding. */
  held(): Promise<void>;
}

/** What a reply says to `text`: the answer the scenario model streams. */
export function answerTo(text: string, version = 1): string {
  return `You said: ${text}${version > 1 ? ` (version ${version})` : ''}. Here is a longer answer in pieces.`;
}

const usage = {
  inputTokens: { total: 3, noCache: 3, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** One reply run: every SSE event it sent, kept so a resume can replay it from the start. */
class Run {
  readonly events: string[] = [];
  done = false;
  /** The first replay drops its connection after this many events too. */
  cutReplayAfter: number | undefined;
  #resume: () => void = () => {};
  /** Settles when a client has read a replay of this run to its end. */
  readonly resumed = new Promise<void>((resolve) => {
    this.#resume = resolve;
  });
  #wake: Array<() => void> = [];

  async consume(stream: ReadableStream<string>): Promise<void> {
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      this.events.push(value);
      this.#notify();
    }
    this.done = true;
    this.#notify();
  }

  #notify() {
    for (const wake of this.#wake.splice(0)) wake();
  }

  /** The run's events from the first, following it live until it ends. */
  replay(): ReadableStream<Uint8Array> {
    let index = 0;
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        while (index >= this.events.length && !this.done) {
          await new Promise<void>((resolve) => this.#wake.push(resolve));
        }
        const event = this.events[index++];
        if (event !== undefined) controller.enqueue(encoder.encode(event));
        else {
          controller.close();
          this.#resume();
        }
      },
    });
  }
}

/** The body of `response` cut (a dropped connection) after `events` chunks. */
function cutAfter(body: ReadableStream<Uint8Array>, events: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent >= events) {
        // The run goes on server-side (its tee keeps reading); only this connection drops.
        controller.error(new TypeError('terminated'));
        return;
      }
      const { done, value } = await reader.read();
      if (done) controller.close();
      else {
        sent++;
        controller.enqueue(value);
      }
    },
  });
}

/**
 * A chat endpoint as an app builds it with the AI SDK: `streamText` over a mock model,
 * `toUIMessageStreamResponse` with `consumeSseStream` keeping each run for `GET …/stream` (what
 * `resumable-stream` does). The last user message picks the scenario: `/status <code>` answers
 * that status, `/fail` streams some text and then an error, `/hold` stops after a few deltas
 * until {@link AiSdkTestServer.release}, `/cut <n> [<m>]` drops the connection after n events
 * (the run stays resumable until resumed), and the first resume after m events; anything else
 * is answered.
 */
export function createAiSdkTestServer(): AiSdkTestServer {
  const requests: AiSdkRecordedRequest[] = [];
  const runs = new Map<string, Run>();
  const versions = new Map<string, number>();
  let releaseHold: () => void = () => {};
  let gate = new Promise<void>((resolve) => {
    releaseHold = resolve;
  });
  let markHeld: () => void = () => {};
  const heldOnce = new Promise<void>((resolve) => {
    markHeld = resolve;
  });
  let messageCount = 0;

  function model(
    answer: string,
    hold: (() => Promise<void>) | undefined,
    fail: boolean,
  ): MockLanguageModelV4 {
    const deltas = answer.match(/.{1,4}/gsu) ?? [];
    const parts: ModelStreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 't' },
      ...deltas.map((delta): ModelStreamPart => ({ type: 'text-delta', id: 't', delta })),
      ...(fail
        ? [{ type: 'error', error: new Error('The model failed halfway.') } as const]
        : [{ type: 'text-end', id: 't' } as const]),
      { type: 'finish', finishReason: { unified: fail ? 'error' : 'stop', raw: 'stop' }, usage },
    ];
    let index = 0;
    return new MockLanguageModelV4({
      doStream: async () => ({
        stream: new ReadableStream<ModelStreamPart>({
          async pull(controller) {
            if (hold !== undefined && index === 5) await hold();
            const part = parts[index++];
            if (part === undefined) controller.close();
            else controller.enqueue(part);
          },
        }),
      }),
    });
  }

  async function post(request: Request): Promise<Response> {
    const body = (await request.json()) as Record<string, unknown>;
    requests[requests.length - 1]!.body = body;
    const id = String(body.id);
    const messages = body.messages as UIMessage[];
    const lastUser = messages.findLast((message) => message.role === 'user');
    const text = lastUser?.parts.map((part) => (part.type === 'text' ? part.text : '')).join('') ?? '';
    const status = /^\/status (\d+)/.exec(text)?.[1];
    if (status !== undefined) {
      return Response.json(
        { error: `Scenario failure ${status}: the model is unavailable.` },
        { status: Number(status) },
      );
    }
    const key = lastUser?.id ?? text;
    const version = body.trigger === 'regenerate-message' ? (versions.get(key) ?? 1) + 1 : 1;
    versions.set(key, version);
    const run = new Run();
    const [, cut, cutReplay] = /^\/cut (\d+)(?: (\d+))?/.exec(text) ?? [];
    if (cutReplay !== undefined) run.cutReplayAfter = Number(cutReplay);
    const holdUntilReleased = async () => {
      markHeld();
      await gate;
    };
    const result = streamText({
      model: model(
        text === '/fail' ? 'Half an answer' : answerTo(text, version),
        text === '/hold' ? holdUntilReleased : undefined,
        text === '/fail',
      ),
      // The error reaches the client as an `error` chunk; the default handler would also log it.
      onError: () => {},
      messages: await convertToModelMessages(messages),
    });
    runs.set(id, run);
    const response = result.toUIMessageStreamResponse({
      originalMessages: messages,
      generateMessageId: () => `reply-${++messageCount}`,
      onError: (error) => (error instanceof Error ? error.message : String(error)),
      consumeSseStream: ({ stream }) => {
        // A cut run stays resumable until its client comes back for it, however fast it ends here.
        void Promise.all([run.consume(stream), cut === undefined ? undefined : run.resumed]).then(() => {
          if (runs.get(id) === run) runs.delete(id);
        });
      },
    });
    if (cut === undefined || response.body === null) return response;
    return new Response(cutAfter(response.body, Number(cut)), { headers: response.headers });
  }

  function resume(id: string): Response {
    const run = runs.get(id);
    if (run === undefined) return new Response(null, { status: 204 });
    const cutReplay = run.cutReplayAfter;
    run.cutReplayAfter = undefined;
    const body = cutReplay === undefined ? run.replay() : cutAfter(run.replay(), cutReplay);
    return new Response(body, {
      headers: { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' },
    });
  }

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    requests.push({ method: request.method, url: request.url, headers: request.headers, body: undefined });
    if (request.method === 'POST' && url.pathname === '/api/chat') return post(request);
    const stream = /^\/api\/chat\/([^/]+)\/stream$/.exec(url.pathname);
    if (request.method === 'GET' && stream?.[1] !== undefined) return resume(decodeURIComponent(stream[1]));
    return Response.json({ error: `No route for ${request.method} ${url.pathname}.` }, { status: 404 });
  };

  return {
    fetch: async (input, init) => handle(new Request(input, init)),
    requests,
    lastBody: () => requests.findLast((request) => request.method === 'POST')?.body,
    release: () => {
      releaseHold();
      gate = new Promise<void>((resolve) => {
        releaseHold = resolve;
      });
    },
    held: () => heldOnce,
  };
}
