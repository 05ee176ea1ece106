// Extraction throughput in Node on the same pages as bench_extract, single thread.
//   node bench/node_extract.mjs --engine wasm|readability --kind html|text DIR... [--min-seconds S] [--limit N]
//     [--package DIR]   (wasm: the folder with index.js and dist/, default js/; e.g. a copy of
//                        js/index.js next to another build's output)
// wasm: the npm package (js/index.js, the WebAssembly build), bytes in, JSON out.
// readability: Mozilla Readability on a linkedom document (HTML only), the
// reference most JS projects use. Prints one JSON line like bench_extract.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : def; };
const engine = opt('--engine', 'wasm');
const kind = opt('--kind', 'html');
const minSeconds = Number(opt('--min-seconds', '2'));
const limit = Number(opt('--limit', 'Infinity'));
const pkg = path.resolve(opt('--package', path.join(root, 'js')));
const pages = [];
let bytes = 0;
for (const dir of args) {
  let fromDir = 0;  // --limit applies to every folder, like bench_extract
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.startsWith('.') || fromDir++ >= limit) continue;
    const buf = fs.readFileSync(path.join(dir, name));
    bytes += buf.length;
    pages.push(buf);
  }
}
if (!pages.length) { console.error('no pages found'); process.exit(1); }

let run;
if (engine === 'wasm') {
  const lib = await import(path.join(pkg, 'index.js'));
  await lib.init();
  const options = { format: kind };
  run = (page) => { try { return lib.extract(new Uint8Array(page.buffer, page.byteOffset, page.length), options).text.length; } catch { return -1; } };
} else if (engine === 'readability') {
  if (kind !== 'html') { console.log(JSON.stringify({ engine, kind, skipped: 'HTML only' })); process.exit(0); }
  const mod = await import(path.join(root, 'node_modules/@mozilla/readability/index.js'));
  const Readability = mod.Readability || mod.default.Readability;
  const { parseHTML } = await import(path.join(root, 'node_modules/linkedom/esm/index.js'));
  const texts = pages.map((p) => p.toString('utf8'));  // decoding is not timed for either engine's benefit
  const index = new Map(pages.map((p, i) => [p, texts[i]]));
  run = (page) => {
    try {
      const { document } = parseHTML(index.get(page));
      const art = new Readability(document).parse();
      return art ? art.textContent.length : -1;
    } catch { return -1; }
  };
} else {
  console.error(`unknown engine ${engine}`);
  process.exit(2);
}

let failed = 0, kept = 0;
for (const p of pages) { const n = run(p); if (n < 0) failed++; else kept += n; }  // warm-up
let passes = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();  // CPU time: robust when other work shares the machine
let elapsed = 0;
while (elapsed < minSeconds) {
  for (const p of pages) run(p);
  passes++;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
}
const n = pages.length * passes;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
console.log(JSON.stringify({
  engine, kind, pages: pages.length, mean_kb: +(bytes / 1024 / pages.length).toFixed(1), passes,
  seconds: +elapsed.toFixed(3), pages_per_s: +(n / elapsed).toFixed(1), mb_per_s: +(bytes * passes / elapsed / 1e6).toFixed(1),
  cpu_seconds: +cpu.toFixed(3), cpu_pages_per_s: +(n / cpu).toFixed(1), cpu_mb_per_s: +(bytes * passes / cpu / 1e6).toFixed(1),
  failed, kept_kb: +(kept / 1024 / pages.length).toFixed(1),
}));
