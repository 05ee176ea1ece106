// The page in a real browser (Debian's Chromium through playwright-core):
// sample, findings and highlights, removed text and restore, export, citation,
// paste, drop, keyboard-only use, XSS payloads, error states, a 50-article run,
// and screenshots (tests/artifacts/page-*.png). Needs build/web
// (scripts/build.sh wasm && scripts/build-web.sh; scripts/test.sh does both).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { checkBuilt, serve, launch, openPage, waitForEngine, assertClean, runCount, waitForRun, screenshot } from './page/harness.mjs';
import { PASTED, XSS_PAYLOADS, xssText, xssHtml, generatedArticle } from './page/fixtures.mjs';

let server;
let origin;
let browser;
let cleanup;

before(async () => {
  checkBuilt();
  ({ server, origin } = await serve());
  ({ browser, cleanup } = await launch());
});

after(async () => {
  if (browser) await browser.close();
  if (cleanup) cleanup();
  if (server) server.close();
});

async function loadSample(page) {
  const run = await runCount(page);
  await page.click('#load-sample');
  await waitForRun(page, run);
  await page.waitForSelector('.finding');
}

function groupCount(page, kind) {
  return page.$$eval(`.kind-group[data-kind="${kind}"] .finding-list > li`, (els) => els.length);
}

// For every source panel that shows a <mark>: is the first mark visible inside its scroll box?
function markVisibility(page) {
  return page.$$eval('.source', (panels) => panels.flatMap((panel) => {
    const mark = panel.querySelector('.text mark');
    if (!mark) return [];
    const box = panel.querySelector('.text').getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    const inBox = m.bottom > box.top && m.top < box.bottom;
    const inViewport = m.bottom > 0 && m.top < window.innerHeight;
    return [{ source: panel.dataset.id, inBox, inViewport, text: mark.textContent }];
  }));
}

async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, type: f.type, base64: Buffer.from(f.bytes).toString('base64') })));
}

