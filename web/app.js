// The page controller: article boxes in, report out. The comparison itself runs
// in worker.js; this file only gathers input, talks to the worker and renders.
// Security rule: article text and report strings only ever become DOM text
// (see dom.js); there is no innerHTML anywhere in the page.
import { h, clear, download, formatBytes } from './dom.js';
import { renderFindings, citationOf, KINDS } from './findings.js';
import { renderSources, renderSourceText, markOf } from './sources.js';

const SAMPLE_INDEX = 'samples/sample-story/story.json';
const MAX_FILE_BYTES = 50 * 1024 * 1024; // the core's default per-article limit
const STARTING_BOXES = 2;
// The core's defaults (options.h); the page overrides nothing yet.
const COMPARE_OPTIONS = {};

const $ = (id) => document.getElementById(id);
const ui = {
  articles: $('articles'), compare: $('compare'), cancel: $('cancel'), progress: $('progress'),
  status: $('status'), error: $('error'), summary: $('summary'), warnings: $('warnings'),
  findings: $('findings'), sources: $('sources'), showRemoved: $('show-removed'),
  exportJson: $('export-json'), exportMd: $('export-md'), results: $('results'), version: $('version'),
  busy: $('busy'), busyText: $('busy-text'),
};

const state = {
  nextKey: 1,
  articles: [],     // {key, id, kind: 'text'|'file', name, bytes, fileName, restore: Set, el: {...}}
  report: null,
  ranArticles: [],  // the article objects of the last run, in report.sources order
  pendingArticles: [],  // what the running comparison was given
  pendingPayload: null,
  lastPayload: null,    // …and the shown report's, for the Markdown export
  lastOptions: {},
  run: 0,
  running: false,
  runStarted: 0,
  timer: 0,
  selected: null,   // selected finding id
  marked: new Set(), // source indices currently showing marks
  worker: null,
  version: '',
};

// ---------- worker ----------

function startWorker() {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (e) => onWorkerMessage(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    finishRun();
    showError(`The comparison worker failed: ${e.message || 'unknown error'}.`);
  };
  state.worker = worker;
}

function onWorkerMessage(msg) {
  if (msg.type === 'ready') {
    state.version = msg.version || '';
    ui.version.textContent = state.version ? `corroborate ${state.version.replace(/^corroborate\s*/, '')}` : 'corroborate';
    return;
  }
  if (msg.run && msg.run !== state.run) return; // a cancelled run's late answer
  if (msg.type === 'progress') setStatus(msg.stage, true);
  else if (msg.type === 'result') onResult(msg.report, msg.ms);
  else if (msg.type === 'markdown') {
    download('corroborate-report.md', 'text/markdown;charset=utf-8', msg.text);
    setStatus('Markdown report downloaded.');
  } else if (msg.type === 'error') {
    finishRun();
    if (msg.fatal) restartWorker();
    showError(`${msg.run ? 'The comparison failed' : 'Problem'}: ${msg.message}${msg.code ? ` (${msg.code})` : ''}`);
  }
}

// ---------- status, errors, progress ----------

// The status line is a polite live region: it gets each new stage once. The
// ticking elapsed time goes only to the (aria-hidden) progress pill, so screen
// readers are not flooded.
function setStatus(text, running = false) {
  if (ui.status.textContent !== text) ui.status.textContent = text;
  if (running) tickElapsed();
}

function tickElapsed() {
  const seconds = ((performance.now() - state.runStarted) / 1000).toFixed(1);
  ui.busyText.textContent = `${ui.status.textContent} ${seconds} s`;
}

function showError(text) {
  ui.error.hidden = false;
  ui.error.textContent = text;
  ui.error.scrollIntoView({ block: 'nearest' });
}

function clearError() {
  ui.error.hidden = true;
  ui.error.textContent = '';
}

