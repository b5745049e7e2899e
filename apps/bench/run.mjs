// `pnpm bench`: builds the bench page, serves it with pre-serialised frames and the mock server on
// 127.0.0.1, drives headless Chromium through each scenario for every contender (the kit, its
// peers, the naive baseline and `<pre>`) in alternating order, and prints and writes medians.
//
// Scenarios: burst and paced (one long reply), history (a long thread mounted at once), unsized
// (the kit's Thread in a parent with no height), dataframe (the kit's data-frame table), and click:
// the first message of a new conversation typed with keystrokes and sent with a click on Send, by
// useChat, the kit as the README mounts it and the kit with Thread's `createAhead`; the click
// event's timestamp → the page's call for the reply's stream request (p50 and p95 of 20 fresh
// pages each), and the requests made in between.
//
// Environment: BENCH_RUNS (3; per scenario BENCH_RUNS_BURST, _PACED, _HISTORY_1000, _HISTORY_10000,
// _UNSIZED, _CLICK (20)), BENCH_REPLY_CHARS (200000), BENCH_PACED_CHARS (200000),
// BENCH_HISTORY (1000,10000), BENCH_VARIANTS (all), BENCH_ONLY (burst,paced,history,unsized,
// dataframe,click), BENCH_RESULTS (RESULTS.md; "-" to write none), BENCH_PROFILE (file prefix:
// traces and CPU profiles of the kit's runs, with the top self-time functions of its longest task,
// or in the click scenario of the time from the click to the stream request),
// BENCH_TRACE_CATEGORIES (the profile's trace categories; `toplevel` unless set, e.g.
// `toplevel,devtools.timeline` to see layout and style recalculation; the click scenario adds
// `blink.user_timing` for its marks), BENCH_HEAP_SNAPSHOT (file prefix: a heap snapshot of each
// page after the forced GC that precedes the heap figure, summarised by constructor).

import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, createServer as createViteServer } from 'vite';
import { summarise, summariseBetween, summariseHeap } from './profile-summary.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const dist = join(root, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const replySize = Number(process.env.BENCH_REPLY_CHARS ?? 200_000);
const pacedSize = Number(process.env.BENCH_PACED_CHARS ?? 200_000);
const historySizes = (process.env.BENCH_HISTORY ?? '1000,10000').split(',').map(Number);
const only = process.env.BENCH_ONLY?.split(',');
const wants = (name) => !only || only.includes(name);
const allVariants = ['naive', 'streamdown', 'assistant-ui', 'pre', 'kit'];
const variants = process.env.BENCH_VARIANTS?.split(',') ?? allVariants;
const labels = {
  naive: 'naive: useChat + react-markdown',
  streamdown: 'Streamdown (AI Elements)',
  'assistant-ui': 'assistant-ui',
  pre: 'useChat + `<pre>`',
  kit: 'agent-chat',
  'kit-ahead': 'agent-chat with `createAhead`',
};
const uptimeAtStart = execSync('uptime').toString().trim();
// The kit as built into the page: HEAD, and whether packages/ had uncommitted changes then.
const commit = (() => {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
    const dirty = execSync('git status --porcelain -- ../../packages', { cwd: root }).toString().trim();
    return dirty ? `${head} + uncommitted changes in packages/` : head;
  } catch {
    return '?';
  }
})();

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

/** The reply as pre-serialised bytes, and the same bytes cut at frame boundaries for pacing. */
async function reply(size) {
  const text = markdownDocument(size);
  const bytes = Buffer.from(await uiMessageStreamBytes(text, 4));
  const frames = [];
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf('\n\n', start);
    const stop = end === -1 ? bytes.length : end + 2;
    frames.push(bytes.subarray(start, stop));
    start = stop;
  }
  return { characters: text.length, bytes, frames };
}
const burst = await reply(replySize);
const paced = pacedSize === replySize ? burst : await reply(pacedSize);
// The click scenario's reply: a heading and the end marker, so a page does little after the send.
const short = await reply(0);
console.log(
  `› reply: ${burst.characters} characters, ${burst.frames.length} frames, ${(burst.bytes.length / 1e6).toFixed(2)} MB pre-serialised; paced: ${paced.characters} characters`,
);
const mock = createMockServer();

/** What the next reply request gets: every byte at once, one frame per millisecond, or the short reply. */
let mode = 'burst';

