// Builds dist/styles.css, the stylesheet for hosts without Tailwind: src/prebuilt.css through
// Tailwind (as the host would, but at package build time), then every custom property that is not
// already `--chat-*` renamed into that namespace, so nothing of Tailwind's lands on the host's.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

const output = await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [tailwindcss()],
  build: {
    write: false,
    rollupOptions: { input: `${root}src/prebuilt.css` },
  },
});
const bundles = Array.isArray(output) ? output : [output];
const asset = bundles
  .flatMap((bundle) => ('output' in bundle ? bundle.output : []))
  .find((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
if (asset?.type !== 'asset') throw new Error('Tailwind produced no stylesheet');

const css = String(asset.source)
  // Tailwind's fallback layer for browsers without @property: keep it inside the kit's layer.
  .replaceAll('@layer properties', '@layer agent-chat.properties')
  .replace(/--(?!chat-)([a-zA-Z][\w-]*)/g, '--chat-$1');
const foreign = css.match(/--(?!chat-)[a-zA-Z][\w-]*/g);
if (foreign) throw new Error(`custom properties outside --chat-*: ${[...new Set(foreign)].join(', ')}`);

await mkdir(`${root}dist`, { recursive: true });
await writeFile(`${root}dist/styles.css`, `/*! @agent-chat/ui — prebuilt styles */\n${css}`);
console.log(`dist/styles.css ${(css.length / 1024).toFixed(1)} kB`);
