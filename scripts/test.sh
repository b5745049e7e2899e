#!/usr/bin/env bash
# Runs every check and test of the kit; ends with `N passed, N failed` from Vitest's own totals.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || exit 1

status=0
echo "› lint";      pnpm -s lint || status=1
echo "› typecheck"; pnpm -s typecheck || status=1
echo "› build";     pnpm -s build || status=1
echo "› publint";   pnpm -s publint || status=1
echo "› consumer apps (pack, npm install, build: examples/vite-app, examples/next-app)"
if bash scripts/consumer-apps.sh; then
  export AGENT_CHAT_CONSUMERS_READY=1 # the vitest project `consumers` serves and checks them
else
  export AGENT_CHAT_CONSUMERS_READY=failed status=1
fi

echo "› tests"
rm -f .vitest-report.json
pnpm -s vitest run --reporter=default --reporter=json --outputFile.json=.vitest-report.json "$@" || status=1
node scripts/test-totals.mjs .vitest-report.json || status=1
exit $status