async function downloadText(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

describe('page with the sample story', () => {
  let page;
  let context;
  let problems;
  before(async () => { ({ page, context, problems } = await openPage(browser, origin, { clipboard: true })); });
  after(async () => { await context.close(); });

  it('loads with no console error and no request to another origin', async () => {
    assert.equal(await page.title(), 'corroborate: compare news coverage of one event');
    assert.ok(await page.isVisible('#load-sample'));
    assert.equal(await page.$$eval('#articles > li', (els) => els.length), 2, 'two empty boxes to paste into');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assertClean(assert, problems);
  });

  it('"Load sample story" shows findings with conflicts and quote variants', async () => {
    await loadSample(page);
    const summary = await page.textContent('#summary');
    assert.match(summary, /^4 sources · \d+ agreements? · [1-9]\d* conflicts? · [1-9]\d* quote variants? · \d+ name variants? · \d+ unique claims?$/);
    assert.ok(await groupCount(page, 'conflict') > 0, 'conflicts listed');
    assert.ok(await groupCount(page, 'quote_variant') > 0, 'quote variants listed');
    const order = await page.$$eval('.kind-group', (els) => els.map((e) => e.dataset.kind));
    assert.equal(order[0], 'conflict', 'conflicts come first');
    // Conflicts show their differing values side by side; quote variants a word diff.
    assert.ok(await page.$$eval('.kind-group[data-kind="conflict"] .value', (els) => els.length) >= 2);
    assert.ok(await page.$$eval('.kind-group[data-kind="quote_variant"] .diff del, .kind-group[data-kind="quote_variant"] .diff ins', (els) => els.length) > 0);
    assert.equal(await page.$$eval('.source', (els) => els.length), 4);
    // Detected metadata is shown per article box.
    assert.ok(await page.$$eval('#articles .detected:not([hidden]) dd', (els) => els.length) > 0);
    assertClean(assert, problems);
  });

  it('clicking a finding highlights its spans in at least two articles, scrolled into view', async () => {
    await page.click('.kind-group[data-kind="conflict"] .finding-main');
    await page.waitForSelector('.source .text mark');
    const marks = await markVisibility(page);
    assert.ok(marks.length >= 2, `marks in ${marks.length} articles`);
    for (const m of marks) assert.ok(m.inBox, `mark in ${m.source} is scrolled into its box`);
    assert.ok(marks.some((m) => m.inViewport), 'at least one mark is on screen');
    assert.equal(await page.getAttribute('.finding.selected .finding-main', 'aria-pressed'), 'true');
    await screenshot(page, 'page-desktop-light.png');
    // A quote variant too, selected from the keyboard.
    await page.focus('.kind-group[data-kind="quote_variant"] .finding-main');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.finding.selected')?.dataset.kind === 'quote_variant');
    assert.ok((await markVisibility(page)).length >= 2);
  });

  it('the removed-text toggle shows dropped blocks with reasons; restoring one re-runs', async () => {
    assert.equal(await page.isVisible('.removed'), false, 'removed text hidden by default');
    await page.check('#show-removed');
    const reasons = await page.$$eval('.removed .reason', (els) => els.filter((e) => e.offsetParent).map((e) => e.textContent));
    assert.ok(reasons.length > 0, 'removed blocks visible');
    assert.ok(reasons.every((r) => /^Removed: \S/.test(r)), reasons.join('|'));
    // Restore the first removed block of the first source.
    const target = await page.evaluate(() => {
      const block = window.corroboratePage.state.report.sources[0].removed[0];
      return { begin: block.input_span.begin, content: block.content };
    });
    const run = await runCount(page);
    await page.click('.source[data-index="0"] .removed button.restore');
    await waitForRun(page, run);
    const kept = await page.evaluate((begin) => {
      const s = window.corroboratePage.state.report.sources[0];
      return s.blocks.filter((b) => b.input_span && b.input_span.begin === begin).map((b) => b.kept);
    }, target.begin);
    assert.deepEqual(kept, [true], 'the restored block is kept after the re-run');
    assert.ok((await page.textContent('.source[data-index="0"] .text')).includes(target.content.trim()));
    assert.match(await page.textContent('.source[data-index="0"] .src-stats'), /Undo 1 restored line/);
    assert.equal((await page.textContent('.source[data-index="0"] .text p.restored')).trim(), target.content.trim(), 'the restored line is marked');
    assert.ok(await page.isChecked('#show-removed'), 'the toggle survives the re-run');
    await screenshot(page, 'page-desktop-removed.png');
    assertClean(assert, problems);
  });

  it('exports the report as JSON and Markdown', async () => {
    const json = await downloadText(page, '#export-json');
    assert.equal(json.name, 'corroborate-report.json');
    const report = JSON.parse(json.text);
    assert.equal(report.schema_version, 1);
    assert.equal(report.sources.length, 4);
    assert.ok(report.findings.length > 0);
    const md = await downloadText(page, '#export-md');
    assert.equal(md.name, 'corroborate-report.md');
    assert.match(md.text, /^#/m);
    for (const s of report.sources) assert.ok(md.text.includes(s.name), `Markdown names ${s.name}`);
  });

  it('an edited outlet name relabels the findings and the export', async () => {
    await page.fill('#articles > li:first-child input[type="text"]', 'Renamed Wire');
    assert.equal(await page.textContent('.source[data-index="0"] h3'), 'Renamed Wire');
    const json = JSON.parse((await downloadText(page, '#export-json')).text);
    assert.equal(json.sources[0].name, 'Renamed Wire');
  });

  it('detected title, byline and date are editable and the edit reaches the export', async () => {
    const title = '#articles > li:first-child .detected input[aria-label^="Title"]';
    assert.ok((await page.inputValue(title)).length > 0, 'the detected title fills the field');
    await page.fill(title, 'Corrected <b>title</b>');
    await page.fill('#articles > li:first-child .detected input[aria-label^="Date"]', '2024-03-14');
    const json = JSON.parse((await downloadText(page, '#export-json')).text);
    assert.equal(json.sources[0].title, 'Corrected <b>title</b>');
    assert.equal(json.sources[0].date, '2024-03-14');
    assert.equal(await page.$$eval('#articles b', (els) => els.length), 0, 'the edit stays text');
  });

  it('copies a finding as a citation with the source names', async () => {
    await page.click('.kind-group[data-kind="conflict"] .finding .copy');
    await page.waitForFunction(() => /copied/i.test(document.getElementById('status').textContent));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const finding = await page.evaluate(() => window.corroboratePage.state.report.findings.find((f) => f.kind === 'conflict'));
    const names = await page.evaluate((ids) => ids.map((id) => window.corroboratePage.state.report.sources.find((s) => s.id === id).name), finding.sources);
    assert.ok(text.includes(finding.summary), 'citation quotes the summary');
    for (const n of names) assert.ok(text.includes(n), `citation names ${n}`);
    assertClean(assert, problems);
  });
});

describe('page input', () => {
  it('compares two pasted articles', async () => {
    const { page, context, problems } = await openPage(browser, origin);
    for (let i = 0; i < 2; i++) {
      await page.fill(`#art-name-${i + 1}`, PASTED[i].name);
      await page.fill(`#art-text-${i + 1}`, PASTED[i].text);
    }
    await page.click('#add-article'); // a third, empty box is ignored
    assert.equal(await page.$$eval('#articles > li', (els) => els.length), 3);
    const run = await runCount(page);
    await page.click('#compare');
    await waitForRun(page, run);
    assert.match(await page.textContent('#summary'), /^2 sources · /);
    const names = await page.$$eval('.source h3', (els) => els.map((e) => e.textContent));
    assert.deepEqual(names, PASTED.map((p) => p.name));
    assert.ok(await page.$$eval('.finding', (els) => els.length) > 0, 'findings for the pasted pair');
    assertClean(assert, problems);
    await context.close();
  });

  it('accepts many dropped .txt and .html files at once, read as bytes', async () => {
    const { page, context, problems } = await openPage(browser, origin);
    const latin1 = Buffer.from(`${PASTED[1].text.replace(/[“”]/g, '"')}\n\nCaf\xe9 owners on the quay welcomed the news.`, 'latin1');
    await dropFiles(page, [
      { name: 'courier.txt', type: 'text/plain', bytes: Buffer.from(PASTED[0].text) },
      { name: 'post-latin1.txt', type: 'text/plain', bytes: latin1 },
      { name: 'budget.html', type: 'text/html', bytes: Buffer.from(xssHtml().replace(/<script[\s\S]*?<\/script>/g, '')) },
    ]);
    await page.waitForFunction(() => document.querySelectorAll('#articles > li').length === 3);
    assert.deepEqual(await page.$$eval('.file-name', (els) => els.map((e) => e.textContent)), ['courier.txt', 'post-latin1.txt', 'budget.html']);
    const run = await runCount(page);
    await page.click('#compare');
    await waitForRun(page, run);
    assert.match(await page.textContent('#summary'), /^3 sources · /);
    const formats = await page.evaluate(() => window.corroboratePage.state.report.sources.map((s) => s.format));
    assert.deepEqual(formats, ['text', 'text', 'html']);
    // The Latin-1 bytes were decoded by the core, not mangled.
    assert.ok((await page.textContent('.source[data-index="1"] .text')).includes('Café owners'));
    assertClean(assert, problems);
    await context.close();
  });

  it('says clearly what is wrong with empty input, one article and binary junk', async () => {
    const { page, context, problems } = await openPage(browser, origin);
    await page.click('#compare');
    assert.match(await page.textContent('#error'), /Nothing to compare/);
    assert.ok(await page.isVisible('#error'));

    await page.fill('#art-text-1', PASTED[0].text);
    let run = await runCount(page);
    await page.click('#compare');
    await waitForRun(page, run);
    assert.ok(await page.isVisible('#warnings'), 'a warning for a single article');
    assert.match(await page.textContent('#warnings'), /\S/);

    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    await dropFiles(page, [{ name: 'junk.bin', type: 'application/octet-stream', bytes: junk }]);
    await page.waitForSelector('.file-name');
    run = await runCount(page);
    await page.click('#compare');
    await waitForRun(page, run);
    const message = `${await page.textContent('#error')} ${await page.textContent('#warnings')}`;
    assert.match(message, /junk\.bin|could not be read|binary/i, `a message about the junk file: ${message}`);
    assertClean(assert, problems);
    await context.close();
  });
});

describe('page without its engine', () => {
  it('says so when the .wasm cannot be loaded, and Compare reports it', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForSelector('#error:not([hidden])', { timeout: 30000 });
    assert.match(await page.textContent('#error'), /engine could not start/);
    await page.fill('#art-text-1', PASTED[0].text);
    await page.fill('#art-text-2', PASTED[1].text);
    await page.click('#compare');
    await page.waitForFunction(() => /not available/.test(document.getElementById('error').textContent));
    assert.equal(await page.isEnabled('#compare'), true, 'the page is not left busy');
    await context.close();
  });
});

describe('page with hostile shapes of input', () => {
  it('shows a megabyte without whitespace, 5,000 menu lines and 10,000-deep nesting without hanging', async () => {
    const { page, context, problems } = await openPage(browser, origin);
    const body = PASTED[0].text.replace(/\n/g, ' ');
    await dropFiles(page, [
      { name: 'nowhitespace.txt', type: 'text/plain', bytes: Buffer.from('x'.repeat(1 << 20)) },
      { name: 'menus.txt', type: 'text/plain', bytes: Buffer.from(`${Array.from({ length: 5000 }, (_, i) => `Menu item ${i}`).join('\n')}\n\n${PASTED[1].text}`) },
      { name: 'deep.html', type: 'text/html', bytes: Buffer.from(`${'<div>'.repeat(10000)}<p>${body}</p>${'</div>'.repeat(10000)}`) },
    ]);
    await page.waitForFunction(() => document.querySelectorAll('.file-name').length === 3);
    const run = await runCount(page);
    await page.click('#compare');
    await waitForRun(page, run, 60000);
    assert.match(await page.textContent('#summary'), /^3 sources · /);
    // The page shows a bounded slice of huge texts and says so.
    const shown = await page.$$eval('.source .text', (els) => els.map((e) => e.textContent.length));
    assert.ok(shown.every((n) => n < 500000), `shown lengths ${shown}`);
    await page.check('#show-removed');
    assert.ok(await page.$$eval('.source[data-index="1"] .removed', (els) => els.length) <= 401, 'removed blocks shown are capped');
    assertClean(assert, problems);
    await context.close();
  });
});

describe('page keyboard and security', () => {
  it('runs from the keyboard alone: Load sample story, a finding, Compare', async () => {
    const { page, context, problems } = await openPage(browser, origin);
    const tabTo = async (match, key = 'Tab', limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press(key);
        if (await page.evaluate(match)) return;
      }
      assert.fail(`could not reach ${match} with ${key}`);
    };
    await tabTo(() => document.activeElement.id === 'load-sample');
    let run = await runCount(page);
    await page.keyboard.press('Enter');
    await waitForRun(page, run);
    await page.waitForSelector('.finding');
    await tabTo(() => document.activeElement.classList.contains('finding-main'));
    await page.keyboard.press('ArrowDown'); // arrows move between findings
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('.finding-main')].indexOf(document.activeElement)), 1);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.source .text mark');
    assert.equal(await page.evaluate(() => document.querySelectorAll('.finding.selected').length), 1);
    // Focus is visible: the focused control has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    await tabTo(() => document.activeElement.id === 'compare', 'Shift+Tab', 80);
    run = await runCount(page);
    await page.keyboard.press('Enter');
    await waitForRun(page, run);
    assert.match(await page.textContent('#status'), /Compared 4 articles/);
    assertClean(assert, problems);
    await context.close();
  });

  it('never runs XSS payloads from pasted text or a dropped .html file', async () => {
    const { page, context, problems } = await openPage(browser, origin);
    await page.fill('#art-name-1', `Outlet ${XSS_PAYLOADS[1]}`);
    await page.fill('#art-text-1', xssText());
    await page.fill('#art-name-2', XSS_PAYLOADS[3]);
    await page.fill('#art-text-2', `${PASTED[0].text}\n\n${XSS_PAYLOADS.join('\n\n')}`);
    await dropFiles(page, [{ name: `budget${XSS_PAYLOADS[3]}.html`, type: 'text/html', bytes: Buffer.from(xssHtml()) }]);
    await page.waitForFunction(() => document.querySelectorAll('#articles > li').length === 3);
    const run = await runCount(page);
    await page.click('#compare');
    await waitForRun(page, run);
    await page.check('#show-removed');
    for (const button of await page.$$('.finding-main')) await button.click();
    await page.waitForTimeout(300); // give any smuggled handler time to fire
    assert.deepEqual(problems.dialogs, [], 'no dialog opened');
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload set its flag');
    assert.equal(await page.$$eval('img, iframe, svg, object, embed, script:not([src])', (els) => els.length), 0, 'no element built from a payload');
    assert.equal(await page.$$eval('a[href^="javascript:"]', (els) => els.length), 0);
    // The payloads are shown as literal text: in the file preview, the names and the pasted article.
    const shown = await page.evaluate(() => document.body.textContent);
    assert.ok(shown.includes('<script>window.__xss'), 'script tag shown as text');
    assert.ok(shown.includes('<svg onload='), 'svg payload shown as text');
    const pastedFormat = await page.evaluate(() => window.corroboratePage.state.report.sources[0].format);
    if (pastedFormat === 'text') {
      assert.ok((await page.textContent('.source[data-index="0"] .text')).includes('<img src=x onerror='), 'pasted payload is literal source text');
    }
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.foreign, [], 'no request to another origin (e.g. an <img src=x> fetch)');
    await context.close();
  });
});

