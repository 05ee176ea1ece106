#!/usr/bin/env bash
# Assembles the static site into build/web/ (run scripts/build.sh wasm first):
#   build/web/            ← web/* (index.html, app.js, worker.js, style.css)
#   build/web/lib/        ← the npm package entry js/index.js + js/dist/* (the worker imports ./lib/index.js)
#   build/web/samples/    ← samples/ (the built-in sample story)
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/web

for f in js/index.js js/dist/corroborate-wasm.mjs js/dist/corroborate-wasm.wasm; do
  [ -f "$f" ] || { echo "build-web: $f is missing: run scripts/build.sh wasm first" >&2; exit 1; }
done
[ -d web ] || { echo "build-web: web/ is missing" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/lib/dist"
cp -R web/. "$out/"
cp js/index.js "$out/lib/"
cp js/dist/corroborate-wasm.mjs js/dist/corroborate-wasm.wasm "$out/lib/dist/"
if [ -d samples ]; then cp -R samples "$out/samples"; fi
echo "build-web: $out ($(find "$out" -type f | wc -l) files)"
