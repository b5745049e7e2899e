/** The platform APIs the end-to-end tests run against, one preview server each. */
export const E2E_APIS = ['noxus-v1', 'agents-v2', 'chat-api'] as const;

/** One of `E2E_APIS`. */
export type E2eApi = (typeof E2E_APIS)[number];

/** What the global setup hands the test files. */
export interface E2eContext {
  /** The key the proxies add upstream; the browser must never see it. */
  apiKey: string;
  /** The shared Chromium's endpoint; each test opens a fresh context on it. */
  wsEndpoint: string;
  servers: Record<E2eApi, { url: string; startOutput: string }>;
}
