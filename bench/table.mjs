// Reads bench JSON lines (bench_extract / node_extract.mjs) on stdin and prints
// the throughput table with the ratio to Readability and the floors.
import fs from 'node:fs';

const rows = fs.readFileSync(0, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const FLOORS = { 'native html': 1000, 'wasm html': 500, 'native text': 5000 };
const ref = rows.find((r) => r.engine === 'readability' && r.kind === 'html' && r.pages_per_s);
// Ratios and floors use CPU-time rates (wall-clock rates shown too): on a
// shared machine, wall time measures the neighbours as much as the code.
const pad = (s, n) => String(s).padStart(n);
console.log('| engine | input | pages | mean KB | pages/s (CPU) | MB/s (CPU) | pages/s (wall) | × Readability (CPU) | floor (pages/s) | meets floor (CPU) |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  if (r.skipped) continue;
  const key = `${r.engine} ${r.kind}`;
  const ratio = ref && r.kind === 'html' ? (r.cpu_pages_per_s / ref.cpu_pages_per_s).toFixed(1) : '–';
  const floor = FLOORS[key];
  console.log(`| ${r.engine} | ${r.kind} | ${r.pages} | ${r.mean_kb} | ${pad(r.cpu_pages_per_s, 8)} | ${r.cpu_mb_per_s} | ${r.pages_per_s} | ${ratio} | ${floor ?? '–'} | ${floor ? (r.cpu_pages_per_s >= floor ? 'yes' : 'NO') : '–'} |`);
}
// The WASM build should run at least half as fast as the native one on the
// same pages (CPU time); anything far below points at the JS/WASM boundary.
const HALF = 0.5;
for (const kind of ['html', 'text']) {
  const native = rows.find((r) => r.engine === 'native' && r.kind === kind && r.cpu_pages_per_s);
  const wasm = rows.find((r) => r.engine === 'wasm' && r.kind === kind && r.cpu_pages_per_s);
  if (!native || !wasm) continue;
  const ratio = wasm.cpu_pages_per_s / native.cpu_pages_per_s;
  console.log(`\nWASM / native ${kind} (CPU): ${ratio.toFixed(2)} (target ≥ ${HALF}: ${ratio >= HALF ? 'yes' : 'NO'})`);
}
