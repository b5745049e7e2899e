import type { AgentChatApi, EmbeddedUpstream, ProxyConfig } from './config.ts';

/** Where the embedded mock server mounts each API (see docs/wire-formats.md). */
export function mockMount(api: AgentChatApi): string {
  switch (api) {
    case 'noxus-v1':
      return '';
    case 'agents-v2':
      return '/api/v2';
    case 'chat-api':
      return '/api';
    case 'ai-sdk':
      // The mock's AI SDK chat endpoint itself: `POST /ai-sdk/chat`, `GET /ai-sdk/chat/:id/stream`.
      return '/ai-sdk/chat';
  }
}

/** Base URL of in-process requests to the embedded mock; never resolved on the network. */
export function mockBaseUrl(api: AgentChatApi): URL {
  return new URL(`http://mock.invalid${mockMount(api)}`);
}

/** The embedded mock server could not be loaded; the message says what to do. */
export class EmbeddedMockLoadError extends Error {
  override readonly name = 'EmbeddedMockLoadError';
}

/** Create the embedded mock server, loaded only when no upstream is configured. */
export async function createEmbeddedMock(config: ProxyConfig): Promise<EmbeddedUpstream> {
  let createMockServer: typeof import('@agent-chat/mock-server').createMockServer;
  try {
    // Loaded lazily so a proxy in front of a real platform never loads the mock at all.
    ({ createMockServer } = await import('@agent-chat/mock-server'));
    if (typeof createMockServer !== 'function') throw new Error('createMockServer is missing');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedMockLoadError(
      `The embedded mock server could not be loaded (${reason}). Build the workspace (pnpm build) or set AGENT_CHAT_UPSTREAM.`,
    );
  }
  return createMockServer({
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    defaultAgentId: config.agentId,
  });
}
