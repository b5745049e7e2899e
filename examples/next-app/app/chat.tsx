'use client';

import { noxusV1 } from '@agent-chat/client';
import { AgentChatProvider } from '@agent-chat/react';
import { Thread } from '@agent-chat/ui';

// The browser talks only to the route handler on its own origin (read at send time, so this
// module is safe to render on the server).
const backend = noxusV1({
  baseUrl: () => `${window.location.origin}/agent-chat`,
  agentId: 'mock-agent',
});

export function Chat() {
  return (
    <AgentChatProvider backend={backend}>
      <Thread suggestions={['What can you do?']} />
    </AgentChatProvider>
  );
}
