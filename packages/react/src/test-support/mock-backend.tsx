import { type BackendKind, createBackend, memoryConversationStore } from '@agent-chat/client';
import { createMockServer, mockMounts } from '@agent-chat/mock-server';
import { QueryClient } from '@tanstack/react-query';
import type * as React from 'react';
import { AgentChatProvider } from '../agent-chat-provider.tsx';

/** Which platform the in-process mock server plays. */
export type MockPlatform = BackendKind;

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
  const url = `http://mock${mockMounts[platform]}`;
  const backend =
    platform === 'ai-sdk'
      ? // The AI SDK protocol keeps no conversations: a fresh memory store per mock, like the server.
        createBackend('ai-sdk', { api: url, fetch, store: memoryConversationStore() })
      : createBackend(platform, { baseUrl: url, agentId: 'mock-agent', fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <AgentChatProvider backend={backend} queryClient={queryClient}>
      {children}
    </AgentChatProvider>
  );
  return { backend, server, queryClient, wrapper };
}
