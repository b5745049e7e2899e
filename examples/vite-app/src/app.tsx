import { noxusV1 } from '@agent-chat/client';
import { AgentChatProvider } from '@agent-chat/react';
import { Thread } from '@agent-chat/ui';

// The browser talks only to the proxy on its own origin; the proxy adds the key.
const backend = noxusV1({
  baseUrl: () => `${window.location.origin}/agent-chat`,
  agentId: 'mock-agent',
});

export function App() {
  return (
    <main className="app">
      <h1 className="app-title">Support</h1>
      <AgentChatProvider backend={backend}>
        <Thread suggestions={['What can you do?']} />
      </AgentChatProvider>
    </main>
  );
}
