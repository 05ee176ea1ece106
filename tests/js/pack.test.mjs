// The package as users get it: `npm pack`, install the tarball into an empty
// folder (offline: it has no dependencies), then use it from there: ESM
// import, import() from CommonJS, the bin, the README's examples, and a
// `tsc --strict` type-check against index.d.ts (node16 and bundler resolution).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const NPM_ENV = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

let work;   // temp folder
let app;    // the consumer project
let packed; // npm pack --json result

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, env: NPM_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
function node(args, cwd) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
}

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-pack-'));
  packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT))[0];
  app = path.join(work, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-package-lock', path.join(work, packed.filename)], app);
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the tarball ships exactly the package files', (t) => {
  const files = packed.files.map((f) => f.path).sort();
  t.diagnostic(`packed ${packed.size} bytes, unpacked ${packed.unpackedSize} bytes, ${files.length} files`);
  for (const needed of ['package.json', 'README.md', 'js/index.js', 'js/index.d.ts', 'js/cli.mjs', 'cli/help.txt',
    'js/dist/corroborate-wasm.mjs', 'js/dist/corroborate-wasm.wasm']) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  const allowed = /^(package\.json|README\.md|LICENSE|cli\/help\.txt|js\/(index\.js|index\.d\.ts|cli\.mjs|dist\/corroborate-wasm\.(mjs|wasm))|samples\/sample-story\/[^/]+)$/;
  for (const f of files) assert.match(f, allowed, `${f} should not ship`);
});

test('an installed copy imports, extracts and compares', () => {
  const script = `
    import { init, extract, compare, version, CorroborateError } from 'corroborate';
    await init();
    const text = 'The harbour of Velmora reopened on Tuesday after a three-day storm closure, officials said.';
    const x = extract(text);
    const r = compare([text, 'Velmora harbour opened again on Tuesday, three days after the storm, the port said.']);
    let code = '';
    try { extract(''); } catch (e) { code = e instanceof CorroborateError ? e.code : 'wrong type'; }
    console.log(JSON.stringify({ v: version(), text: x.text, sources: r.sources.length, code }));`;
  fs.writeFileSync(path.join(app, 'use.mjs'), script);
  const r = node(['use.mjs'], app);
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout);
  assert.match(got.v, /^\d+\.\d+\.\d+/);
  assert.match(got.text, /Velmora reopened/);
  assert.equal(got.sources, 2);
  assert.equal(got.code, 'empty_input');
});

test('import() works from CommonJS; require() is not supported (ESM only)', () => {
  fs.writeFileSync(path.join(app, 'use.cjs'), `
    import('corroborate').then(async (m) => { await m.init(); console.log(m.version()); });`);
  const r = node(['use.cjs'], app);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  fs.writeFileSync(path.join(app, 'require.cjs'), `
    try { require('corroborate'); console.log('loaded'); } catch (e) { console.log('refused ' + e.code); }`);
  assert.match(node(['require.cjs'], app).stdout, /^refused ERR_/);
});

test('the bin runs from the installed copy', () => {
  const bin = path.join(app, 'node_modules/.bin/corroborate');
  const help = spawnSync(bin, ['--help'], { cwd: app, encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /Usage:/);
  const demo = spawnSync(bin, ['--demo', '--json'], { cwd: app, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(demo.status, 0, demo.stderr);
  const report = JSON.parse(demo.stdout);
  assert.equal(report.schema_version, 1);
  assert.ok(report.findings.length > 0);
});

// Runs each ```js block of the README that imports 'corroborate' (the
// README's examples must work as written).
test("the README's examples run from the installed copy", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b.includes("from 'corroborate'"));
  assert.ok(blocks.length >= 1, 'README has runnable examples');
  blocks.forEach((code, i) => {
    const file = path.join(app, `readme-${i}.mjs`);
    fs.writeFileSync(file, code);
    const r = node([file], app);
    assert.equal(r.status, 0, `README example ${i + 1} failed:\n${code}\n${r.stderr}`);
  });
});

test('tsc --strict type-checks an example against index.d.ts', () => {
  const example = `
    import { init, extract, compare, CorroborateError, type Report, type Finding } from 'corroborate';
    await init();
    const x = extract('<p>text</p>', { format: 'html' });
    const title: string = x.title;
    const report: Report = compare([{ id: 'a', name: 'A', content: 'one' }, new Uint8Array([104, 105])], { include_unique: false });
    const conflicts: Finding[] = report.findings.filter((f) => f.kind === 'conflict');
    for (const f of conflicts) for (const ev of f.evidence) console.log(ev.span.u16_begin, ev.excerpt, title);
    try { extract(''); } catch (e) { if (e instanceof CorroborateError) console.log(e.code === 'empty_input'); }
    // @ts-expect-error format must be auto|html|text
    extract('x', { format: 'pdf' });
    export {};`;
  fs.writeFileSync(path.join(app, 'example.ts'), example);
  for (const [module, resolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
    const r = node([TSC, '--strict', '--noEmit', '--target', 'es2022', '--module', module,
      '--moduleResolution', resolution, '--lib', 'es2022,dom', 'example.ts'], app);
    assert.equal(r.status, 0, `${resolution}: ${r.stdout}${r.stderr}`);
  }
});

// The real outputs, pasted as object literals typed Report / Extraction:
// TypeScript's excess-property and missing-property checks then prove that
// index.d.ts describes exactly what the core writes.
test('index.d.ts matches the real report and extraction JSON', () => {
  const bin = path.join(app, 'node_modules/.bin/corroborate');
  const run = (args) => {
    const r = spawnSync(bin, args, { cwd: app, encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  const sample = path.join(app, 'node_modules/corroborate/samples/sample-story');
  const html = fs.readdirSync(sample).find((f) => f.endsWith('.html'));
  const source = [
    "import type { Report, Extraction } from 'corroborate';",
    `export const report: Report = ${run(['--demo', '--json'])};`,
    `export const extraction: Extraction = ${run(['extract', '--json', path.join(sample, html)])};`,
  ].join('\n');
  fs.writeFileSync(path.join(app, 'real-output.ts'), source);
  const r = node([TSC, '--strict', '--noEmit', '--target', 'es2022', '--module', 'node16',
    '--moduleResolution', 'node16', 'real-output.ts'], app);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`.slice(0, 4000));
});
