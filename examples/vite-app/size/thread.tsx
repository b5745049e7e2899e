// What an app ships to render a Thread (scripts/size-budget.mjs measures it; react and
// react-dom are left out, every app has them).
import { noxusV1 } from '@agent-chat/client';
import { AgentChatProvider } from '@agent-chat/react';
import { Thread } from '@agent-chat/ui';
import { createRoot } from 'react-dom/client';

const backend = noxusV1({ baseUrl: () => `${window.location.origin}/agent-chat` });

createRoot(document.getElementById('root') as HTMLElement).render(
  <AgentChatProvider backend={backend}>
    <Thread />
  </AgentChatProvider>,
);
