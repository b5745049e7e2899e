// Where a scenario's longest main-thread task went: the trace names the task, the CPU profile's
// samples inside it give self time per function.

/** Main-thread tasks (RunTask) of the page's renderer from a trace, longest first. */
export function rendererTasks(traceText, fromUs, toUs) {
  const events = JSON.parse(traceText).traceEvents ?? [];
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  return events
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
        mains.has(`${event.pid}:${event.tid}`) &&
        event.ts >= fromUs &&
        event.ts <= toUs,
    )
    .map((event) => ({ ts: event.ts, dur: event.dur ?? 0 }))
    .sort((a, b) => b.dur - a.dur);
}

/** Self time per function (ms) of the samples of `profile` that fall inside [fromUs, toUs). */
export function selfTimes(profile, fromUs, toUs) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    if (time < fromUs || time >= toUs) continue;
    const next = profile.timeDeltas[index + 1] ?? delta;
    const node = nodes.get(profile.samples[index]);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url ? url.split('/').pop() : '';
    const key = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + next / 1000);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

/** A printable summary: the longest tasks, and the top self-time functions of the longest one and of all tasks over 50 ms. */
export function summarise(traceText, profile, top = 12) {
  const tasks = rendererTasks(traceText, profile.startTime, profile.endTime);
  const lines = [];
  const longest = tasks[0];
  if (!longest) return 'no renderer tasks in the trace';
  const long = tasks.filter((task) => task.dur > 50_000);
  lines.push(
    `tasks over 50 ms: ${long.length} (${(long.reduce((sum, task) => sum + task.dur, 0) / 1000).toFixed(0)} ms); longest ${(longest.dur / 1000).toFixed(1)} ms at ${((longest.ts - profile.startTime) / 1e6).toFixed(2)} s`,
  );
  lines.push('top self time in the longest task:');
  for (const [name, ms] of selfTimes(profile, longest.ts, longest.ts + longest.dur).slice(0, top))
    lines.push(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  if (long.length > 1) {
    const totals = new Map();
    for (const task of long)
      for (const [name, ms] of selfTimes(profile, task.ts, task.ts + task.dur))
        totals.set(name, (totals.get(name) ?? 0) + ms);
    lines.push('top self time over all tasks over 50 ms:');
    for (const [name, ms] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
      lines.push(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
  return lines.join('\n');
}

/** Time per function (ms) of the samples inside [fromUs, toUs) with the function anywhere on the stack. */
export function totalTimes(profile, fromUs, toUs) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const totals = new Map();
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    if (time < fromUs || time >= toUs) continue;
    const next = (profile.timeDeltas[index + 1] ?? delta) / 1000;
    const seen = new Set();
    for (let id = profile.samples[index]; id !== undefined; id = parents.get(id)) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      const file = frame.url ? frame.url.split('/').pop() : '';
      const key = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + next);
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

/** The `ts` (µs) of the first user-timing mark named `name` in a trace (`blink.user_timing`). */
function markOf(events, name) {
  return events.find((event) => event.name === name && event.cat?.includes('blink.user_timing'))?.ts;
}

/**
 * Where the time between two `performance.mark`s went: the main-thread tasks that overlap it, the
 * trace's own events in it (layout and style with `devtools.timeline`), and the functions of the
 * samples inside it, by self and by total time (\`(idle)\` is waiting: for the network, a timer
 * or the next task).
 */
export function summariseBetween(traceText, profile, fromMark, toMark, top = 15) {
  const events = JSON.parse(traceText).traceEvents ?? [];
  const from = markOf(events, fromMark);
  const to = markOf(events, toMark);
  if (from === undefined || to === undefined)
    return `no ${fromMark} / ${toMark} marks in the trace (the blink.user_timing category)`;
  const tasks = rendererTasks(traceText, from - 1_000_000, to)
    .filter((task) => task.ts + task.dur > from)
    .sort((a, b) => a.ts - b.ts);
  const main = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const byName = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || !main.has(`${event.pid}:${event.tid}`)) continue;
    if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') continue;
    // The part of the event inside the window.
    const overlap = Math.min(event.ts + (event.dur ?? 0), to) - Math.max(event.ts, from);
    if (overlap > 0) byName.set(event.name, (byName.get(event.name) ?? 0) + overlap / 1000);
  }
  const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;
  const self = selfTimes(profile, from, to);
  const sampled = self.reduce((sum, [, value]) => sum + value, 0);
  const long = tasks.filter((task) => task.dur >= 1000);
  const lines = [
    `${fromMark} → ${toMark}: ${((to - from) / 1000).toFixed(1)} ms, ${sampled.toFixed(1)} ms of it in samples`,
    `main-thread tasks of 1 ms or more in it (start after ${fromMark} +duration): ${long
      .map((task) => `${((task.ts - from) / 1000).toFixed(1)} +${(task.dur / 1000).toFixed(1)} ms`)
      .join(', ')}; ${tasks.length - long.length} shorter`,
  ];
  if (byName.size > 0) {
    lines.push('trace events in it (nested ones counted in each):');
    for (const [name, value] of [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
      lines.push(`  ${ms(value)}  ${name}`);
  }
  lines.push('top self time in it:');
  for (const [name, value] of self.slice(0, top)) lines.push(`  ${ms(value)}  ${name}`);
  lines.push('top total time in it (the function anywhere on the stack):');
  for (const [name, value] of totalTimes(profile, from, to).slice(0, top * 2))
    lines.push(`  ${ms(value)}  ${name}`);
  return lines.join('\n');
}

/**
 * Where a heap snapshot's bytes are: self size per constructor (objects) or per kind (strings,
 * code, arrays…), the largest strings with their length and first characters, and the total.
 */
export function summariseHeap(snapshotText, top = 15) {
  const snapshot = JSON.parse(snapshotText);
  const {
    node_fields: fields,
    node_types: [types],
  } = snapshot.snapshot.meta;
  const width = fields.length;
  const at = (name) => fields.indexOf(name);
  const [typeAt, nameAt, sizeAt] = [at('type'), at('name'), at('self_size')];
  const { nodes, strings } = snapshot;
  const totals = new Map();
  const largeStrings = [];
  let total = 0;
  for (let index = 0; index < nodes.length; index += width) {
    const type = types[nodes[index + typeAt]];
    const size = nodes[index + sizeAt];
    const name = strings[nodes[index + nameAt]];
    total += size;
    const key = type === 'object' || type === 'closure' ? `${type} ${name}` : type;
    const entry = totals.get(key) ?? { size: 0, count: 0 };
    entry.size += size;
    entry.count += 1;
    totals.set(key, entry);
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
      largeStrings.push({ size, type, text: name });
  }
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const lines = [`heap snapshot: ${mb(total)} in ${(nodes.length / width).toLocaleString('en')} nodes`];
  for (const [key, { size, count }] of [...totals.entries()]
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, top))
    lines.push(`  ${mb(size).padStart(9)}  ${String(count).padStart(7)} × ${key}`);
  lines.push('largest strings:');
  for (const { size, type, text } of largeStrings.sort((a, b) => b.size - a.size).slice(0, 8))
    lines.push(`  ${mb(size).padStart(9)}  ${type}, ${JSON.stringify(text.slice(0, 60))}`);
  return lines.join('\n');
}
