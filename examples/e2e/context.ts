/** The consumer apps the checks run against. */
export const CONSUMER_APPS = ['vite-app', 'next-app'] as const;

/** One of `CONSUMER_APPS`. */
export type ConsumerApp = (typeof CONSUMER_APPS)[number];

/** What the global setup hands the test files. */
export interface ConsumersContext {
  /** The key the apps' proxies add upstream; the browser must never see it. */
  apiKey: string;
  /** The shared Chromium's endpoint; each test opens a fresh context on it. */
  wsEndpoint: string;
  urls: Record<ConsumerApp, string>;
}

/** Flags that keep Debian's Chromium quiet on a machine without a network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Path of the system Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The setup's context, or the reason the apps could not be prepared (which fails the test). */
export function consumersContext(provided: ConsumersContext | { error: string }): ConsumersContext {
  if ('error' in provided) throw new Error(provided.error);
  return provided;
}