async function writeFrames(response) {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    'x-vercel-ai-ui-message-stream': 'v1',
  });
  if (mode === 'paced') {
    // Frame i is due i ms after the first: a busy machine's late timers send the frames that
    // are due together instead of stretching the stream.
    const start = performance.now();
    for (let index = 0; index < paced.frames.length; ) {
      const due = Math.min(
        paced.frames.length,
        Math.max(index + 1, Math.floor(performance.now() - start) + 1),
      );
      for (; index < due; index++) response.write(paced.frames[index]);
      await sleep(1);
    }
  } else {
    // As fast as the socket takes it, in 64 KiB writes.
    const { bytes } = mode === 'short' ? short : burst;
    for (let offset = 0; offset < bytes.length; offset += 65_536) {
      if (!response.write(bytes.subarray(offset, offset + 65_536))) {
        await new Promise((resolve) => response.once('drain', resolve));
      }
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

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

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
    '--enable-precise-memory-info',
  ],
});

const typed = 'the quick brown fox jumps over the dog ';
/** The click scenario's first message. */
const clickMessage = 'Hello there';

/**
 * Types the click scenario's message into the page's composer with keystrokes 100 ms apart, then
 * clicks Send (Playwright waits until it is enabled), as a user would.
 */
async function sendByClick(page, timeout) {
  await page.waitForFunction(() => window.__benchComposerReady === true, null, { timeout, polling: 50 });
  // What the page loads once it is up (the kit's chat engine) is in before the user types.
  await page.waitForLoadState('networkidle');
  await page.focus('textarea');
  await page.keyboard.type(clickMessage, { delay: 100 });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

/**
 * One page, one scenario. `typing`: once the reply shows, type into the composer with keystrokes
 * 100 ms apart and read input → next-frame latencies. `click`: type a message and click Send
 * (`sendByClick`). Every result but a click's gets the JS heap after a GC.
 */
async function scenario(
  params,
  { typing = false, click = false, label = params.variant ?? params.scenario } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (process.env.BENCH_DEBUG) console.error(`  [${label}] ${message.type()}: ${message.text()}`);
    if (message.type() === 'error') problems.push(`${message.type()}: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  const profiling = Boolean(process.env.BENCH_PROFILE) && params.variant?.startsWith('kit');
  if (profiling) {
    const categories = process.env.BENCH_TRACE_CATEGORIES ?? 'toplevel';
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', {
      categories: click ? `${categories},blink.user_timing` : categories,
      transferMode: 'ReturnAsStream',
    });
  }
  await page.goto(`${origin}/?${new URLSearchParams(params)}`);
  const timeout = Number(process.env.BENCH_TIMEOUT ?? 300_000);
  if (click)
    await sendByClick(page, timeout).catch((error) => {
      throw new Error(`${label} could not send: ${error.message}\n${problems.join('\n')}`);
    });
  const typist = typing
    ? page
        .waitForFunction(() => window.__benchStreaming === true, null, { timeout, polling: 50 })
        .then(async () => {
          await page.focus('textarea');
          await page.keyboard.type(typed, { delay: 100 });
        })
    : Promise.resolve();
  await page
    .waitForFunction(() => window.__benchResult !== undefined, null, { timeout, polling: 250 })
    .catch((error) => {
      throw new Error(`${label} ${params.scenario} did not finish: ${error.message}\n${problems.join('\n')}`);
    });
  const result = await page.evaluate(() => window.__benchResult);
  if (result.error) throw new Error(`${label} ${params.scenario}: ${result.error}\n${problems.join('\n')}`);
  if (typing) {
    await typist;
    await page.waitForFunction((count) => (window.__benchKeyLatencies?.length ?? 0) >= count, typed.length, {
      timeout: 30_000,
    });
    const latencies = (await page.evaluate(() => window.__benchKeyLatencies)).sort((a, b) => a - b);
    result.keyP95 = latencies[Math.min(latencies.length - 1, Math.floor(0.95 * latencies.length))];
    result.keyMax = latencies[latencies.length - 1];
  }
  if (!click) {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    if (process.env.BENCH_HEAP_SNAPSHOT) {
      const chunks = [];
      const collect = ({ chunk }) => chunks.push(chunk);
      cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
      const snapshot = chunks.join('');
      const name = `${process.env.BENCH_HEAP_SNAPSHOT}-${params.scenario}-${params.variant}-${mode}${params.count ? `-${params.count}` : ''}.heapsnapshot`;
      await writeFile(name, snapshot);
      console.log(`\n  heap of ${labels[params.variant]}, ${params.scenario} ${mode} (${name}):`);
      console.log(summariseHeap(snapshot).replace(/^/gm, '  '));
    }
  }
  if (profiling) {
    const { profile } = await cdp.send('Profiler.stop');
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    let trace = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      trace += chunk.data;
      if (chunk.eof) break;
    }
    const variant = params.variant === 'kit' ? '' : `-${params.variant}`;
    const name = `${process.env.BENCH_PROFILE}-${params.scenario}${variant}-${mode}${params.count ? `-${params.count}` : ''}`;
    await writeFile(`${name}.trace.json`, trace);
    await writeFile(`${name}.cpuprofile`, JSON.stringify(profile));
    console.log(`\n  profile of ${labels[params.variant]}, ${params.scenario} ${mode} (${name}.cpuprofile):`);
    const summary = click
      ? summariseBetween(trace, profile, 'bench:click', 'bench:stream-request')
      : summarise(trace, profile);
    console.log(summary.replace(/^/gm, '  '));
  }
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const medians = (results) =>
  Object.fromEntries(
    Object.keys(results[0])
      .filter((key) => typeof results[0][key] === 'number')
      .map((key) => [key, median(results.map((result) => result[key]))]),
  );

/**
 * Runs `params` for each variant, `runs` times (or the scenario's own default), the order
 * reversed every other round; `summary` turns each variant's results into its figures.
 */
const defaultRounds = { CLICK: 20 };
const roundsOf = (key) => Number(process.env[`BENCH_RUNS_${key}`] ?? defaultRounds[key] ?? runs);
const roundsUsed = {};
async function compare(key, title, params, options = {}, names = variants, summary = medians) {
  const rounds = roundsOf(key);
  roundsUsed[key] = rounds;
  console.log(`› ${title} (${rounds} round${rounds === 1 ? '' : 's'})`);
  const collected = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const variant of order) {
      // A contender that fails or times out leaves its cells empty instead of ending the run.
      const result = await scenario({ ...params, variant }, options).catch((error) => {
        console.log(`  ${round + 1}/${rounds} ${variant} failed: ${error.message.split('\n')[0]}`);
        return undefined;
      });
      if (!result) continue;
      collected[variant].push(result);
      console.log(
        `  ${round + 1}/${rounds} ${variant}: ${Object.entries(result)
          .map(([key, value]) => `${key} ${typeof value === 'number' ? Math.round(value * 10) / 10 : value}`)
          .join(', ')}`,
      );
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, collected[name].length ? summary(collected[name]) : {}]),
  );
}

/** The `q` quantile (0–1) of `values` by nearest rank: of 20, p50 is the 10th and p95 the 19th. */
const percentile = (values, q) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};

// ---- the report (rewritten after every scenario, so a cut-short run keeps what it measured) ----

const chromiumVersion = browser.version();
const table = {};

async function writeReport(final = false) {
  const ms = (value) =>
    !Number.isFinite(value)
      ? '–'
      : value >= 1000
        ? `${(value / 1000).toFixed(2)} s`
        : `${Math.round(value)} ms`;
  const mb = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} MB` : '–');
  const count = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '–');
  const ratio = (value, base) =>
    Number.isFinite(value) && Number.isFinite(base) && base > 0
      ? `${(value / base).toFixed(value / base < 0.1 ? 3 : 2)}×`
      : '–';

  const rounds = (key) =>
    roundsUsed[key] === runs ? '' : ` (${roundsUsed[key]} round${roundsUsed[key] === 1 ? '' : 's'})`;
  /** Rows: [label, pick(result) → number, format, whether a ratio to the baseline means anything]. */
  const rows = [];
  if (table.burst) {
    const b = table.burst;
    rows.push([
      `burst: send → final text (raw-bytes floor ${ms(table.floor.totalMs)})${rounds('BURST')}`,
      (v) => b[v]?.totalMs,
      ms,
    ]);
    rows.push(['burst: longest task', (v) => b[v]?.longestTaskMs, ms]);
    rows.push(['burst: p95 frame gap', (v) => b[v]?.frameGapP95, ms]);
    rows.push(['burst: time in long tasks', (v) => b[v]?.longTaskTotalMs, ms]);
  }
  if (table.paced) {
    const p = table.paced;
    rows.push([`paced (1 ms/delta): send → final text${rounds('PACED')}`, (v) => p[v]?.totalMs, ms]);
    rows.push(['paced: time in long tasks', (v) => p[v]?.longTaskTotalMs, ms]);
    rows.push(['paced: longest task', (v) => p[v]?.longestTaskMs, ms]);
    rows.push(['paced: p95 frame gap', (v) => p[v]?.frameGapP95, ms]);
    rows.push(['paced: JS heap after GC at the end', (v) => p[v]?.heapMB, mb]);
    rows.push(['paced: keystroke → next frame, p95', (v) => p[v]?.keyP95, ms]);
  }
  for (const [size, h] of Object.entries(table.history ?? {})) {
    const n = Number(size).toLocaleString('en');
    rows.push([
      `history ${n}: first message painted${rounds(`HISTORY_${size}`)}`,
      (v) => h[v]?.firstPaintMs,
      ms,
    ]);
    rows.push([`history ${n}: last message in DOM`, (v) => h[v]?.lastInDomMs, ms]);
    rows.push([`history ${n}: DOM nodes`, (v) => h[v]?.domNodes, count]);
    rows.push([`history ${n}: JS heap after GC`, (v) => h[v]?.heapMB, mb]);
  }
  if (table.unsized) {
    const n = historySizes[historySizes.length - 1].toLocaleString('en');
    rows.push([
      `Thread in an unsized parent, ${n}: DOM nodes${rounds('UNSIZED')}`,
      (v) => (v === 'kit' ? table.unsized.domNodes : Number.NaN),
      count,
      false,
    ]);
    rows.push([
      `Thread in an unsized parent, ${n}: last message in DOM`,
      (v) => (v === 'kit' ? table.unsized.lastInDomMs : Number.NaN),
      (value) => (Number.isNaN(value) && table.unsized ? 'not within 60 s' : ms(value)),
      false,
    ]);
  }
  if (table.click) {
    const c = table.click;
    // The createAhead rows fill the kit's column with the kit's createAhead runs, beside useChat's.
    const ahead = (v) => (v === 'kit' ? 'kit-ahead' : v === 'naive' ? 'naive' : undefined);
    const fine = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
    rows.push([
      `click → stream request, new conversation, p50${rounds('CLICK')}`,
      (v) => (v === 'naive' || v === 'kit' ? c[v]?.p50 : Number.NaN),
      fine,
    ]);
    rows.push([
      'click → stream request, p95',
      (v) => (v === 'naive' || v === 'kit' ? c[v]?.p95 : Number.NaN),
      fine,
    ]);
    rows.push(['click → stream request with `createAhead`, p50', (v) => c[ahead(v)]?.p50, fine]);
    rows.push(['click → stream request with `createAhead`, p95', (v) => c[ahead(v)]?.p95, fine]);
    rows.push([
      'click: requests between the click and the stream request (median)',
      (v) => (v === 'naive' || v === 'kit' ? c[v]?.requestsBefore : Number.NaN),
      count,
      false,
    ]);
    rows.push([
      'click: requests between the click and the stream request with `createAhead` (median)',
      (v) => c[ahead(v)]?.requestsBefore,
      count,
      false,
    ]);
  }

  const header = `| workload | ${variants.map((v) => labels[v]).join(' | ')} |\n|---|${variants.map(() => '---:').join('|')}|`;
  const absolutes = [
    header,
    ...rows.map(
      ([label, pick, format]) => `| ${label} | ${variants.map((v) => format(pick(v))).join(' | ')} |`,
    ),
  ].join('\n');
  const ratioRows = rows.filter(([, , , meaningful = true]) => meaningful);
  const ratios = variants.includes('naive')
    ? [
        header,
        ...ratioRows.map(
          ([label, pick]) =>
            `| ${label} | ${variants.map((v) => ratio(pick(v), pick('naive'))).join(' | ')} |`,
        ),
      ].join('\n')
    : '(the naive baseline was not run)';
  const floorRatios = table.burst
    ? `| send → final text ÷ raw-bytes floor | ${variants.map((v) => ratio(table.burst[v]?.totalMs, table.floor.totalMs)).join(' | ')} |` +
      (table.paced
        ? `\n| paced send → final text ÷ ideal stream time (${paced.frames.length.toLocaleString('en')} frames × 1 ms) | ${variants.map((v) => ratio(table.paced[v]?.totalMs, paced.frames.length)).join(' | ')} |`
        : '')
    : '';

  const versionOf = (name) => {
    for (const base of [join(root, 'node_modules'), join(root, '../../node_modules')]) {
      try {
        return JSON.parse(readFileSync(join(base, name, 'package.json'), 'utf8')).version;
      } catch {}
    }
    return '?';
  };
  const packages = [
    'ai',
    '@ai-sdk/react',
    'react',
    'react-dom',
    'react-markdown',
    'remark-gfm',
    'streamdown',
    '@assistant-ui/react',
    '@assistant-ui/react-ai-sdk',
    '@assistant-ui/react-markdown',
  ];
  const load = loadavg()[0];
  const loaded = load > cpus().length;
  const clickRounds = roundsUsed.CLICK ?? roundsOf('CLICK');
  const ordinal = (n) =>
    `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

  const markdown = `# Benchmark results

  Written by \`pnpm bench\` (apps/bench/run.mjs). Each contender mounted as its docs show, on the same
  pre-serialised bytes from a server on 127.0.0.1, in the same run, the order alternating between
  rounds; each figure is the median of ${runs} unless its row names fewer rounds.

  ${
    loaded
      ? `**Measured on a loaded machine** (load average ${loadavg()
          .map((value) => value.toFixed(2))
          .join(
            ', ',
          )} on ${cpus().length} cores at the end): the absolute figures are noisy and slower than on an idle machine; the ratios, taken within one run, are the figures to read.\n\n`
      : ''
  }## Machine

  - CPU: ${cpus().length} × ${cpus()[0]?.model ?? '?'}; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB
  - Chromium ${chromiumVersion} (headless, software rendering), Node ${process.version}
  - \`uptime\` at the start: \`${uptimeAtStart}\`
  - \`uptime\` at the end: \`${execSync('uptime').toString().trim()}\`
  - agent-chat as built at the start: ${commit}; ${packages.map((name) => `${name} ${versionOf(name)}`).join(', ')}

  ## Workload

  - Burst: one ${burst.characters.toLocaleString('en')}-character markdown reply as ${burst.frames.length.toLocaleString('en')} AI SDK UI-message frames (~4-character text deltas), ${(burst.bytes.length / 1e6).toFixed(2)} MB written as fast as the socket takes it. Sent through each contender's composer; send → the end marker in the DOM.
  - Paced: ${paced.characters.toLocaleString('en')} characters (${paced.frames.length.toLocaleString('en')} frames), frame *i* written *i* ms after the first (a late timer sends the frames then due together). From the moment the first text shows, ${typed.length} keystrokes 100 ms apart are typed into the composer with Playwright; latency is the keydown's timestamp → the end of the next frame.
  - History: ${historySizes.map((n) => n.toLocaleString('en')).join(' and ')} alternating user/assistant messages (50–500 characters of markdown) passed as initial messages; first message painted, last message in the DOM, DOM nodes at that moment (the kit renders the rows just above the view in the task after its first paint, so it has more a moment later: a screenful plus its overscan) and JS heap after a forced GC.
  - Unsized parent: the kit's \`Thread\` in a plain block with no height, ${historySizes[historySizes.length - 1].toLocaleString('en')} messages.
  - Click: the first message of a new conversation. Once the page has loaded what it loads (network idle), "${clickMessage}" is typed into the composer with Playwright keystrokes 100 ms apart and Send is clicked; from the click event's \`timeStamp\` (a capture listener on the document) to the page's call of \`fetch\` for the reply's stream request (noxusV1's \`POST /v1/conversations/{id}/stream\`, useChat's \`api\`), and the requests the page made in between. useChat (the naive baseline), the kit as the README mounts it and the kit with \`Thread\`'s \`createAhead\` (the conversation created as the user starts typing), ${clickRounds} fresh page${clickRounds === 1 ? '' : 's'} each; p50 and p95 by nearest rank (of ${clickRounds}, the ${ordinal(Math.ceil(0.5 * clickRounds))} and the ${ordinal(Math.ceil(0.95 * clickRounds))}). The reply is a heading and one line.${table.clickLoad ? ` The 1-minute load average during the scenario: ${table.clickLoad.min.toFixed(1)}–${table.clickLoad.max.toFixed(1)} (median ${table.clickLoad.median.toFixed(1)}) on ${cpus().length} cores.` : ''}
  - Streamdown is mounted as AI Elements' \`MessageResponse\` (memoised \`<Streamdown>\`, \`isAnimating\` while streaming) without the optional \`@streamdown/*\` plugins; assistant-ui as its getting-started \`useChatRuntime\` + \`AssistantChatTransport\` with a primitives thread and \`MarkdownTextPrimitive\` + remark-gfm; the kit as the README shows (\`AgentChatProvider\` + \`Thread\`, noxusV1 on the mock server, whose stream endpoint returns the same bytes).

  ## Results (medians)

  ${absolutes}

  ## Ratios to the naive baseline (contender ÷ useChat + react-markdown; below 1× is better)

  ${ratios}

  ## Ratios to the floor

  | | ${variants.map((v) => labels[v]).join(' | ')} |
  |---|${variants.map(() => '---:').join('|')}|
  ${floorRatios}
  ${
    table.dataframe
      ? `\n## Data-frame table (agent-chat only)\n\n| frame rows | DOM rows | rows held | scroll frame p50 | p95 | max |\n|---:|---:|---:|---:|---:|---:|\n${Object.values(
          table.dataframe,
        )
          .map(
            (d) =>
              `| ${count(d.rowCount)} | ${count(d.domRows)} | ${count(d.rowsHeld)} | ${d.frameP50.toFixed(1)} ms | ${d.frameP95.toFixed(1)} ms | ${d.frameMax.toFixed(1)} ms |`,
          )
          .join('\n')}\n`
      : ''
  }`;

  // The template above is indented with this function; the file is not.
  const text = markdown.replace(/^ {2}/gm, '');
  if (final) console.log(`\n${text}`);
  const target = process.env.BENCH_RESULTS ?? 'RESULTS.md';
  if (target !== '-') {
    await writeFile(resolve(root, target), text);
    if (final) console.log(`› written to ${resolve(root, target)}`);
  }
}

