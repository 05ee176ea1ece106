// extract() reads the core's result in packed form (wasm/bindings.cpp
// pack_extraction, js/index.js unpackExtraction) instead of parsing its JSON.
// The two must give the same object, key order included, for any input: this
// compares them on invented articles, the sample story and edge cases (non-BMP
// characters, entities, legacy encodings, invalid bytes, big inputs, options).
// Needs js/dist/ (scripts/build.sh wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';

import { CorroborateError, init, extract, _instance } from '../../js/index.js';
import { coastline, quayside, tideline } from './support/articles.mjs';

const SAMPLES = new URL('../../samples/sample-story/', import.meta.url);

// The reference: the core's JSON for the same input and options.
function viaJson(input, options) {
  const json = _instance().extract(input, options === undefined ? '' : JSON.stringify(options));
  return JSON.parse(json);
}

function same(input, options, what) {
  const want = viaJson(input, options);
  if (want.ok === false) {
    assert.throws(() => extract(input, options), (e) => e instanceof CorroborateError && e.code === want.error.code, what);
    return null;
  }
  const got = extract(input, options);
  assert.equal(JSON.stringify(got), JSON.stringify(want), `${what}: same JSON text`);
  assert.deepStrictEqual(got, want, what);
  return got;
}

const html = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const para = (s) => `<p>${s}</p>`;
const story = [
  'The ferry between Ostrava Point and the island of Kelmun resumed on Monday after a two-week strike, the operator said.',
  'Captain Rhoswen Adebayo-Lind said the crossing took 47 minutes and carried 312 passengers, "more than on any day this year".',
  'The union and the operator agreed on a 6.5% raise over two years; talks had stalled twice in March.',
];

test('packed extract() equals the JSON result on varied inputs', async () => {
  await init();
  const cases = [
    ['coastline text', coastline],
    ['tideline text', tideline],
    ['quayside html', quayside],
    ['non-BMP and CJK', html(`<nav><a href="/">Home</a> · <a href="/w">World</a></nav><article><h1>Kelmun 🚢 ferry back</h1>` +
      story.map(para).join('') + para('Passengers cheered 🎉🎉 at the pier; a sign read 欢迎回来 and «Bienvenue» — “welcome back”.') +
      '</article><footer>© 2026 Kelmun Courier 𝒦</footer>')],
    ['entities and nbsp', html('<article><h1>Fares &amp; timetables</h1>' + story.map(para).join('') +
      para('Tickets cost&nbsp;&euro;12&#160;each &#x1F6A2; &lt;return&gt; &quot;open&quot; &#128; &bogus; &amp') + '</article>')],
    ['metadata', html('<article><h1>Ferry resumes</h1><p class="byline">By Lia Torvenko and Max Oduya</p>' +
      '<time datetime="2026-03-16">16 March 2026</time>' + story.map(para).join('') + '</article>',
    '<title>Ferry resumes | Kelmun Courier</title><meta property="og:site_name" content="Kelmun Courier">' +
      '<meta name="description" content="The ferry is back."><link rel="canonical" href="https://kelmun.example/ferry">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Lia Torvenko"}],"datePublished":"2026-03-16T08:00:00Z"}</script>')],
    ['empty', ''],
    ['whitespace only', ' \n\t '],
    ['no text html', '<html><body><img src="x.png"></body></html>'],
  ];
  for (const [what, input] of cases) {
    same(input, undefined, what);
    same(new TextEncoder().encode(input), undefined, `${what} (bytes)`);
    same(input, { keep_all: true }, `${what} (keep_all)`);
  }
  for (const name of fs.readdirSync(SAMPLES)) {
    if (name.endsWith('.json')) continue;
    const bytes = fs.readFileSync(new URL(name, SAMPLES));
    const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const r = same(u8, undefined, name);
    // Restoring a removed block keeps it (and its content) in the packed form too.
    const removed = r.removed.find((b) => b.content.length > 0);
    if (removed) {
      const restored = same(u8, { restore: [removed.input_span.begin] }, `${name} (restore)`);
      assert.ok(restored.text.includes(removed.content), `${name}: restored block in the text`);
    }
    same(u8, { format: 'text' }, `${name} (as text)`);
  }
});

test('packed extract() on legacy encodings, invalid bytes and big inputs', async () => {
  await init();
  // windows-1252 curly quotes and é; UTF-16LE with BOM; invalid UTF-8 (repaired).
  const cp1252 = Uint8Array.from([...'Caf', 0xe9, ...' owner said ', 0x93, ...'we reopen', 0x94, ...' on Monday. ',
    ...story.join(' ')].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
  same(cp1252, undefined, 'windows-1252');
  const u16 = new Uint8Array(2 + story.join('\n\n').length * 2);
  u16[0] = 0xff; u16[1] = 0xfe;
  for (const [i, ch] of [...story.join('\n\n')].entries()) { u16[2 + 2 * i] = ch.charCodeAt(0); }
  same(u16, undefined, 'utf-16le');
  const bad = new TextEncoder().encode(story.join('\n\n') + ' Café “Kelmun” end');  // UTF-8, so repaired
  const broken = new Uint8Array([...bad.subarray(0, 40), 0xc3, 0x28, 0xf0, 0x9f, ...bad.subarray(40)]);
  const r = same(broken, undefined, 'invalid utf-8');
  assert.equal(r.repaired, true);
  // A string longer than the in-place encoding limit, and one past 4 MB
  // (its buffers are freed after the call), then a small call again.
  const long = story.map(para).join('').repeat(12000);  // ~4.8 MB of UTF-8
  assert.ok(long.length > 4 << 20);  // past both the in-place encoding limit and the kept-buffer size
  same(html(`<article>${long}</article>`), undefined, 'long string');
  same(story.join('\n\n'), undefined, 'small after long');
  // Lone surrogates in a string become U+FFFD (TextEncoder), not garbage.
  const lone = extract(`${story.join('\n\n')} \ud800 tail`);
  assert.ok(lone.text.includes('\ufffd tail'));
});

test('options and errors through the packed path', async () => {
  await init();
  assert.throws(() => extract(coastline, { max_input_bytes: 10 }), (e) => e.code === 'input_too_large');
  assert.throws(() => extract(coastline, { format: 'pdf' }), (e) => e instanceof CorroborateError);
  assert.throws(() => extract(new Uint8Array(4096).fill(1)), (e) => e.code === 'binary_input');
  same(coastline, { format: 'html' }, 'text read as html');
  same(quayside, { format: 'text' }, 'html read as text');
});
