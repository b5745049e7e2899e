import { agentChatProxy } from '@agent-chat/proxy/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The proxy serves /agent-chat in `vite dev` and `vite preview`, adding AGENT_CHAT_API_KEY
// server-side; without AGENT_CHAT_UPSTREAM it answers from the embedded mock platform.
export default defineConfig({
  plugins: [react(), agentChatProxy()],
});
