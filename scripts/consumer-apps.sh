#!/usr/bin/env bash
# The kit as someone else's app gets it: packs every publishable package, installs the tarballs
# with npm into examples/vite-app (Vite, no Tailwind) and examples/next-app (Next.js App Router
# with its own Tailwind), outside the pnpm workspace, and builds both apps. Nothing is kept from
# an earlier run. With --test it then runs their browser checks and the size budget (the vitest
# project `consumers`, which `npm test` runs with every other project).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(client react ui proxy mock-server)
APPS=(vite-app next-app)
packs=examples/.packs

for pkg in "${PACKAGES[@]}"; do
  if [ ! -f "packages/$pkg/dist/index.js" ]; then pnpm -s build; break; fi
done

echo "› packing ${PACKAGES[*]}"
rm -rf "$packs" && mkdir -p "$packs"
for pkg in "${PACKAGES[@]}"; do
  # pnpm pack rewrites workspace:* ranges; the version-free name is what the apps' overrides name.
  file=$(cd "packages/$pkg" && pnpm pack --pack-destination "$PWD/../../$packs" | grep -E '\.tgz$' | tail -n 1)
  mv "$packs/$(basename "$file")" "$packs/agent-chat-$pkg.tgz"
done

echo "› installing the tarballs into ${APPS[*]} (npm; ${SECONDS}s so far)"
pids=()
for app in "${APPS[@]}"; do
  rm -rf "examples/$app/node_modules" "examples/$app/package-lock.json" "examples/$app/dist" "examples/$app/.next"
  (cd "examples/$app" && npm install --prefer-offline --no-audit --no-fund --loglevel=error >"../.packs/$app-install.log" 2>&1) &
  pids+=($!)
done
for index in "${!pids[@]}"; do
  if ! wait "${pids[$index]}"; then
    cat "$packs/${APPS[$index]}-install.log" >&2
    echo "npm install failed in examples/${APPS[$index]}" >&2
    exit 1
  fi
done

echo "› building examples/vite-app (${SECONDS}s so far)"
(cd examples/vite-app && npx vite build --logLevel warn)
echo "› building examples/next-app (${SECONDS}s so far)"
(cd examples/next-app && NEXT_TELEMETRY_DISABLED=1 npx next build >"../.packs/next-build.log" 2>&1) || {
  cat "$packs/next-build.log" >&2
  exit 1
}

echo "› consumer apps ready in ${SECONDS}s"

if [ "${1:-}" = "--test" ]; then
  AGENT_CHAT_CONSUMERS_READY=1 pnpm -s vitest run --project consumers
fi