describe('page under load', () => {
  it('compares 50 generated articles while the page stays responsive', async (t) => {
    const { page, context, problems } = await openPage(browser, origin);
    const texts = Array.from({ length: 50 }, (_, i) => generatedArticle(i));
    await page.evaluate((list) => {
      const add = document.getElementById('add-article');
      while (document.querySelectorAll('#articles textarea').length < list.length) add.click();
      document.querySelectorAll('#articles textarea').forEach((area, i) => { area.value = list[i]; });
    }, texts);
    // Escape cancels a run (the worker is replaced); the next run still works.
    await page.click('#compare');
    await page.keyboard.press('Escape');
    assert.equal(await page.textContent('#status'), 'Comparison cancelled.');
    assert.equal(await page.isEnabled('#compare'), true);
    const run = await runCount(page);
    // While the worker runs, the main thread answers: frames keep coming and a
    // click is handled. (Started inside the page so no round trip is lost.)
    const probe = await page.evaluate(async () => {
      const state = window.corroboratePage.state;
      document.getElementById('compare').click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const wasRunning = state.running;
      const before = document.querySelectorAll('#articles > li').length;
      const t0 = performance.now();
      document.getElementById('add-article').click();
      const clickMs = performance.now() - t0;
      const after = document.querySelectorAll('#articles > li').length;
      const stillRunning = state.running;
      let worstGap = 0;
      let last = performance.now();
      const end = last + 400;
      await new Promise((resolve) => {
        const frame = (now) => {
          worstGap = Math.max(worstGap, now - last);
          last = now;
          if (now < end && state.running) requestAnimationFrame(frame); else resolve();
        };
        requestAnimationFrame(frame);
      });
      return { wasRunning, stillRunning, added: after - before, clickMs, worstGap, progressShown: !document.getElementById('progress').hidden || !state.running };
    });
    assert.ok(probe.added === 1, 'the click was handled');
    // The main thread answered while the worker was still comparing (the
    // comparison does not block the page). Timings depend on the machine's
    // load (2 shared cores here), so they are reported, not asserted.
    assert.ok(probe.wasRunning && probe.stillRunning, 'the click was handled during the run');
    t.diagnostic(`click handled in ${probe.clickMs.toFixed(1)} ms during the run; longest frame gap ${probe.worstGap.toFixed(0)} ms`);
    assert.ok(probe.progressShown, 'progress visible while running');
    await waitForRun(page, run, 60000);
    assert.match(await page.textContent('#summary'), /^50 sources · /);
    assert.equal(await page.$$eval('.source', (els) => els.length), 50);
    assert.match(await page.textContent('#status'), /Compared 50 articles/);
    await page.click('.finding-main');
    await page.waitForSelector('.source .text mark');
    assertClean(assert, problems);
    await context.close();
  });
});

