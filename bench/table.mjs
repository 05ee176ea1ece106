// Reads bench JSON lines (bench_extract / node_extract.mjs) on stdin and prints
// the throughput table with the ratio to Readability and the floors.
import fs from 'node:fs';

const rows = fs.readFileSync(0, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const FLOORS = { 'native html': 1000, 'wasm html': 500, 'native text': 5000 };
const ref = rows.find((r) => r.engine === 'readability' && r.kind === 'html' && r.pages_per_s);
const pad = (s, n) => String(s).padStart(n);
console.log('| engine | input | pages | mean KB | pages/s | MB/s | × Readability | floor (pages/s) | meets floor |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  if (r.skipped) continue;
  const key = `${r.engine} ${r.kind}`;
  const ratio = ref && r.kind === 'html' ? (r.pages_per_s / ref.pages_per_s).toFixed(1) : '–';
  const floor = FLOORS[key];
  console.log(`| ${r.engine} | ${r.kind} | ${r.pages} | ${r.mean_kb} | ${pad(r.pages_per_s, 8)} | ${r.mb_per_s} | ${ratio} | ${floor ?? '–'} | ${floor ? (r.pages_per_s >= floor ? 'yes' : 'NO') : '–'} |`);
}
