// compare() time in Node through the npm package (js/index.js, the WebAssembly
// build) for growing numbers of articles about one story: the WASM side of
// bench_scaling's compare points (same generated articles).
//   node bench/node_compare.mjs DIR [--counts 2,10,50,200] [--min-seconds S]
// DIR holds the articles (bench_extract --generate story DIR N); the first n
// files in name order are compared. Prints one JSON line per count.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : def; };
const counts = opt('--counts', '2,10,50,200').split(',').map(Number);
const minSeconds = Number(opt('--min-seconds', '1'));
const dir = args[0];
if (!dir) { console.error('usage: node bench/node_compare.mjs DIR [--counts 2,10,50] [--min-seconds S]'); process.exit(2); }
const files = fs.readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
const lib = await import(path.join(root, 'js/index.js'));
await lib.init();

for (const n of counts) {
  if (n > files.length) { console.log(JSON.stringify({ engine: 'wasm', articles: n, skipped: `only ${files.length} files` })); continue; }
  const articles = files.slice(0, n).map((name, i) => ({ id: `a${i}`, content: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));
  const report = lib.compare(articles);  // warm-up; also the size of the result
  let runs = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < minSeconds || runs < 3) {
    lib.compare(articles);
    runs++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({
    engine: 'wasm', articles: n, runs, ms_per_compare: +(elapsed * 1000 / runs).toFixed(1),
    cpu_ms_per_compare: +((c.user + c.system) / 1000 / runs).toFixed(1), findings: report.findings.length,
  }));
}
