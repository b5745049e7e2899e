import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// One self-contained IIFE script (React, the kit and its styles inside), loadable by a plain
// <script> or a module script on any page.
export default defineConfig({
  resolve: {
    // The workspace packages are bundled from their sources.
    conditions: ['source', ...defaultClientConditions],
    dedupe: ['react', 'react-dom'],
    alias: [
      // Radix's focus guards would add elements to the page's <body> (see src/focus-guards.ts).
      {
        find: '@radix-ui/react-focus-guards',
        replacement: fileURLToPath(new URL('./src/focus-guards.ts', import.meta.url)),
      },
      // One script cannot load KaTeX or Mermaid on demand: formulas and diagrams show their
      // source (see src/not-in-widget.ts).
      {
        find: /^\.\/(math|diagram)-view\.tsx$/,
        replacement: fileURLToPath(new URL('./src/not-in-widget.ts', import.meta.url)),
      },
      // Nor load the complete table of character references when a reply first needs it, as an app
      // does: it is bundled instead, so every name decodes from the first render.
      {
        find: /^\.\/entity-table\.ts$/,
        replacement: fileURLToPath(new URL('../ui/src/markdown/entity-table-bundled.ts', import.meta.url)),
      },
    ],
  },
  plugins: [react(), tailwindcss()],
  // Production JSX whatever NODE_ENV says (the widget tests build it from inside Vitest).
  oxc: { jsx: { runtime: 'automatic', development: false } },
  // Library builds keep `process.env.NODE_ENV` as written; the page has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    target: 'es2022',
    minify: true,
    emptyOutDir: true,
    reportCompressedSize: false,
    lib: {
      entry: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      formats: ['iife'],
      name: 'AgentChatWidget',
      fileName: () => 'agent-chat-widget.js',
    },
  },
});
