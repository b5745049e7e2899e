// `pnpm bench`: builds the bench page, serves it with pre-serialised frames and the mock server on
// 127.0.0.1, drives headless Chromium through each scenario and prints medians side by side.

import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, createServer as createViteServer } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const dist = join(root, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const replySize = Number(process.env.BENCH_REPLY_CHARS ?? 200_000);
const only = process.env.BENCH_ONLY?.split(',');

console.log('› building the bench page (React profiling build)');
await build({ root, logLevel: 'warn' });

// Load TypeScript helpers (frames, mock server) through Vite's SSR loader.
const loader = await createViteServer({
  root,
  logLevel: 'warn',
  server: { middlewareMode: true },
  appType: 'custom',
});
const { markdownDocument } = await loader.ssrLoadModule('/src/markdown-document.ts');
const { uiMessageStreamBytes } = await loader.ssrLoadModule('/src/frames.ts');
const { createMockServer } = await loader.ssrLoadModule('@agent-chat/mock-server');
const documentText = markdownDocument(replySize);
const frames = await uiMessageStreamBytes(documentText, 4);
const frameCount = (Buffer.from(frames).toString('utf8').match(/\n\n/g) ?? []).length;
console.log(
  `› reply: ${documentText.length} characters, ${frameCount} frames, ${(frames.length / 1e6).toFixed(2)} MB pre-serialised`,
);
const mock = createMockServer();

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

async function writeFrames(response) {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    'x-vercel-ai-ui-message-stream': 'v1',
  });
  // As fast as the socket takes it, in 64 KiB writes.
  for (let offset = 0; offset < frames.length; offset += 65_536) {
    if (!response.write(frames.subarray(offset, offset + 65_536))) {
      await new Promise((resolve) => response.once('drain', resolve));
    }
  }
  response.end();
}

async function forwardToMock(request, response, path) {
  const body = ['GET', 'HEAD'].includes(request.method) ? undefined : Buffer.concat(await request.toArray());
  const upstream = await mock.fetch(
    new Request(`http://mock${path}`, { method: request.method, headers: request.headers, body }),
  );
  response.writeHead(upstream.status, Object.fromEntries(upstream.headers));
  if (upstream.body) for await (const chunk of upstream.body) response.write(chunk);
  response.end();
}

