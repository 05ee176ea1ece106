// The package through a bundler: a tiny page importing 'corroborate' is built
// with Vite (npm devDependency), served from 127.0.0.1 and run in Debian's
// Chromium (playwright-core). Checks that the .wasm is found via
// new URL(..., import.meta.url) after bundling, in the page and in a Worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

// Vite 8 needs Node >= 20.19; Debian's own Node 18 cannot run it.
const [major, minor] = process.versions.node.split('.').map(Number);
const skip = major < 20 || (major === 20 && minor < 19) ? `Vite needs Node >= 20.19 (this is ${process.version})`
  : !fs.existsSync(CHROMIUM) ? 'no /usr/bin/chromium'
  : false;

let work;

// The files npm would ship, copied as an installed dependency of the app.
function installPackage(app) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const dest = path.join(app, 'node_modules/corroborate');
  for (const entry of [...pkg.files, 'package.json']) {
    const from = path.join(ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dest, entry), { recursive: true });
  }
}

const ARTICLES = `[
  'The harbour of Velmora reopened on Tuesday after a three-day storm closure, harbour master Ilse Marwen said. About 40 ships had waited outside.',
  'Velmora harbour opened again on Tuesday, three days after the storm, harbour master Ilse Marven said. Some 42 ships had waited at anchor.',
]`;

before(() => {
  if (skip) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-vite-'));
  const app = path.join(work, 'app');
  fs.mkdirSync(app);
  installPackage(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));
  fs.writeFileSync(path.join(app, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>t</title><p id="page"></p><p id="worker"></p><script type="module" src="./main.js"></script>');
  fs.writeFileSync(path.join(app, 'main.js'), `
    import { init, compare } from 'corroborate';
    await init();
    const r = compare(${ARTICLES});
    document.getElementById('page').textContent = 'page ' + r.sources.length + ' ' + r.findings.length;
    const w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    w.onmessage = (e) => { document.getElementById('worker').textContent = e.data; };
    w.onerror = (e) => { document.getElementById('worker').textContent = 'error ' + e.message; };`);
  fs.writeFileSync(path.join(app, 'worker.js'), `
    import { init, compare } from 'corroborate';
    await init();
    const r = compare(${ARTICLES});
    postMessage('worker ' + r.sources.length + ' ' + r.findings.length);`);
  fs.writeFileSync(path.join(app, 'vite.config.js'),
    "export default { logLevel: 'warn', build: { target: 'es2022' }, worker: { format: 'es' } };");
  const r = spawnSync(process.execPath, [VITE, 'build'], { cwd: app, encoding: 'utf8' });
  assert.equal(r.status, 0, `vite build failed:\n${r.stdout}${r.stderr}`);
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function serve(dir) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dir, rel.endsWith('/') ? rel + 'index.html' : rel);
    fs.readFile(file, (err, data) => {
      if (err || !file.startsWith(dir)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream' }).end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('a Vite build of a page using the package runs in Chromium (page and Worker)', { skip, timeout: 120000 }, async () => {
  const dist = path.join(work, 'app/dist');
  const emitted = fs.readdirSync(path.join(dist, 'assets'));
  assert.ok(emitted.some((f) => f.endsWith('.wasm')), `Vite emitted the .wasm (${emitted.join(', ')})`);
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (req) => { if (!req.url().startsWith(origin)) problems.push(`foreign request ${req.url()}`); });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.getElementById('page').textContent && document.getElementById('worker').textContent,
      null, { timeout: 60000 });
    const pageText = await page.textContent('#page');
    const workerText = await page.textContent('#worker');
    assert.match(pageText, /^page 2 [1-9]\d*$/);
    assert.equal(workerText, pageText.replace('page', 'worker'));
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.close();
  }
});
