import { agentChatProxy } from '@agent-chat/proxy/vite';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  // The demo builds the workspace packages from their sources.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [react(), tailwindcss(), agentChatProxy()],
  build: { target: 'es2022', sourcemap: true },
});
