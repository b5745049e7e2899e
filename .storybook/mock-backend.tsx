/**
 * Runs stories against the real hooks and the mock server, entirely in the browser:
 * `createMockServer()` from @agent-chat/mock-server answers the client's requests in-process
 * (no network), `noxusV1` from @agent-chat/client talks to it, and `AgentChatProvider` from
 * @agent-chat/react gives the story's components the hooks.
 *
 * Use it per story or per file:
 *   parameters: { mockBackend: true }                      // fresh mock server per story
 *   parameters: { mockBackend: { seed: (mock) => … } }     // prepare data first
 * or as an explicit decorator: `decorators: [withMockBackend()]`.
 * Inside a story, `useMockServer()` returns the running mock server.
 */
import * as client from '@agent-chat/client';
import * as mockServer from '@agent-chat/mock-server';
import * as hooks from '@agent-chat/react';
import type { Decorator } from '@storybook/react-vite';
import * as React from 'react';

// Namespace imports keep this file loadable while a package is still being written: a missing
// export is reported as a readable error when a story needs it, not as a broken build.
type MockServerModule = typeof mockServer & {
  createMockServer?: (options?: unknown) => MockServer;
};
type ClientModule = typeof client;
type HooksModule = typeof hooks & {
  AgentChatProvider?: React.ComponentType<{ backend: unknown; children?: React.ReactNode }>;
};

/** What the stories need from the mock server: its in-process fetch (plus whatever else it offers). */
export interface MockServer {
  fetch(request: Request): Promise<Response> | Response;
  [key: string]: unknown;
}

/** Options of the mock backend: passed to `createMockServer`, plus a hook to seed data. */
export interface MockBackendOptions {
  /** Options for `createMockServer()`. */
  server?: unknown;
  /** Runs once after the server is created, before the story renders (e.g. create conversations). */
  seed?: (mock: MockServer) => void | Promise<void>;
  /** Base URL the client uses; requests never leave the page. */
  baseUrl?: string;
}

const MockServerContext = React.createContext<MockServer | null>(null);

/** The mock server behind the current story. Throws outside a mock-backend story. */
export function useMockServer(): MockServer {
  const mock = React.useContext(MockServerContext);
  if (!mock)
    throw new Error('useMockServer() needs the story to use the mock backend (parameters.mockBackend).');
  return mock;
}

function requireExport<T>(value: T | undefined, name: string, from: string): T {
  if (value === undefined) throw new Error(`${from} does not export ${name} yet; the mock backend needs it.`);
  return value;
}

/** Creates the mock server, the backend and the provider for one story. */
export function MockBackend({
  options,
  children,
}: {
  options?: MockBackendOptions;
  children: React.ReactNode;
}) {
  const [setup] = React.useState(() => {
    const createMockServer = requireExport(
      (mockServer as MockServerModule).createMockServer,
      'createMockServer',
      '@agent-chat/mock-server',
    );
    const noxusV1 = requireExport((client as ClientModule).noxusV1, 'noxusV1', '@agent-chat/client');
    const mock = createMockServer(options?.server);
    const backend = noxusV1({
      baseUrl: options?.baseUrl ?? 'http://mock.local',
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        Promise.resolve(mock.fetch(new Request(input, init))),
    });
    const seeded = Promise.resolve(options?.seed?.(mock));
    return { mock, backend, seeded };
  });
  React.use(setup.seeded);
  const AgentChatProvider = requireExport(
    (hooks as HooksModule).AgentChatProvider,
    'AgentChatProvider',
    '@agent-chat/react',
  );
  return (
    <MockServerContext.Provider value={setup.mock}>
      <AgentChatProvider backend={setup.backend}>{children}</AgentChatProvider>
    </MockServerContext.Provider>
  );
}

/** Decorator form: wraps the story in `MockBackend` with the given options. */
export function withMockBackend(options?: MockBackendOptions): Decorator {
  return (Story) => (
    <React.Suspense fallback={null}>
      <MockBackend options={options}>
        <Story />
      </MockBackend>
    </React.Suspense>
  );
}
