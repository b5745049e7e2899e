import { type AgentsV2Options, agentsV2 } from './adapters/agents-v2.ts';
import { type AiSdkOptions, aiSdk } from './adapters/ai-sdk.ts';
import { type ChatApiOptions, chatApi } from './adapters/chat-api.ts';
import { type NoxusV1Options, noxusV1 } from './adapters/noxus-v1.ts';
import type { Backend, BackendKind } from './backend.ts';

/** The options each kind of backend takes. */
export interface BackendOptionsByKind {
  'noxus-v1': NoxusV1Options;
  'agents-v2': AgentsV2Options;
  'chat-api': ChatApiOptions;
  'ai-sdk': AiSdkOptions;
}

const factories: { [K in BackendKind]: (options: BackendOptionsByKind[K]) => Backend } = {
  'noxus-v1': noxusV1,
  'agents-v2': agentsV2,
  'chat-api': chatApi,
  'ai-sdk': aiSdk,
};

/**
 * The adapter for `kind`: the one place that maps an API family to its adapter, for apps, the
 * page widget and the demo that learn the kind at run time.
 * @example const backend = createBackend('agents-v2', { baseUrl: '/agent-chat', agentId: 'sales' });
 */
export function createBackend<K extends BackendKind>(kind: K, options: BackendOptionsByKind[K]): Backend {
  const factory = factories[kind] as (options: BackendOptionsByKind[K]) => Backend;
  return factory(options);
}
