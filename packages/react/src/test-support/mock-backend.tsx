import { agentsV2, type Backend, chatApi, noxusV1 } from '@agent-chat/client';
import { createMockServer } from '@agent-chat/mock-server';
import { QueryClient } from '@tanstack/react-query';
import type * as React from 'react';
import { AgentChatProvider } from '../agent-chat-provider.tsx';

/** Which platform the in-process mock server plays. */
export type MockPlatform = 'noxus-v1' | 'agents-v2' | 'chat-api';

/** A fetch hook to inject real HTTP faults in front of the mock server. */
export type FetchInterceptor = (request: Request) => Response | undefined | Promise<Response | undefined>;

/**
 * A backend talking to a fresh in-process mock server through its `fetch`, as the real adapter
 * would over HTTP; `intercept` may answer a request itself (a fault at the HTTP layer).
 */
export function mockBackend(platform: MockPlatform = 'noxus-v1', intercept?: FetchInterceptor) {
  const server = createMockServer({ tokenDelayMs: 1 });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    return (await intercept?.(request.clone())) ?? server.fetch(request);
  };
  let backend: Backend;
  switch (platform) {
    case 'noxus-v1':
      backend = noxusV1({ baseUrl: 'http://mock', agentId: 'mock-agent', fetch });
      break;
    case 'agents-v2':
      backend = agentsV2({ baseUrl: 'http://mock/api/v2', agentId: 'mock-agent', fetch });
      break;
    case 'chat-api':
      backend = chatApi({ baseUrl: 'http://mock/api', agentId: 'mock-agent', fetch });
      break;
  }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <AgentChatProvider backend={backend} queryClient={queryClient}>
      {children}
    </AgentChatProvider>
  );
  return { backend, server, queryClient, wrapper };
}
