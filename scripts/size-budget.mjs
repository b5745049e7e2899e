// Gzipped JavaScript an app ships in its initial load for `Thread` and for `Markdown` alone
// (react and react-dom left out), built with Vite from examples/vite-app/size/*.tsx against the
// installed tarballs. Compares with scripts/size-budget.json and fails past it by more than 5%.
//   node scripts/size-budget.mjs            check against the budget, print the breakdown
//   node scripts/size-budget.mjs --write    record the current figures as the budget
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = fileURLToPath(new URL('..', import.meta.url));
const appDir = `${repo}examples/vite-app/`;
const budgetFile = `${repo}scripts/size-budget.json`;
const TOLERANCE = 1.05;

const requireFromApp = createRequire(`${appDir}package.json`);
const load = (name) => import(pathToFileURL(requireFromApp.resolve(name)).href);

/** Package a module id belongs to: the last node_modules segment, else the source file. */
function packageOf(id) {
  const match = id.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return match ? match[1] : id.replace(appDir, '');
}

/** Builds one entry; returns the gzipped size of its initial load and each package's share. */
export async function measure(entry) {
  const { build } = await load('vite');
  const { default: react } = await load('@vitejs/plugin-react');
  const output = await build({
    root: appDir,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: {
      write: false,
      rolldownOptions: {
        input: `${appDir}size/${entry}.tsx`,
        external: [/^react(-dom)?($|\/)/, /^scheduler($|\/)/],
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((bundle) => bundle.output)
    .filter((file) => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // The initial load: the entry chunk and what it imports statically, not the lazy chunks.
  const initial = new Set();
  const visit = (chunk) => {
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  let gzipBytes = 0;
  const packages = {};
  for (const chunk of initial) {
    const gzipped = gzipSync(chunk.code).length;
    gzipBytes += gzipped;
    // Gzip does not split by module: each package's code is gzipped on its own, and the chunk's
    // gzipped size shared out in proportion.
    const own = {};
    for (const [id, module] of Object.entries(chunk.modules)) {
      const name = packageOf(id);
      own[name] = (own[name] ?? '') + (module.code ?? '');
    }
    const alone = Object.fromEntries(
      Object.entries(own).map(([name, code]) => [name, gzipSync(code).length]),
    );
    const total = Object.values(alone).reduce((sum, bytes) => sum + bytes, 0) || 1;
    for (const [name, bytes] of Object.entries(alone)) {
      packages[name] = (packages[name] ?? 0) + (gzipped * bytes) / total;
    }
  }
  const lazy = chunks.filter((chunk) => !initial.has(chunk));
  const lazyBytes = lazy.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
  const sorted = Object.entries(packages)
    .map(([name, bytes]) => [name, Math.round(bytes)])
    .sort((a, b) => b[1] - a[1]);
  return { gzipBytes, lazyBytes, packages: Object.fromEntries(sorted) };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const write = process.argv.includes('--write');
  const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
  let failed = false;
  const figures = {};
  for (const entry of ['thread', 'markdown']) {
    const result = await measure(entry);
    figures[entry] = result.gzipBytes;
    const limit = Math.round((budget[entry]?.gzipBytes ?? Number.POSITIVE_INFINITY) * TOLERANCE);
    const over = result.gzipBytes > limit;
    failed ||= over;
    console.log(
      `${entry}: ${kB(result.gzipBytes)} gzipped initial load (budget ${kB(budget[entry]?.gzipBytes ?? 0)} + 5%)` +
        `${over ? ' — OVER BUDGET' : ''}; ${kB(result.lazyBytes)} more loaded lazily`,
    );
    for (const [name, bytes] of Object.entries(result.packages).slice(0, 15)) {
      console.log(`  ${kB(bytes).padStart(9)}  ${name}`);
    }
  }
  if (write) {
    const next = Object.fromEntries(
      Object.entries(figures).map(([entry, bytes]) => [entry, { gzipBytes: bytes }]),
    );
    writeFileSync(budgetFile, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`recorded in ${budgetFile}`);
  } else if (failed) process.exit(1);
}
