/**
 * Runs a story against the real hooks and the mock server, entirely in the browser: a fresh
 * `createMockServer()` per story answers the client adapter in-process (no network), and
 * `AgentChatProvider` gives the story's components the hooks. The wiring itself is
 * `MockPlatformProvider` (packages/ui/src/test-support/mock-platform.tsx), shared with the
 * component tests; this file makes it a Storybook decorator.
 *
 *   parameters: { mockBackend: true }                                  // Noxus v1 platform
 *   parameters: { mockBackend: { platform: 'agents-v2', seed } }        // seed through the backend
 *   decorators: [withMockBackend({ platform: 'chat-api' })]
 * Inside the story, `useMockPlatform()` returns the backend and what `seed` returned.
 */
import type { Decorator } from '@storybook/react-vite';
import type * as React from 'react';
import {
  type MockPlatform,
  MockPlatformProvider,
  type MockPlatformProviderProps,
} from '../packages/ui/src/test-support/mock-platform.tsx';

export { useMockPlatform } from '../packages/ui/src/test-support/mock-platform.tsx';

/** Options of the mock backend: which platform the mock server plays, and data to seed. */
export interface MockBackendOptions {
  /** Defaults to `noxus-v1`. */
  platform?: MockPlatform;
  seed?: MockPlatformProviderProps['seed'];
  wrap?: MockPlatformProviderProps['wrap'];
}

/** Wraps `children` in a fresh, seeded mock platform with the hooks' provider. */
export function MockBackend({
  options,
  children,
}: {
  options?: MockBackendOptions;
  children: React.ReactNode;
}) {
  return (
    <MockPlatformProvider
      platform={options?.platform ?? 'noxus-v1'}
      seed={options?.seed}
      wrap={options?.wrap}
    >
      {children}
    </MockPlatformProvider>
  );
}

/** Decorator form of `MockBackend`. */
export function withMockBackend(options?: MockBackendOptions): Decorator {
  return (Story) => (
    <MockBackend options={options}>
      <Story />
    </MockBackend>
  );
}
