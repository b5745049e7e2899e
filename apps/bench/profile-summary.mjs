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
