#!/usr/bin/env bash
# The main job: set up, build the WASM module, assemble the page and serve it
# on http://127.0.0.1:$PORT/ (default 8080). Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"

bash scripts/setup.sh
bash scripts/build.sh wasm
bash scripts/build-web.sh

echo
echo "corroborate page: http://127.0.0.1:${PORT}/"
echo
exec python3 -m http.server --bind 127.0.0.1 --directory build/web "$PORT"