if (wants('burst')) {
  mode = 'burst';
  const floors = [];
  for (let round = 0; round < roundsOf('BURST'); round++) floors.push(await scenario({ scenario: 'floor' }));
  table.floor = medians(floors);
  console.log(`› raw-bytes floor: ${Math.round(table.floor.totalMs)} ms`);
  table.burst = await compare('BURST', 'burst', { scenario: 'reply' });
  await writeReport();
}
if (wants('paced')) {
  mode = 'paced';
  table.paced = await compare(
    'PACED',
    'paced, typing into the composer as the reply streams',
    { scenario: 'reply' },
    {
      typing: true,
    },
  );
  mode = 'burst';
  await writeReport();
}
if (wants('history')) {
  table.history = {};
  for (const count of historySizes) {
    table.history[count] = await compare(`HISTORY_${count}`, `history of ${count} messages`, {
      scenario: 'history',
      count,
    });
    await writeReport();
  }
}
if (wants('unsized') && variants.includes('kit')) {
  const count = historySizes[historySizes.length - 1];
  table.unsized = (
    await compare(
      'UNSIZED',
      `kit in an unsized parent, ${count} messages`,
      { scenario: 'history', count, unsized: 1 },
      {},
      ['kit'],
    )
  ).kit;
  await writeReport();
}
if (wants('click')) {
  mode = 'short';
  // The machine's load as the scenario runs: its figures are latencies of a few milliseconds.
  const loads = [loadavg()[0]];
  const sampler = setInterval(() => loads.push(loadavg()[0]), 10_000);
  const names = [
    ...(variants.includes('naive') ? ['naive'] : []),
    ...(variants.includes('kit') ? ['kit', 'kit-ahead'] : []),
  ];
  table.click = await compare(
    'CLICK',
    'click → stream request, first message of a new conversation',
    { scenario: 'click' },
    { click: true },
    names,
    (results) => ({
      p50: percentile(
        results.map((result) => result.clickToStreamMs),
        0.5,
      ),
      p95: percentile(
        results.map((result) => result.clickToStreamMs),
        0.95,
      ),
      requestsBefore: median(results.map((result) => result.requestsBefore)),
      pendingAtClick: median(results.map((result) => result.pendingAtClick)),
    }),
  );
  clearInterval(sampler);
  loads.push(loadavg()[0]);
  const sorted = [...loads].sort((a, b) => a - b);
  table.clickLoad = { min: sorted[0], median: median(loads), max: sorted[sorted.length - 1] };
  console.log(
    `› click: ${names
      .map(
        (name) =>
          `${name} p50 ${table.click[name]?.p50?.toFixed(1)} ms, p95 ${table.click[name]?.p95?.toFixed(1)} ms`,
      )
      .join('; ')}; 1-minute load average during it ${loads.map((load) => load.toFixed(1)).join(', ')}`,
  );
  mode = 'burst';
  await writeReport();
}
if (wants('dataframe')) {
  table.dataframe = {};
  for (const size of ['small', 'large']) {
    const results = [];
    for (let round = 0; round < runs; round++) results.push(await scenario({ scenario: 'dataframe', size }));
    table.dataframe[size] = medians(results);
  }
}

await writeReport(true);
await browser.close();
await loader.close();
server.close();
