/**
 * Stories and tests of the data-frame table, the conversation list and team replies run against
 * one of the mock server's platforms (data frames live on agents v2, teams and the inbox on the
 * Chat API), through the real client adapters and the real hooks, in the page.
 */
import { type Backend, type BackendKind, createBackend, memoryConversationStore } from '@agent-chat/client';
import { createMockServer, type MockServerOptions, mockMounts } from '@agent-chat/mock-server';
import { AgentChatProvider } from '@agent-chat/react';
import * as React from 'react';

/** Which platform of the mock server the backend speaks to. */
export type MockPlatform = BackendKind;

/** The mock's default agent and team (docs/wire-formats.md). */
export const MOCK_AGENT_ID = 'mock-agent';
export const MOCK_TEAM_ID = 'mock-team';

const ORIGIN = 'http://mock.local';

/** A backend for one platform of a fresh in-process mock server. */
export function createMockBackend(platform: MockPlatform, server?: MockServerOptions): Backend {
  const mock = createMockServer(server);
  const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(mock.fetch(new Request(input, init)));
  const url = `${ORIGIN}${mockMounts[platform]}`;
  // The AI SDK protocol keeps no conversations: a fresh memory store per mock, like the server.
  if (platform === 'ai-sdk')
    return createBackend('ai-sdk', { api: url, fetch, store: memoryConversationStore() });
  return createBackend(platform, { baseUrl: url, agentId: MOCK_AGENT_ID, fetch });
}

/** What a story's seed left for it to render with (conversation ids, frame names, …). */
export type SeedResult = Record<string, string | undefined>;

interface PlatformValue {
  backend: Backend;
  seed: SeedResult;
}

const PlatformContext = React.createContext<PlatformValue | null>(null);

/** The backend and seed results of the enclosing `MockPlatformProvider`. */
export function useMockPlatform(): PlatformValue {
  const value = React.useContext(PlatformContext);
  if (!value) throw new Error('useMockPlatform() must be used inside <MockPlatformProvider>.');
  return value;
}

/** Props of `MockPlatformProvider`. */
export interface MockPlatformProviderProps {
  platform: MockPlatform;
  /** Options of the mock server, e.g. `{ tokenDelayMs: 0 }` when replies only seed data. */
  server?: MockServerOptions;
  /** Prepares data through the backend before the children render. */
  seed?: (backend: Backend) => Promise<SeedResult | undefined>;
  /** Changes the backend after seeding, e.g. to hold a request open for a loading state. */
  wrap?: (backend: Backend) => Backend;
  children: React.ReactNode;
}

function Seeded({ setup, children }: { setup: Promise<PlatformValue>; children: React.ReactNode }) {
  const value = React.use(setup);
  return (
    <PlatformContext.Provider value={value}>
      <AgentChatProvider backend={value.backend}>{children}</AgentChatProvider>
    </PlatformContext.Provider>
  );
}

/** A fresh mock platform, seeded, with the hooks' provider around the children. */
export function MockPlatformProvider({ platform, server, seed, wrap, children }: MockPlatformProviderProps) {
  const [setup] = React.useState(async () => {
    const backend = createMockBackend(platform, server);
    const result = (await seed?.(backend)) ?? {};
    return { backend: wrap ? wrap(backend) : backend, seed: result };
  });
  return (
    <React.Suspense fallback={<p>Preparing the mock platform…</p>}>
      <Seeded setup={setup}>{children}</Seeded>
    </React.Suspense>
  );
}
