#!/usr/bin/env bash
# Starts the demo app on the embedded mock server (or the upstream set by AGENT_CHAT_* variables)
# and prints its URL. The first run installs what is missing; later runs start in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# Vite's config loads the proxy plugin (and the embedded mock server) through Node, which reads
# the packages' dist/: build them first (turbo answers from its cache when nothing changed).
echo "› building the packages"
pnpm exec turbo run build --filter='./packages/*' --output-logs=errors-only

HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-5173}"
echo "› starting the demo on http://$HOST:$PORT/"
exec pnpm --filter demo dev --host "$HOST" --port "$PORT" --strictPort
