// WASM memory stability: 10,000 calls (extract, compare, and failing calls)
// in one instance must not keep growing its heap, and an error leaves the
// instance usable. Needs js/dist/ (scripts/build.sh wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { CorroborateError, init, extract, compare, _instance } from '../../js/index.js';

const CALLS = 10_000;
const WARM_UP = 1_000;          // the heap settles at its working set within these
const ALLOWED_GROWTH = 1 << 20; // after warm-up: less than one growth step

const paragraph = (i) =>
  `The council of Brennhaven voted on Thursday to rebuild the old grain pier, a project the mayor, ` +
  `Ilka Sorensen, said would cost about ${4 + (i % 3)}.2 million crowns. Work is expected to start in ${3 + (i % 5)} weeks.`;
const article = (i) => `Brennhaven pier to be rebuilt\n\nBy Staff Reporter\n\n${[0, 1, 2, 3, 4].map((k) => paragraph(i + k)).join('\n\n')}\n\n` +
  `"We have waited long enough," Sorensen told the council.\n\nShare this article\n`;
const page = (i) => `<html><head><title>Pier vote</title></head><body><nav><a href="/">Home</a></nav><article><h1>Pier vote</h1>` +
  `${[0, 1, 2].map((k) => `<p>${paragraph(i + k)}</p>`).join('')}</article><footer>© 2026 The Brennhaven Post</footer></body></html>`;

function heapBytes() {
  return _instance().HEAP8.buffer.byteLength;
}

// One call of the mix: mostly extracts (text and HTML), a compare every 5th
// call, and a failing call every 50th (empty input, binary junk).
function call(i) {
  if (i % 50 === 0) {
    assert.throws(() => extract(i % 100 === 0 ? '' : new Uint8Array(4096).fill(1)), CorroborateError);
    return;
  }
  if (i % 5 === 0) {
    const r = compare([{ id: 'a', content: article(i) }, { id: 'b', content: page(i + 1) }, article(i + 2)]);
    assert.equal(r.sources.length, 3);
    return;
  }
  const r = extract(i % 2 ? article(i) : page(i));
  assert.ok(r.text.includes('grain pier'));
}

test(`heap stops growing over ${CALLS} extract/compare calls`, async (t) => {
  await init();
  for (let i = 0; i < WARM_UP; i++) call(i);
  const settled = heapBytes();
  for (let i = WARM_UP; i < CALLS; i++) call(i);
  const end = heapBytes();
  t.diagnostic(`heap after ${WARM_UP} calls: ${settled} bytes; after ${CALLS}: ${end} bytes`);
  assert.ok(end - settled < ALLOWED_GROWTH,
    `heap grew from ${settled} to ${end} bytes after warm-up (a leak per call?)`);
  // Still usable after thousands of calls and errors.
  assert.ok(extract(article(1)).text.includes('Brennhaven'));
});
