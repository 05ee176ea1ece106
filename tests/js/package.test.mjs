// The npm package on the WASM build: init, extract, compare, errors as
// CorroborateError, a Worker, and the instance staying usable after errors.
// Needs js/dist/ (scripts/build.sh wasm). Run: node --test tests/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

import * as corroborate from '../../js/index.js';
import { CorroborateError, init, extract, compare, compareMarkdown, version } from '../../js/index.js';
import { coastline, quayside, story, tideline } from './support/articles.mjs';

const INDEX_URL = new URL('../../js/index.js', import.meta.url).href;

function throwsCode(fn, code) {
  assert.throws(fn, (e) => e instanceof CorroborateError && e.code === code && e.message.length > 0);
}

// Every evidence span must slice its excerpt out of its source's text, both as
// UTF-8 bytes (begin/end) and as UTF-16 units (what JavaScript slices).
function checkSpans(report) {
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  for (const f of report.findings) {
    assert.ok(f.evidence.length >= 1, `finding ${f.id} has evidence`);
    for (const ev of f.evidence) {
      const src = byId.get(ev.source);
      assert.ok(src, `evidence source ${ev.source} exists`);
      assert.equal(src.text.slice(ev.span.u16_begin, ev.span.u16_end), ev.excerpt, `${f.id} u16 span`);
      const bytes = encoder.encode(src.text).subarray(ev.span.begin, ev.span.end);
      assert.equal(decoder.decode(bytes), ev.excerpt, `${f.id} byte span`);
    }
  }
}

test('calling before init() throws not_initialized', () => {
  const code = `import('${INDEX_URL}').then((m) => {
    try { m.extract('x'); console.log('no error'); } catch (e) { console.log(e.name + ':' + e.code); }
  });`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(out.trim(), 'CorroborateError:not_initialized');
});

test('init() is idempotent and version() answers', async () => {
  const a = init();
  const b = init();
  assert.equal(a, b);
  await a;
  await init();
  assert.match(version(), /^\d+\.\d+\.\d+/);
  assert.equal(corroborate.default.extract, extract);
});

test('extract() of plain text drops boilerplate and keeps the article', async () => {
  await init();
  const x = extract(coastline);
  assert.equal(x.format, 'text');
  assert.match(x.text, /harbour of Velmora reopened on Tuesday/);
  assert.match(x.text, /every mooring/);
  assert.doesNotMatch(x.text, /Subscribe to our newsletter/);
  assert.doesNotMatch(x.text, /All rights reserved/);
  assert.doesNotMatch(x.text, /Skip to content/);
  assert.ok(x.removed.length >= 3, 'boilerplate lines are listed as removed');
  for (const b of x.removed) {
    assert.equal(b.kept, false);
    assert.notEqual(b.reason, 'none');
    assert.equal(b.span, null);
  }
  // Kept blocks' spans point into the main text.
  for (const b of x.blocks.filter((b) => b.kept)) {
    assert.equal(x.text.slice(b.span.u16_begin, b.span.u16_end), b.content);
  }
});

test('extract() of HTML reads the article, the title and the site name', async () => {
  await init();
  const x = extract(quayside);
  assert.equal(x.format, 'html');
  assert.match(x.text, /ending a three-day closure/);
  assert.doesNotMatch(x.text, /Fishing fleet counts storm losses/);
  assert.doesNotMatch(x.text, /All rights reserved/);
  assert.match(x.title, /Velmora port back in business/);
  assert.equal(x.site_name, 'Quayside Post');
});

test('extract() takes raw bytes: windows-1252 is detected and decoded', async () => {
  await init();
  // "Caf\xe9 owners \x93welcome\x94 the reopening" declared as windows-1252.
  const head = '<html><head><meta charset="windows-1252"><title>T</title></head><body><article><p>';
  const tail = '</p></article></body></html>';
  const body = [...'Caf'].map((c) => c.charCodeAt(0)).concat([0xe9], [...' owners '].map((c) => c.charCodeAt(0)),
    [0x93], [...'welcome'].map((c) => c.charCodeAt(0)), [0x94],
    [...' the reopening of the harbour after the long storm closure.'].map((c) => c.charCodeAt(0)));
  const bytes = new Uint8Array([...new TextEncoder().encode(head), ...body, ...new TextEncoder().encode(tail)]);
  const x = extract(bytes);
  assert.equal(x.encoding, 'windows-1252');
  assert.match(x.text, /Café owners “welcome” the reopening/);
});

