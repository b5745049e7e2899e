import { Hono } from 'hono';
import { agentsV2Routes } from './agents-v2.ts';
import { aiSdkRoutes } from './ai-sdk.ts';
import { chatApiRoutes } from './chat-api.ts';
import { noxusRoutes } from './noxus-v1.ts';
import { MockStore } from './store.ts';

/** Options of `createMockServer`. */
export interface MockServerOptions {
  /** When set, every API request must carry it (`X-API-Key` or `Authorization: Bearer`). */
  apiKey?: string;
  /** Agent of Noxus conversations created without one. Default `mock-agent`. */
  defaultAgentId?: string;
  /** Milliseconds between ~4-character deltas of ordinary replies. Default 25. */
  tokenDelayMs?: number;
  /** How long a reply keeps running after its last reader left (a reload may come back). Default 3000. */
  disconnectGraceMs?: number;
  /** Start with two example conversations of the default agent (and again after `reset`). Default false. */
  seed?: boolean;
  /**
   * Read the bodies of agents v2 uploads (`POST …/files`) at most this many bytes per second, so
   * that a browser on a local connection reports real upload progress (tests, stories). Default:
   * as fast as they come.
   */
  uploadBytesPerSecond?: number;
}

/** An in-memory agent platform speaking Noxus v1, agents v2, the Chat API and the AI SDK's chat protocol. */
export interface MockServer {
  /** Answers a request in-process, like a server would over HTTP. */
  fetch(request: Request): Promise<Response>;
  app: Hono;
  /** Forgets every conversation, file and reply. */
  reset(): void;
  /** The body of the last `POST /ai-sdk/chat` for that chat id (also at `GET /ai-sdk/debug/requests/:id`). */
  lastAiSdkRequest(chatId: string): Record<string, unknown> | undefined;
}

/** Mount points of the four platforms, relative to the server's origin (`ai-sdk` is the chat API URL). */
export const mockMounts = {
  'noxus-v1': '',
  'agents-v2': '/api/v2',
  'chat-api': '/api',
  'ai-sdk': '/ai-sdk/chat',
} as const;

function authorized(request: Request, apiKey: string): boolean {
  if (request.headers.get('x-api-key') === apiKey) return true;
  return request.headers.get('authorization') === `Bearer ${apiKey}`;
}

/**
 * Creates the mock platform. It runs anywhere `fetch` types exist: in Node (see
 * `@agent-chat/mock-server/node`), in tests through `fetch`, and in the browser for Storybook.
 * @example const mock = createMockServer(); const backend = noxusV1({ baseUrl: 'http://mock', fetch: (i, init) => mock.fetch(new Request(i, init)) });
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const defaultAgentId = options.defaultAgentId ?? 'mock-agent';
  const store = new MockStore({ tokenDelayMs: options.tokenDelayMs ?? 25 }, options.disconnectGraceMs);
  const seed = () => {
    if (options.seed) store.seed(defaultAgentId);
  };
  seed();
  const app = new Hono();

  app.get('/health', (c) => c.json({ ok: true }));
  app.use('*', async (c, next) => {
    if (options.apiKey && !authorized(c.req.raw, options.apiKey)) {
      return c.json(
        { detail: 'Missing or wrong API key: send X-API-Key: <key> or Authorization: Bearer <key>.' },
        401,
      );
    }
    await next();
  });
  app.route('/v1/conversations', noxusRoutes(store, defaultAgentId));
  app.route('/api/v2', agentsV2Routes(store, { uploadBytesPerSecond: options.uploadBytesPerSecond }));
  app.route('/api', chatApiRoutes(store));
  app.route('/ai-sdk', aiSdkRoutes(store));
  app.notFound((c) =>
    c.json({ detail: `No route ${c.req.method} ${new URL(c.req.url).pathname} on this mock server.` }, 404),
  );
  app.onError((error, c) => c.json({ detail: `The mock server failed: ${error.message}` }, 500));

  return {
    fetch: async (request) => app.fetch(request),
    app,
    reset: () => {
      store.reset();
      seed();
    },
    lastAiSdkRequest: (chatId) => store.aiSdkChats.get(chatId)?.lastRequest,
  };
}

export { aiSdkHelpText } from './ai-sdk-model.ts';
export { type WeatherReport, weatherFor } from './ai-sdk-tools.ts';
export { TEAM_MODES } from './chat-api.ts';
export { helpText } from './markdown-text.ts';