const server = createHttpServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? '/', 'http://bench');
    if (url.pathname === '/frames' || /^\/mock\/v1\/conversations\/[^/]+\/stream$/.test(url.pathname)) {
      for await (const _ of request); // drain the request body
      return await writeFrames(response);
    }
    if (url.pathname.startsWith('/mock/'))
      return await forwardToMock(request, response, url.pathname.slice(5) + url.search);
    const file = join(dist, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(dist)) throw new Error('outside dist');
    const content = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(content);
  } catch (error) {
    response.writeHead(404);
    response.end(String(error));
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

async function scenario(name, params = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (process.env.BENCH_DEBUG) console.error(`  [${name}] ${message.type()}: ${message.text()}`);
    if (message.type() === 'error') problems.push(`${message.type()}: ${message.text()}`);
  });
  const query = new URLSearchParams({ scenario: name, ...params });
  const profile =
    process.env.BENCH_PROFILE && name.startsWith('kit') ? await context.newCDPSession(page) : undefined;
  if (profile) {
    await profile.send('Profiler.enable');
    await profile.send('Profiler.setSamplingInterval', { interval: 200 });
    await profile.send('Profiler.start');
    await profile.send('Tracing.start', {
      categories: 'devtools.timeline,blink,v8',
      transferMode: 'ReturnAsStream',
    });
  }
  await page.goto(`${origin}/?${query}`);
  await page
    .waitForFunction(() => window.__benchResult !== undefined, null, {
      timeout: Number(process.env.BENCH_TIMEOUT ?? 180_000),
      polling: 250,
    })
    .catch((error) => {
      throw new Error(`${name} did not finish: ${error.message}\n${problems.join('\n')}`);
    });
  const result = await page.evaluate(() => window.__benchResult);
  if (profile) {
    const { profile: cpu } = await profile.send('Profiler.stop');
    const complete = new Promise((resolve) => profile.once('Tracing.tracingComplete', resolve));
    await profile.send('Tracing.end');
    const { stream } = await complete;
    let trace = '';
    for (;;) {
      const chunk = await profile.send('IO.read', { handle: stream });
      trace += chunk.data;
      if (chunk.eof) break;
    }
    const { writeFile: write } = await import('node:fs/promises');
    await write(`${process.env.BENCH_PROFILE}-${name}.trace.json`, trace);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${process.env.BENCH_PROFILE}-${name}.cpuprofile`, JSON.stringify(cpu));
  }
  await context.close();
  if (result.error) throw new Error(`${name}: ${result.error}`);
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
async function medianOf(name, params, count = runs) {
  const results = [];
  for (let index = 0; index < count; index++) results.push(await scenario(name, params));
  const keys = Object.keys(results[0]).filter((key) => typeof results[0][key] === 'number');
  return Object.fromEntries(keys.map((key) => [key, median(results.map((result) => result[key]))]));
}
const wants = (name) => !only || only.includes(name);

const rows = [];
if (wants('reply')) {
  const floor = await medianOf('floor');
  const kit = await medianOf('kit-reply');
  const naive = await medianOf('naive-reply');
  console.log(
    `\n## ${documentText.length.toLocaleString('en')}-character markdown reply, ${frameCount.toLocaleString('en')} frames, burst (median of ${runs})\n`,
  );
  console.log(
    '| variant | send → final text in DOM | React commits | longest task | long tasks (total) | frames drawn |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  console.log(`| raw bytes only (floor) | ${fmt(floor.totalMs)} | – | – | – | – |`);
  for (const [label, result] of [
    ['agent-chat', kit],
    ['naive: useChat + react-markdown', naive],
  ]) {
    console.log(
      `| ${label} | ${fmt(result.totalMs)} | ${result.commits} | ${fmt(result.longestTaskMs)} | ${result.longTaskCount} (${fmt(result.longTaskTotalMs)}) | ${result.frames} |`,
    );
  }
  console.log(
    `\nratio naive / agent-chat (total time): ${(naive.totalMs / kit.totalMs).toFixed(1)}×; agent-chat / floor: ${(kit.totalMs / floor.totalMs).toFixed(2)}×`,
  );
  rows.push({ kit, naive, floor });
}
if (wants('thread')) {
  console.log(`\n## Long thread mounted at once (median of ${runs})\n`);
  console.log('| variant | messages | time to first render | DOM nodes | scroll frame p50 | p95 | max |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const count of [1000, 10000]) {
    const kit = await medianOf('kit-thread', { count });
    console.log(
      `| agent-chat | ${count.toLocaleString('en')} | ${fmt(kit.firstRenderMs)} | ${kit.domNodes} | ${kit.frameP50.toFixed(1)} ms | ${kit.frameP95.toFixed(1)} ms | ${kit.frameMax.toFixed(1)} ms |`,
    );
  }
  const naive = await medianOf('naive-thread', { count: 10000 }, 1);
  console.log(
    `| naive: react-markdown, no virtualization | 10,000 | ${fmt(naive.firstRenderMs)} | ${naive.domNodes} | ${naive.frameP50.toFixed(1)} ms | ${naive.frameP95.toFixed(1)} ms | ${naive.frameMax.toFixed(1)} ms |`,
  );
}
if (wants('dataframe')) {
  console.log(`\n## Data frame table (median of ${runs})\n`);
  console.log('| frame rows | DOM rows | rows held in memory | scroll frame p50 | p95 | max |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const size of ['small', 'large']) {
    const result = await medianOf('kit-dataframe', { size });
    console.log(
      `| ${result.rowCount.toLocaleString('en')} | ${result.domRows} | ${result.rowsHeld} | ${result.frameP50.toFixed(1)} ms | ${result.frameP95.toFixed(1)} ms | ${result.frameMax.toFixed(1)} ms |`,
    );
  }
}

await browser.close();
await loader.close();
server.close();
