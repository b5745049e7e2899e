import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// A production build with React's profiling renderer, so <Profiler> counts commits.
export default defineConfig({
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
  },
  ssr: { resolve: { conditions: ['source'] } },
  plugins: [react(), tailwindcss()],
  build: { target: 'es2022', minify: !process.env.BENCH_PROFILE },
});