// Invalid UTF-8 is either repaired (U+FFFD) or read as a legacy single-byte
// encoding (as browsers do); never an error, never lost text around it.
test('extract() reads invalid UTF-8 instead of failing', async () => {
  await init();
  const text = 'The harbour reopened on Tuesday after the storm, officials said. Ships entered at noon.';
  const bytes = new TextEncoder().encode(text);
  const broken = new Uint8Array(bytes.length + 2);
  broken.set(bytes.subarray(0, 20));
  broken.set([0xff, 0xc3], 20);  // a stray byte and a truncated sequence
  broken.set(bytes.subarray(20), 22);
  const x = extract(broken);
  assert.ok(x.repaired || x.encoding !== 'utf-8', `repaired=${x.repaired} encoding=${x.encoding}`);
  assert.match(x.text, /^The harbour reopened.+ on Tuesday after the storm/);
  assert.match(x.text, /Ships entered at noon/);
  // A long valid UTF-8 text with one bad byte stays UTF-8 and is repaired.
  const long = new TextEncoder().encode('Café “quoted” ’s – '.repeat(50) + 'The harbour reopened on Tuesday.');
  const one = new Uint8Array(long.length + 1);
  one.set(long.subarray(0, 40));
  one[40] = 0xff;
  one.set(long.subarray(40), 41);
  const y = extract(one, { format: 'text' });
  assert.equal(y.encoding, 'utf-8');
  assert.equal(y.repaired, true);
  assert.match(y.text, /\uFFFD/);
});

test('bad input gives CorroborateError and the instance stays usable', async () => {
  await init();
  throwsCode(() => extract(''), 'empty_input');
  throwsCode(() => extract('   \n\t  '), 'empty_input');
  const junk = new Uint8Array(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) & 0xff;  // binary noise with NULs
  throwsCode(() => extract(junk), 'binary_input');
  throwsCode(() => extract(coastline, { max_input_bytes: 10 }), 'input_too_large');
  throwsCode(() => extract(coastline, { format: 'pdf' }), 'invalid_argument');
  throwsCode(() => extract(42), 'invalid_argument');
  throwsCode(() => compare('not an array'), 'invalid_argument');
  throwsCode(() => compare([{ name: 'no content' }]), 'invalid_argument');
  throwsCode(() => compare([]), 'too_few_articles');
  // Still works after the errors.
  assert.match(extract(tideline).text, /Velmora opened again/);
});

test('compare() returns a schema v1 report with exact spans', async () => {
  await init();
  const report = compare(story);
  assert.equal(report.schema_version, 1);
  assert.match(report.generator, /^corroborate /);
  assert.deepEqual(report.sources.map((s) => s.id), ['coastline', 'tideline', 'quayside']);
  assert.deepEqual(report.sources.map((s) => s.name), ['Coastline Herald', 'Tideline Daily', 'Quayside Post']);
  assert.equal(report.summary.sources, 3);
  for (const s of report.sources) {
    assert.equal(s.error, null);
    assert.ok(s.text.length > 100);
    assert.ok(s.stats.sentences >= 2);
  }
  assert.ok(report.findings.length > 0, 'three tellings of one event give findings');
  const kinds = new Set(['conflict', 'quote_variant', 'name_variant', 'agreement', 'unique']);
  report.findings.forEach((f, i) => {
    assert.equal(f.id, `f${i + 1}`);
    assert.ok(kinds.has(f.kind), f.kind);
    assert.ok(f.summary.length > 0);
  });
  const counted = report.findings.filter((f) => f.kind === 'conflict').length;
  assert.equal(report.summary.conflicts, counted);
  checkSpans(report);
});

test('compare() takes plain strings and bytes, and numbers the sources', async () => {
  await init();
  const report = compare([coastline, new TextEncoder().encode(tideline)]);
  assert.deepEqual(report.sources.map((s) => s.id), ['s1', 's2']);
  checkSpans(report);
});

test('compare() of one article reports a warning, not an error', async () => {
  await init();
  const report = compare([coastline]);
  assert.equal(report.sources.length, 1);
  assert.ok(report.warnings.length >= 1);
});

test('compare() keeps going when one article is unreadable', async () => {
  await init();
  const report = compare([coastline, '', tideline]);
  assert.equal(report.sources.length, 3);
  assert.equal(report.sources[1].error.code, 'empty_input');
  assert.equal(report.sources[0].error, null);
});

test('compareMarkdown() gives the Markdown report', async () => {
  await init();
  const md = compareMarkdown(story);
  assert.match(md, /^#/);
  assert.match(md, /Coastline Herald/);
});

test('the package works inside a worker thread', async () => {
  const code = `
    import { parentPort } from 'node:worker_threads';
    const { init, compare } = await import(${JSON.stringify(INDEX_URL)});
    const { story } = await import(${JSON.stringify(new URL('./support/articles.mjs', import.meta.url).href)});
    await init();
    const r = compare(story);
    parentPort.postMessage({ sources: r.sources.length, findings: r.findings.length });`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
  const result = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  assert.equal(result.sources, 3);
  assert.ok(result.findings > 0);
});

test('init({wasmBinary}) uses the given bytes', async () => {
  const wasmPath = fileURLToPath(new URL('../../js/dist/corroborate-wasm.wasm', import.meta.url));
  const code = `import { readFileSync } from 'node:fs';
    const m = await import('${INDEX_URL}');
    await m.init({ wasmBinary: readFileSync(${JSON.stringify(wasmPath)}) });
    console.log(m.extract('The harbour reopened on Tuesday after the storm, officials said.').text);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.match(out, /harbour reopened on Tuesday/);
});
