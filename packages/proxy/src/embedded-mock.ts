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
  }
}

/** Base URL of in-process requests to the embedded mock; never resolved on the network. */
export function mockBaseUrl(api: AgentChatApi): URL {
  return new URL(`http://mock.invalid${mockMount(api)}`);
}

/** Create the embedded mock server, loaded only when no upstream is configured. */
export async function createEmbeddedMock(config: ProxyConfig): Promise<EmbeddedUpstream> {
  // Loaded lazily so a proxy in front of a real platform never loads the mock at all.
  const { createMockServer } = await import('@agent-chat/mock-server');
  return createMockServer({
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    defaultAgentId: config.agentId,
  });
}
