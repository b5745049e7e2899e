import { type BackendKind, isBackendKind } from '@agent-chat/client';

/** What the proxy says about the platform behind it, as far as the widget needs it. */
export interface ProxyDefaults {
  api?: BackendKind;
  agentId?: string;
}

/**
 * Reads `GET {baseUrl}/config` from the agent-chat proxy, so a page needs no `api` or `agent-id`
 * attribute when the proxy already knows them. Resolves to `{}` (the built-in defaults apply)
 * when there is no such endpoint or it says something unexpected.
 */
export async function loadProxyDefaults(baseUrl: string): Promise<ProxyDefaults> {
  try {
    const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/config`, {
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const config = (await response.json()) as { api?: unknown; agentId?: unknown };
    return {
      ...(isBackendKind(config.api) ? { api: config.api } : {}),
      ...(typeof config.agentId === 'string' && config.agentId ? { agentId: config.agentId } : {}),
    };
  } catch (error) {
    console.warn(
      `<agent-chat-widget>: could not read ${baseUrl}/config (${error instanceof Error ? error.message : String(error)}); set the api and agent-id attributes.`,
    );
    return {};
  }
}
