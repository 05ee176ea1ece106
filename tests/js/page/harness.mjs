// Test harness for the page: a tiny static server for build/web and a
// Chromium (Debian's, through playwright-core) with strict page checks:
// console errors, uncaught exceptions, dialogs and any request to another
// origin are recorded so each test can fail on them.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// CORROBORATE_WEB_DIR serves another assembled copy (e.g. a debug build of the page).
export const WEB_DIR = path.resolve(process.env.CORROBORATE_WEB_DIR || path.join(ROOT, 'build', 'web'));
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function checkBuilt() {
  const needed = ['index.html', 'app.js', 'worker.js', 'lib/index.js'];
  const missing = needed.filter((f) => !fs.existsSync(path.join(WEB_DIR, f)));
  if (missing.length) {
    throw new Error(`build/web is missing ${missing.join(', ')}: run scripts/build.sh wasm && scripts/build-web.sh first (scripts/test.sh does both)`);
  }
}

// Serves WEB_DIR on 127.0.0.1 at a free port; resolves to {server, origin}.
export function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.normalize(path.join(WEB_DIR, rel));
    if (!file.startsWith(WEB_DIR + path.sep)) { res.writeHead(403).end(); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, { 'content-type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ server, origin: `http://127.0.0.1:${server.address().port}` });
  }));
}

// playwright-core's launch() already uses a fresh temporary profile per browser.
export async function launch() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return { browser, cleanup: () => {} };
}

// Opens the page in a fresh context. Returns {page, context, problems} where
// problems collects console errors, page errors, dialogs and foreign requests.
// The offline service worker is blocked unless a test asks for it (offline: true):
// its precache would double every page's downloads.
export async function openPage(browser, origin, { colorScheme = 'light', viewport = { width: 1280, height: 900 }, clipboard = false, offline = false } = {}) {
  const context = await browser.newContext({ colorScheme, viewport, acceptDownloads: true, serviceWorkers: offline ? 'allow' : 'block' });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const problems = { console: [], pageErrors: [], dialogs: [], foreign: [] };
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) problems.foreign.push(url);
  });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') problems.console.push(msg.text()); });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('dialog', (dialog) => { problems.dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  page.on('worker', (worker) => worker.on('console', (msg) => { if (msg.type() === 'error') problems.console.push(`worker: ${msg.text()}`); }));
  await page.goto(`${origin}/`);
  await waitForEngine(page);
  return { page, context, problems };
}

// Waits until the worker has loaded the WASM engine; fails with the page's own
// message when it could not (e.g. a .wasm that does not match its glue code).
export async function waitForEngine(page) {
  await page.waitForFunction(() => document.getElementById('version').textContent.trim() !== 'corroborate'
    || !document.getElementById('error').hidden, null, { timeout: 30000 });
  const error = await page.evaluate(() => (document.getElementById('error').hidden ? '' : document.getElementById('error').textContent));
  if (error) throw new Error(`the page could not start its engine: ${error}`);
}

export function assertClean(assert, problems) {
  assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(problems.dialogs, [], 'dialogs');
  assert.deepEqual(problems.foreign, [], 'requests to another origin');
}

// The page's run counter; pass it to waitForRun after the action that starts a run.
export function runCount(page) {
  return page.evaluate(() => window.corroboratePage.state.run);
}

// Waits until a run newer than `before` has ended (result or error).
export async function waitForRun(page, before, timeout = 30000) {
  await page.waitForFunction((n) => {
    const s = window.corroboratePage.state;
    return s.run > n && !s.running;
  }, before, { timeout });
}

export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