function beginRun(count) {
  state.running = true;
  state.runStarted = performance.now();
  ui.progress.hidden = false;
  ui.busy.hidden = false;
  ui.cancel.hidden = false;
  ui.compare.disabled = true;
  ui.results.setAttribute('aria-busy', 'true');
  setStatus(`Starting the comparison of ${count} article${count === 1 ? '' : 's'}…`, true);
  clearInterval(state.timer);
  state.timer = setInterval(tickElapsed, 100);
}

function finishRun() {
  state.running = false;
  clearInterval(state.timer);
  ui.progress.hidden = true;
  ui.busy.hidden = true;
  ui.cancel.hidden = true;
  ui.compare.disabled = false;
  ui.results.removeAttribute('aria-busy');
}

function restartWorker() {
  state.worker.terminate(); // the only way to stop a synchronous WASM call
  startWorker();
}

function cancelRun() {
  if (!state.running) return;
  state.run++;
  restartWorker();
  finishRun();
  setStatus('Comparison cancelled.');
}

// ---------- article boxes ----------

function addArticle({ kind = 'text', name = '', text = '', bytes = null, fileName = '' } = {}) {
  const key = state.nextKey++;
  const article = { key, id: `a${key}`, kind, bytes, fileName, restore: new Set(), el: {} };
  const li = h('li', { class: 'article', dataset: { key } });
  const heading = h('h3', { id: `art-h-${key}` });
  const nameInput = h('input', { type: 'text', id: `art-name-${key}`, autocomplete: 'off', spellcheck: 'false', placeholder: fileName || 'Outlet (detected if empty)' });
  nameInput.value = name;
  nameInput.addEventListener('input', () => renameSource(article));
  const remove = h('button', { type: 'button', class: 'secondary small', onclick: () => removeArticle(article) }, 'Remove');
  const head = h('div', { class: 'article-head' }, heading, remove);
  const nameRow = h('div', { class: 'name-row' }, h('label', { for: nameInput.id, class: 'inline' }, 'Outlet'), nameInput);
  let body;
  if (kind === 'text') {
    const area = h('textarea', { id: `art-text-${key}`, rows: 6, spellcheck: 'false', placeholder: 'Paste the article here: plain text or the page HTML, boilerplate and all.' });
    area.value = text;
    area.addEventListener('input', () => article.restore.clear()); // restore offsets refer to the old text
    body = [h('label', { for: area.id, class: 'visually-hidden', id: `art-label-${key}` }), area];
    article.el.text = area;
  } else {
    body = [h('p', { class: 'file-info' }, h('span', { class: 'file-name' }, fileName), ` · ${formatBytes(bytes.length)} · read as bytes, the encoding is detected`),
      h('pre', { class: 'preview', 'aria-label': `Start of ${fileName}` }, previewOf(bytes))];
  }
  const meta = h('dl', { class: 'detected', hidden: true });
  const err = h('p', { class: 'article-error', hidden: true });
  li.append(head, nameRow, ...body, meta, err);
  Object.assign(article.el, { li, heading, nameInput, remove, meta, err });
  state.articles.push(article);
  ui.articles.append(li);
  renumber();
  return article;
}

function previewOf(bytes) {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 600));
  return text.replace(/[\u0000-\u0008\u000e-\u001f]/g, '\uFFFD') + (bytes.length > 600 ? ' …' : '');
}

function renumber() {
  state.articles.forEach((a, i) => {
    const n = i + 1;
    a.el.heading.textContent = `Article ${n}`;
    a.el.remove.setAttribute('aria-label', `Remove article ${n}`);
    a.el.nameInput.setAttribute('aria-label', `Outlet of article ${n}`);
    const label = a.el.li.querySelector('label.visually-hidden');
    if (label) label.textContent = `Text of article ${n}`;
  });
}

function removeArticle(article) {
  const i = state.articles.indexOf(article);
  if (i < 0) return;
  state.articles.splice(i, 1);
  article.el.li.remove();
  renumber();
  const next = state.articles[i] || state.articles[i - 1];
  (next ? next.el.remove : $('add-article')).focus();
}

