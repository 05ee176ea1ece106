// js/cli.mjs (the npm bin, on the WASM build): commands, exit codes, JSONL,
// globs, --demo; and byte-identical output to the native CLI when
// build/cli/corroborate exists (scripts/build.sh native).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { coastline, quayside, tideline } from './support/articles.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'js/cli.mjs');
const NATIVE = path.join(ROOT, 'build/cli/corroborate');
const HAS_NATIVE = fs.existsSync(NATIVE);
const HAS_SAMPLE = fs.existsSync(path.join(ROOT, 'samples/sample-story/story.json'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
const files = {
  coastline: path.join(dir, 'coastline.txt'),
  tideline: path.join(dir, 'tideline.txt'),
  quayside: path.join(dir, 'quayside.html'),
};
fs.writeFileSync(files.coastline, coastline);
fs.writeFileSync(files.tideline, tideline);
fs.writeFileSync(files.quayside, quayside);
fs.writeFileSync(path.join(dir, 'empty.txt'), '');
const jsonl = [
  JSON.stringify({ id: 'a1', text: coastline }),
  '',
  JSON.stringify({ id: 2, html: quayside, name: 'Quayside Post' }),
  '{"id":"broken", "text": ',
  'not json at all',
  JSON.stringify({ id: 'empty', text: '' }),
  JSON.stringify({ id: 'a3', content: tideline }),
].join('\n') + '\n';
fs.writeFileSync(path.join(dir, 'in.jsonl'), jsonl);

function wasmCli(args, input) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 28 });
}
function nativeCli(args, input) {
  return spawnSync(NATIVE, args, { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 28 });
}

test('--help shows usage, examples and exit codes', () => {
  const r = wasmCli(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Usage:/);
  assert.match(r.stdout, /Examples:/);
  assert.match(r.stdout, /Exit codes:/);
  assert.match(wasmCli(['--version']).stdout, /^corroborate \d+\.\d+\.\d+\n$/);
});

test('extract prints the main text; --json the extraction; - reads stdin', () => {
  const r = wasmCli(['extract', 'coastline.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /harbour of Velmora reopened/);
  assert.doesNotMatch(r.stdout, /Subscribe to our newsletter/);
  const j = wasmCli(['extract', '--json', 'quayside.html']);
  assert.equal(j.status, 0, j.stderr);
  const x = JSON.parse(j.stdout);
  assert.equal(x.format, 'html');
  assert.match(x.text, /three-day closure/);
  const s = wasmCli(['extract', '--text', '-'], tideline);
  assert.equal(s.status, 0, s.stderr);
  assert.match(s.stdout, /Velmora opened again/);
});

test('exit codes: 1 for input errors, 2 for usage errors, 3 for partial', () => {
  const missing = wasmCli(['extract', 'no-such-file.txt']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot open no-such-file\.txt/);
  const empty = wasmCli(['extract', 'empty.txt']);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /empty_input/);
  assert.equal(wasmCli([]).status, 2);
  assert.equal(wasmCli(['frobnicate']).status, 2);
  assert.equal(wasmCli(['extract', '--frob', 'x']).status, 2);
  assert.equal(wasmCli(['extract', 'a', 'b']).status, 2);
  assert.equal(wasmCli(['extract', '--options', '{"format":"pdf"}', 'coastline.txt']).status, 1);
  const partial = wasmCli(['compare', '--json', 'coastline.txt', 'empty.txt', 'tideline.txt']);
  assert.equal(partial.status, 3, partial.stderr);
  assert.equal(JSON.parse(partial.stdout).sources.length, 3);
});

test('compare reads files and globs, Markdown by default, --json for schema v1', () => {
  const md = wasmCli(['compare', 'coastline.txt', 'tideline.txt', 'quayside.html']);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /^#/);
  const json = wasmCli(['compare', '--json', '*.txt', 'quayside.html']);  // the glob is not expanded by a shell here
  assert.equal(json.status, 3, json.stderr);  // *.txt includes empty.txt: partial
  const report = JSON.parse(json.stdout);
  assert.equal(report.schema_version, 1);
  assert.deepEqual(report.sources.map((s) => s.name), ['coastline.txt', 'empty.txt', 'tideline.txt', 'quayside.html']);
});

test('extract --jsonl: one line out per line in, in order; bad lines become error lines', () => {
  const r = wasmCli(['extract', '--jsonl'], jsonl);
  assert.equal(r.status, 3, r.stderr);
  const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ['a1', '2', 'broken', null, 'empty', 'a3']);
  assert.deepEqual(out.map((o) => o.ok), [true, true, false, false, false, true]);
  assert.equal(out[1].name, 'Quayside Post');
  assert.equal(out[2].error.code, 'invalid_json');
  assert.equal(out[4].error.code, 'empty_input');
  assert.match(out[5].text, /Velmora opened again/);
  assert.match(r.stderr, /line 4 \(id broken\): invalid_json/);
  assert.match(r.stderr, /3 of 6 lines failed/);
});

test('--demo compares the built-in sample story', { skip: !HAS_SAMPLE && 'samples/sample-story missing' }, () => {
  const r = wasmCli(['--demo', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.ok(report.sources.length >= 3);
  assert.ok(report.findings.length > 0);
});

const SAME_AS_NATIVE = [
  ['--help'],  // both tools print cli/help.txt: this checks they still do
  ['--version'],
  ['extract', 'coastline.txt'],
  ['extract', '--json', 'quayside.html'],
  ['extract', '--json', '--text', 'tideline.txt'],
  ['extract', 'empty.txt'],
  ['extract', 'missing.txt'],
  ['extract', '--jsonl', 'in.jsonl'],
  ['compare', '--json', 'coastline.txt', 'tideline.txt', 'quayside.html'],
  ['compare', '--md', 'coastline.txt', 'tideline.txt', 'quayside.html'],
  ['compare', '--json', 'coastline.txt', 'empty.txt'],
  ['compare', '--json', '--options', '{"max_findings_per_kind":2,"include_unique":false}', 'coastline.txt', 'tideline.txt'],
  ['--demo', '--json'],
  ['--demo'],
  ['compare', '--bogus'],
  ['extract', '--options', '{"align_threshold":7}', 'coastline.txt'],
];

for (const args of SAME_AS_NATIVE) {
  test(`same output as the native CLI: ${args.join(' ')}`, { skip: !HAS_NATIVE && 'build/cli/corroborate not built' }, () => {
    const w = wasmCli(args);
    const n = nativeCli(args);
    assert.equal(w.status, n.status, `exit code (wasm stderr: ${w.stderr})`);
    assert.equal(w.stderr, n.stderr);
    const wl = w.stdout.split('\n');
    const nl = n.stdout.split('\n');
    assert.equal(wl.length, nl.length, 'number of output lines');
    wl.forEach((line, i) => assert.ok(line === nl[i], `output line ${i + 1} differs:\nwasm:   ${line.slice(0, 400)}\nnative: ${nl[i].slice(0, 400)}`));
  });
}
