#!/usr/bin/env bash
# Installs what corroborate's builds and tests need, and nothing when all is
# there (then it takes well under a second). Idempotent.
#   - Debian packages (apt, when root; otherwise prints the exact command)
#   - npm devDependencies (`npm ci`) when node_modules is missing or older
#     than package-lock.json
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian package → a command or file proving it is there (a cheap check first,
# dpkg-query only for what the cheap check misses).
APT_PACKAGES=(
  cmake g++ make python3 ca-certificates
  catch2 libsimdjson-dev          # unit tests, native JSON
  emscripten binaryen             # the WASM build
  chromium chromium-driver        # the page test (playwright-core drives Debian's Chromium)
  clang-14 libclang-rt-14-dev lld-14  # libFuzzer and sanitizer builds
)
NODE_MIN_MAJOR=18

missing=()
installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${APT_PACKAGES[@]}" 2>/dev/null || true)"
for pkg in "${APT_PACKAGES[@]}"; do
  grep -q "^${pkg} ii" <<<"$installed" || missing+=("$pkg")
done

# Node: any Node >= 18 with npm will do (this machine's comes from nodesource,
# a fresh Debian gets its own nodejs + npm). Do not ask apt for Debian's npm
# when a Node with a bundled npm is already installed: they conflict.
node_ok=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  [ "$major" -ge "$NODE_MIN_MAJOR" ] && node_ok=1
fi
[ "$node_ok" = 1 ] || missing+=(nodejs npm)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing Debian packages. Run as root:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# npm ci when node_modules is absent or older than the lockfile (npm writes
# node_modules/.package-lock.json on every install).
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ ! -f node_modules/@nozbe/simdjson/src/simdjson.cpp ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# (No `em++ --version` here: it starts Python and costs seconds on a busy machine.)
echo "setup: ok (node $(node --version), $(cmake --version | head -1))"
