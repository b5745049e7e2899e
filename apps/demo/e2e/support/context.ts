/** The platform APIs the end-to-end tests run against, one preview server each. */
export const E2E_APIS = ['noxus-v1', 'agents-v2', 'chat-api', 'ai-sdk'] as const;

/** One of `E2E_APIS`. */
export type E2eApi = (typeof E2E_APIS)[number];

/** The agent platforms (the AI SDK server has scenarios of its own, tested in ai-sdk.e2e.test.ts). */
export const PLATFORM_APIS = ['noxus-v1', 'agents-v2', 'chat-api'] as const satisfies readonly E2eApi[];

/** One of `PLATFORM_APIS`. */
export type PlatformApi = (typeof PLATFORM_APIS)[number];

/** What the global setup hands the test files. */
export interface E2eContext {
  /** The key the proxies add upstream; the browser must never see it. */
  apiKey: string;
  /** The shared Chromium's endpoint; each test opens a fresh context on it. */
  wsEndpoint: string;
  servers: Record<E2eApi, { url: string; startOutput: string }>;
}