function removeEmptyTextBoxes() {
  for (const a of [...state.articles]) {
    if (a.kind === 'text' && !a.el.text.value.trim() && !a.el.nameInput.value.trim()) {
      a.el.li.remove();
      state.articles.splice(state.articles.indexOf(a), 1);
    }
  }
  renumber();
}

function clearAll() {
  for (const a of state.articles) a.el.li.remove();
  state.articles = [];
  for (let i = 0; i < STARTING_BOXES; i++) addArticle();
  showReport(null);
  clearError();
  setStatus('');
}

function contentOf(article) {
  return article.kind === 'text' ? article.el.text.value : article.bytes;
}

function isEmpty(article) {
  const c = contentOf(article);
  return typeof c === 'string' ? c.trim() === '' : c.length === 0;
}

// ---------- files and the sample ----------

async function addFiles(fileList) {
  const files = [...fileList];
  if (!files.length) return;
  clearError();
  removeEmptyTextBoxes();
  const tooBig = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) { tooBig.push(file.name); continue; }
    const bytes = new Uint8Array(await file.arrayBuffer());
    addArticle({ kind: 'file', bytes, fileName: file.name });
  }
  if (tooBig.length) showError(`Skipped files larger than ${formatBytes(MAX_FILE_BYTES)}: ${tooBig.join(', ')}.`);
  setStatus(`Added ${files.length - tooBig.length} file${files.length - tooBig.length === 1 ? '' : 's'}. Press Compare when ready.`);
}

async function loadSample() {
  clearError();
  setStatus('Loading the sample story…');
  try {
    const index = await fetchOk(SAMPLE_INDEX).then((r) => r.json());
    const base = new URL(SAMPLE_INDEX, document.baseURI);
    const texts = await Promise.all(index.articles.map((a) => fetchOk(new URL(a.file, base)).then((r) => r.text())));
    for (const a of state.articles) a.el.li.remove();
    state.articles = [];
    index.articles.forEach((a, i) => addArticle({ name: a.name || '', text: texts[i] }));
    setStatus(`Loaded the sample story${index.title ? ` “${index.title}”` : ''}: ${texts.length} articles.`);
    runCompare({ focusResults: true });
  } catch (err) {
    showError(`The sample story could not be loaded: ${err.message}.`);
    setStatus('');
  }
}

