#!/usr/bin/env bash
# Starts the demo app on the embedded mock server (or the upstream set by AGENT_CHAT_* variables).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec pnpm --filter demo dev --host "${HOST:-127.0.0.1}" --port "${PORT:-5173}" --strictPort
