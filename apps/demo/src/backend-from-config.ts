import { type Backend, type BackendKind, createBackend } from '@agent-chat/client';

/** What the proxy says about the platform behind it (never the key). */
export interface ProxyConfig {
  api: BackendKind;
  agentId: string;
  /** `mock` for the embedded mock server, else the upstream's origin. */
  upstream: string;
  auth?: string;
  teamId?: string;
  /** Where the proxy is mounted on this origin. */
  baseUrl?: string;
}

/** Where the proxy is mounted on this origin unless it says otherwise. */
export const proxyMount = '/agent-chat';

/**
 * Largest file the demo lets a person attach where the platform sets no limit of its own: the
 * proxy accepts one 25 MB file per request.
 */
export const proxyFileLimitBytes = 25 * 1024 * 1024;

/** Reads the proxy's configuration. */
export async function loadProxyConfig(signal?: AbortSignal): Promise<ProxyConfig> {
  const response = await fetch(`${proxyMount}/config`, { signal });
  if (!response.ok) {
    throw new Error(
      `The proxy at ${proxyMount} answered ${response.status}. Start the demo with "npm run demo" (or vite with the agentChatProxy plugin).`,
    );
  }
  return (await response.json()) as ProxyConfig;
}

/** Builds the adapter for the platform the proxy fronts; the browser never holds the key. */
export function backendFromConfig(config: ProxyConfig): Backend {
  const mount = config.baseUrl ?? proxyMount;
  const baseUrl = () => `${window.location.origin}${mount}`;
  // An AI SDK server's chat endpoint is the mount itself (`POST /agent-chat`, `GET /agent-chat/:id/stream`).
  if (config.api === 'ai-sdk') {
    return createBackend('ai-sdk', { api: baseUrl, maxFileBytes: proxyFileLimitBytes });
  }
  // Agents v2 states no file limit of its own; the proxy's is the one that applies.
  return createBackend(config.api, { baseUrl, agentId: config.agentId, maxFileBytes: proxyFileLimitBytes });
}