async function fetchOk(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} ${r.statusText} for ${String(url).split('/').pop()}`);
  return r;
}

// ---------- running ----------

let focusAfterRun = false;

function runCompare({ focusResults = false } = {}) {
  clearError();
  const filled = state.articles.filter((a) => !isEmpty(a));
  if (filled.length === 0) {
    showError('Nothing to compare: paste an article into a box, drop .txt or .html files, or load the sample story.');
    setStatus('');
    return;
  }
  const payload = filled.map((a) => {
    const item = { id: a.id, name: a.el.nameInput.value.trim(), content: contentOf(a) };
    if (!item.name && a.fileName) item.name = a.fileName;
    if (a.restore.size) item.restore = [...a.restore].sort((x, y) => x - y);
    return item;
  });
  state.pendingArticles = filled;
  state.pendingPayload = payload;
  state.run++;
  focusAfterRun = focusResults;
  beginRun(filled.length);
  state.worker.postMessage({ type: 'compare', run: state.run, articles: payload, options: COMPARE_OPTIONS });
}

function onResult(report, ms) {
  finishRun();
  state.ranArticles = state.pendingArticles;
  state.lastPayload = state.pendingPayload;
  state.lastOptions = COMPARE_OPTIONS;
  showReport(report);
  const n = report.sources ? report.sources.length : 0;
  setStatus(`Compared ${n} article${n === 1 ? '' : 's'} in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}.`);
  if (focusAfterRun) {
    // focus() alone would centre the (tall) section: show its top instead.
    ui.results.focus({ preventScroll: true });
    ui.results.scrollIntoView({ block: 'start' });
  }
}

// ---------- rendering the report ----------

function sourceName(report, index) {
  const s = report.sources[index];
  return (s && (s.name || s.site_name || s.id)) || `source ${index + 1}`;
}

function showReport(report) {
  state.report = report;
  state.selected = null;
  state.marked.clear();
  clear(ui.findings);
  clear(ui.sources);
  clear(ui.warnings);
  ui.warnings.hidden = true;
  ui.exportJson.disabled = ui.exportMd.disabled = !report;
  for (const a of state.articles) { a.el.meta.hidden = true; a.el.err.hidden = true; }
  if (!report) {
    ui.summary.textContent = 'No comparison yet. Load the sample story or add articles, then press Compare.';
    return;
  }
  const ctx = makeContext(report);
  ui.summary.textContent = summaryLine(report);
  showWarnings(report);
  showDetected(report);
  ui.findings.append(renderFindings(report, ctx));
  ui.sources.append(renderSources(report, ctx));
}

function makeContext(report) {
  const indexOfId = new Map(report.sources.map((s, i) => [s.id, i]));
  return {
    indexOfId,
    nameOf: (id) => sourceName(report, indexOfId.has(id) ? indexOfId.get(id) : -1),
    select: selectFinding,
    copy: copyCitation,
    restore: restoreBlock,
    undoRestores: undoRestores,
    restoredCount: (i) => (state.ranArticles[i] ? state.ranArticles[i].restore.size : 0),
    restoredSet: (i) => (state.ranArticles[i] ? state.ranArticles[i].restore : null),
  };
}

const PLURAL = { sources: ['source', 'sources'], agreements: ['agreement', 'agreements'], conflicts: ['conflict', 'conflicts'],
  quote_variants: ['quote variant', 'quote variants'], name_variants: ['name variant', 'name variants'], unique: ['unique claim', 'unique claims'] };

function countsOf(report) {
  const s = report.summary || {};
  const byKind = {};
  for (const k of KINDS) byKind[k.kind] = 0;
  for (const f of report.findings || []) byKind[f.kind] = (byKind[f.kind] || 0) + 1;
  return {
    sources: s.sources ?? report.sources.length,
    agreements: s.agreements ?? byKind.agreement,
    conflicts: s.conflicts ?? byKind.conflict,
    quote_variants: s.quote_variants ?? byKind.quote_variant,
    name_variants: s.name_variants ?? byKind.name_variant,
    unique: s.unique ?? byKind.unique,
  };
}

function summaryLine(report) {
  const c = countsOf(report);
  return Object.keys(PLURAL).map((k) => `${c[k]} ${PLURAL[k][c[k] === 1 ? 0 : 1]}`).join(' · ');
}

function showWarnings(report) {
  const items = [...(report.warnings || [])];
  report.sources.forEach((s, i) => {
    if (s.error) items.push(`${sourceName(report, i)} could not be read: ${s.error.message || s.error}${s.error.code ? ` (${s.error.code})` : ''}.`);
    for (const w of s.warnings || []) items.push(`${sourceName(report, i)}: ${w}`);
  });
  const readable = report.sources.filter((s) => !s.error).length;
  if (readable < 2 && !items.length) items.push('Fewer than two readable articles: there is nothing to compare. Add another article.');
  for (const w of items) ui.warnings.append(h('li', null, w));
  ui.warnings.hidden = items.length === 0;
}

// Fills each article box with what the core detected (title, outlet, byline, date).
function showDetected(report) {
  report.sources.forEach((s, i) => {
    const a = state.ranArticles[i];
    if (!a || !a.el.li.isConnected) return;
    if (!a.el.nameInput.value) a.el.nameInput.placeholder = s.name || s.site_name || a.fileName || 'Outlet';
    if (!s.byline && s.authors && s.authors.length) s.byline = s.authors.join(', ');
    clear(a.el.meta);
    // Title, byline and date are editable: a correction goes into the shown
    // report and its exports (the value is set as a property, never parsed).
    for (const [label, field] of [['Title', 'title'], ['Byline', 'byline'], ['Date', 'date']]) {
      const input = h('input', { type: 'text', class: 'meta-edit', 'aria-label': `${label} of article ${i + 1}`,
        oninput: (e) => { s[field] = e.target.value; } });
      input.value = s[field] || '';
      a.el.meta.append(h('dt', null, label), h('dd', null, input));
    }
    const rows = [['Outlet', s.site_name],
      ['Read as', [s.format, s.encoding, s.repaired ? 'invalid bytes repaired' : ''].filter(Boolean).join(', ')]];
    for (const [k, v] of rows) if (v) a.el.meta.append(h('dt', null, k), h('dd', null, v));
    a.el.meta.hidden = a.el.meta.childElementCount === 0;
    if (s.error) {
      a.el.err.hidden = false;
      a.el.err.textContent = `Could not read this article: ${s.error.message || s.error}${s.error.code ? ` (${s.error.code})` : ''}`;
    }
  });
}

// Editing an outlet name relabels the shown report (and its JSON export) at once.
function renameSource(article) {
  const report = state.report;
  const i = state.ranArticles.indexOf(article);
  if (!report || i < 0 || !report.sources[i]) return;
  const s = report.sources[i];
  s.name = article.el.nameInput.value.trim() || article.el.nameInput.placeholder || s.id;
  for (const el of document.querySelectorAll('[data-name-of]')) if (el.dataset.nameOf === s.id) el.textContent = s.name;
}

// ---------- selecting a finding ----------

function selectFinding(finding, item) {
  const report = state.report;
  if (!report) return;
  for (const el of ui.findings.querySelectorAll('.finding.selected')) {
    el.classList.remove('selected');
    el.querySelector('.finding-main').setAttribute('aria-pressed', 'false');
  }
  item.classList.add('selected');
  item.querySelector('.finding-main').setAttribute('aria-pressed', 'true');
  state.selected = finding.id;
  const marksBySource = new Map();
  for (const ev of finding.evidence || []) {
    const i = state.report.sources.findIndex((s) => s.id === ev.source);
    const m = markOf(ev, finding.id);
    if (i < 0 || !m) continue;
    if (!marksBySource.has(i)) marksBySource.set(i, []);
    marksBySource.get(i).push(m);
  }
  const touched = new Set([...state.marked, ...marksBySource.keys()]);
  for (const i of touched) renderSourceText(ui.sources, i, marksBySource.get(i) || []);
  state.marked = new Set(marksBySource.keys());
  addBackButtons(item, [...marksBySource.keys()]);
  scrollToMarks([...marksBySource.keys()]);
  const names = [...marksBySource.keys()].map((i) => sourceName(report, i));
  setStatus(names.length ? `Highlighted in ${names.join(', ')}.` : 'This finding has no span to highlight.');
}

// On narrow screens the articles sit below the findings: each highlighted
// article gets a way back to the finding that sent the reader there.
function addBackButtons(item, indices) {
  for (const b of ui.sources.querySelectorAll('.back')) b.remove();
  for (const i of indices) {
    const header = ui.sources.querySelector(`.source[data-index="${i}"] header`);
    if (!header) continue;
    const back = h('button', { type: 'button', class: 'secondary small back' }, 'Back to the finding');
    back.addEventListener('click', () => {
      const main = item.querySelector('.finding-main');
      item.scrollIntoView({ block: 'center' });
      main.focus({ preventScroll: true });
    });
    header.append(back);
  }
}

// Scrolls each article's text box to its first mark, then the page to the first article.
function scrollToMarks(indices) {
  let first = null;
  for (const i of indices) {
    const panel = ui.sources.querySelector(`.source[data-index="${i}"]`);
    const box = panel && panel.querySelector('.text');
    const mark = box && box.querySelector('mark');
    if (!mark) continue;
    box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
    first = first || panel;
  }
  if (first) first.scrollIntoView({ block: 'nearest', behavior: 'instant' });
}

// ---------- restore, export, copy ----------

function restoreBlock(sourceIndex, block) {
  const a = state.ranArticles[sourceIndex];
  if (!a || !block.input_span) return;
  a.restore.add(block.input_span.begin);
  setStatus(`Restoring a line in ${sourceName(state.report, sourceIndex)} and comparing again…`);
  runCompare();
}

function undoRestores(sourceIndex) {
  const a = state.ranArticles[sourceIndex];
  if (!a || !a.restore.size) return;
  a.restore.clear();
  runCompare();
}

function exportJson() {
  if (!state.report) return;
  download('corroborate-report.json', 'application/json', JSON.stringify(state.report, null, 2) + '\n');
  setStatus('JSON report downloaded.');
}

function exportMarkdown() {
  if (!state.report) return;
  // Same articles as the shown report, with the outlet names as shown now.
  const names = new Map(state.report.sources.map((s) => [s.id, s.name]));
  const articles = state.lastPayload.map((a) => (names.has(a.id) ? { ...a, name: names.get(a.id) } : a));
  setStatus('Preparing the Markdown report…');
  state.worker.postMessage({ type: 'markdown', run: state.run, articles, options: state.lastOptions });
}

async function copyCitation(finding) {
  const text = citationOf(state.report, finding, makeContext(state.report).nameOf, state.version);
  try {
    await navigator.clipboard.writeText(text);
    setStatus('Citation copied to the clipboard.');
  } catch {
    // No clipboard permission: put it in a text box the reader can copy from.
    showError('The clipboard is not available here; the citation is selected below for copying.');
    const area = h('textarea', { rows: 6, 'aria-label': 'Citation', readonly: true, class: 'citation' });
    area.value = text;
    ui.error.append(area);
    area.select();
  }
}

// Up/Down arrows move between findings (Tab also walks each finding's buttons).
function moveBetweenFindings(e) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  if (!e.target.classList || !e.target.classList.contains('finding-main')) return;
  const all = [...ui.findings.querySelectorAll('.finding-main')];
  const next = all[all.indexOf(e.target) + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

// ---------- wiring ----------

function wire() {
  $('load-sample').addEventListener('click', loadSample);
  $('add-article').addEventListener('click', () => {
    const a = addArticle();
    a.el.text.focus();
  });
  $('clear-all').addEventListener('click', clearAll);
  $('file-input').addEventListener('change', (e) => { addFiles(e.target.files); e.target.value = ''; });
  ui.compare.addEventListener('click', () => runCompare({ focusResults: true }));
  ui.cancel.addEventListener('click', cancelRun);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && state.running) cancelRun(); });
  ui.exportJson.addEventListener('click', exportJson);
  ui.exportMd.addEventListener('click', exportMarkdown);
  ui.findings.addEventListener('keydown', moveBetweenFindings);
  ui.showRemoved.addEventListener('change', () => ui.sources.classList.toggle('show-removed', ui.showRemoved.checked));
  // Files may be dropped anywhere: the browser must never navigate to a dropped file.
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) document.body.classList.remove('dragging');
  });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    if (e.dataTransfer && e.dataTransfer.files.length) addFiles(e.dataTransfer.files);
  });
}

wire();
startWorker();
// Offline once loaded (sw.js). Where service workers are unavailable (file://,
// plain http off localhost) the page simply works online only.
if ('serviceWorker' in navigator) navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch(() => {});
for (let i = 0; i < STARTING_BOXES; i++) addArticle();
// Tests and curious readers can inspect the state; it holds nothing secret.
window.corroboratePage = { state };