describe('page offline', () => {
  it('reloads and compares the sample story with its server gone, once loaded', async () => {
    // Its own server, so it can really be shut down.
    const own = await serve();
    const { page, context, problems } = await openPage(browser, own.origin, { offline: true });
    await page.evaluate(() => navigator.serviceWorker.ready);
    own.server.closeAllConnections();
    await new Promise((resolve) => own.server.close(resolve));
    await page.reload();
    await waitForEngine(page);
    await loadSample(page);
    assert.match(await page.textContent('#summary'), /^4 sources · /);
    assertClean(assert, problems);
    await context.close();
  });
});

describe('page screenshots', () => {
  // One page, re-rendered per colour scheme and width (reloading costs a WASM compile each).
  const shots = [
    { name: 'page-desktop-dark.png', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
    { name: 'page-phone-light.png', colorScheme: 'light', viewport: { width: 390, height: 844 } },
    { name: 'page-phone-dark.png', colorScheme: 'dark', viewport: { width: 390, height: 844 } },
  ];
  it('desktop dark, phone light and dark: sample story with a selected finding, no sideways scrolling', async () => {
    const { page, context, problems } = await openPage(browser, origin, shots[0]);
    await loadSample(page);
    await page.click('.finding-main');
    await page.waitForSelector('.source .text mark');
    for (const shot of shots) {
      await page.emulateMedia({ colorScheme: shot.colorScheme });
      await page.setViewportSize(shot.viewport);
      const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      assert.equal(dark, shot.colorScheme === 'dark');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${shot.name}: the page scrolls sideways by ${overflow}px`);
      await page.evaluate(() => document.querySelector('.finding.selected').scrollIntoView({ block: 'start' }));
      await screenshot(page, shot.name);
    }
    // The phone layout, top of the page: header, toolbar and article boxes.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'page-phone-dark-top.png');
    assertClean(assert, problems);
    await context.close();
  });
});
