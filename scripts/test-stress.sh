#!/usr/bin/env bash
# The whole Vitest suite three times in a row while a second copy of the suite runs alongside,
# as on a busy CI machine; prints each run's `N passed, N failed`. Extra arguments go to both
# copies (e.g. `pnpm test:stress --project node`). STRESS_RUNS changes the number of runs.
#
# The copy alongside leaves out the projects whose global setup builds into a fixed directory
# (e2e, widget, consumers): two builds into one directory would test the disk, not the suite.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || exit 1

runs="${STRESS_RUNS:-3}"
out="$(mktemp -d "${TMPDIR:-/tmp}/agent-chat-stress.XXXXXX")"
load_projects=(--project node --project react --project ui --project ui-browser --project storybook)
# With --project given, both copies run just that; the consumer apps are built only if needed.
needs_consumers=1
for arg in "$@"; do [ "$arg" = "--project" ] && load_projects=() && needs_consumers=0; done
for arg in "$@"; do [ "$arg" = "consumers" ] && needs_consumers=1; done

if [ "$needs_consumers" = 1 ] && [ "${AGENT_CHAT_CONSUMERS_READY:-}" != "1" ] &&
  [ "${AGENT_CHAT_CONSUMERS_READY:-}" != "failed" ]; then
  echo "› consumer apps (pack, npm install, build), once for every run"
  if bash scripts/consumer-apps.sh >"$out/consumer-apps.log" 2>&1; then
    export AGENT_CHAT_CONSUMERS_READY=1
  else
    export AGENT_CHAT_CONSUMERS_READY=failed
    echo "  failed: see $out/consumer-apps.log"
  fi
fi

# The load: the suite again and again until the measured runs are over. `setsid` gives it a
# process group of its own, so that it can be stopped whole at the end, and nothing else with it.
setsid bash -c '
  round=0
  while :; do
    round=$((round + 1))
    pnpm -s vitest run --reporter=json --outputFile.json="$0/load-$round.json" "${@:1}" >"$0/load-$round.log" 2>&1
  done
' "$out" "${load_projects[@]}" "$@" &
load_pid=$!
stop_load() { kill -TERM -- "-$load_pid" 2>/dev/null; wait "$load_pid" 2>/dev/null; }
trap 'stop_load; exit 130' INT TERM

status=0
summary=()
for run in $(seq 1 "$runs"); do
  echo "› run $run of $runs (with a second copy of the suite alongside)"
  started=$SECONDS
  pnpm -s vitest run --reporter=dot --reporter=json --outputFile.json="$out/run-$run.json" "$@" \
    >"$out/run-$run.log" 2>&1
  totals="$(node scripts/test-totals.mjs "$out/run-$run.json")" || status=1
  line="run $run: $totals ($((SECONDS - started)) s)"
  summary+=("$line")
  echo "  $line"
  grep -E '^ (FAIL|×)|✗|× ' "$out/run-$run.log" | head -20 | sed 's/^/    /'
done

stop_load
trap - INT TERM
echo "› load alongside"
for report in "$out"/load-*.json; do
  [ -f "$report" ] || continue
  echo "  $(basename "$report" .json): $(node scripts/test-totals.mjs "$report")"
done
echo "› totals"
printf '  %s\n' "${summary[@]}"
echo "  logs and reports: $out"
exit $status
