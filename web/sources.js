// Renders each source's cleaned text, with removed blocks in place (shown by
// the "removed text" toggle) and <mark>s for the selected finding's spans.
// Offsets are the report's UTF-16 ones (u16_begin/u16_end), so slicing the JS
// string is exact. Text only ever becomes DOM text (dom.js).
import { h, clear, highlightedRun } from './dom.js';

const REASONS = {
  navigation: 'navigation', share: 'share buttons', related: 'related links', footer: 'footer',
  caption: 'caption', byline: 'byline', date: 'date line', title_repeat: 'repeated title', promo: 'promotion',
  comment: 'comments', tags: 'tags', media: 'media', short_text: 'short fragment', other: 'other boilerplate', none: 'not body text',
};

// 50 long articles are thousands of paragraphs: the first panels are filled
// at once, the rest a few per task so the page keeps answering meanwhile.
const FILL_NOW = 6;
const FILL_PER_TASK = 4;
// A pathological article (megabytes of text) is shown up to this many UTF-16
// units; the rest stays in the report and its exports.
const MAX_SHOWN_CHARS = 400000;
const MAX_REMOVED_SHOWN = 400; // removed blocks shown per article

let current = { report: null, ctx: null, marks: new Map(), generation: 0 };

export function renderSources(report, ctx) {
  current = { report, ctx, marks: new Map(), generation: current.generation + 1 };
  const frag = document.createDocumentFragment();
  const boxes = report.sources.map((s, i) => {
    const panel = sourcePanel(s, i, ctx);
    frag.append(panel);
    return panel.querySelector('.text');
  });
  boxes.slice(0, FILL_NOW).forEach((box, i) => fill(box, i));
  fillLater(boxes, FILL_NOW, current.generation);
  return frag;
}

function fillLater(boxes, from, generation) {
  if (from >= boxes.length) return;
  setTimeout(() => {
    if (generation !== current.generation) return; // a newer report replaced these panels
    const to = Math.min(boxes.length, from + FILL_PER_TASK);
    for (let i = from; i < to; i++) if (!boxes[i].dataset.filled) fill(boxes[i], i);
    fillLater(boxes, to, generation);
  }, 0);
}

function fill(box, index) {
  fillText(box, current.report.sources[index], index, current.marks.get(index) || []);
  box.dataset.filled = 'true';
}

function sourcePanel(s, i, ctx) {
  const headingId = `src-h-${i}`;
  const removedCount = (s.removed || []).length;
  const stats = s.stats || {};
  const restored = ctx.restoredCount(i);
  const undo = restored ? h('button', { type: 'button', class: 'secondary small' }, `Undo ${restored} restored line${restored === 1 ? '' : 's'}`) : null;
  if (undo) undo.addEventListener('click', () => ctx.undoRestores(i));
  const meta = [s.byline || (s.authors || []).join(', '), s.date, s.site_name && s.site_name !== s.name ? s.site_name : '']
    .filter(Boolean).join(' · ');
  const box = h('div', { class: 'text', tabindex: '0', role: 'region', 'aria-label': `Text of ${s.name || s.id}` });
  const panel = h('article', { class: 'source', dataset: { index: i, id: s.id }, 'aria-labelledby': headingId },
    h('header', null,
      h('h3', { id: headingId }, h('span', { dataset: { nameOf: s.id } }, s.name || s.site_name || s.id)),
      s.title ? h('p', { class: 'src-title' }, s.title) : null,
      meta ? h('p', { class: 'src-meta' }, meta) : null,
      h('p', { class: 'src-stats' }, statsLine(stats, removedCount), undo ? ' ' : null, undo)),
    s.error ? h('p', { class: 'article-error' }, `Could not read: ${s.error.message || s.error}`) : null,
    box);
  return panel;
}

function statsLine(stats, removedCount) {
  const parts = [];
  if (stats.sentences !== undefined) parts.push(`${stats.sentences} sentences`);
  if (stats.quotes !== undefined) parts.push(`${stats.quotes} quotes`);
  if (stats.quantities !== undefined) parts.push(`${stats.quantities} numbers`);
  parts.push(`${removedCount} block${removedCount === 1 ? '' : 's'} removed`);
  return parts.join(' · ');
}

// Re-renders one source's text with the given marks (used when a finding is selected).
export function renderSourceText(root, index, marks) {
  const box = root.querySelector(`.source[data-index="${index}"] .text`);
  if (!box || !current.report || !current.report.sources[index]) return;
  current.marks.set(index, marks);
  fill(box, index);
}

// Evidence → mark range in UTF-16 units, or null when it has no text span.
export function markOf(ev, findingId) {
  const sp = ev && ev.span;
  if (!sp || !Number.isFinite(sp.u16_begin) || !Number.isFinite(sp.u16_end) || sp.u16_end <= sp.u16_begin) return null;
  return { begin: sp.u16_begin, end: sp.u16_end, finding: findingId, cls: ev.role ? `role-${ev.role}` : null };
}

function fillText(box, s, index, marks) {
  const text = s.text || '';
  marks = marks.slice().sort((a, b) => a.begin - b.begin);
  const all = removedInsertions(s, text.length);
  const inserts = all.slice(0, MAX_REMOVED_SHOWN);
  const restored = restoredStarts(s, current.ctx.restoredSet(index));
  const out = [];
  let r = 0;
  let pos = 0;
  const shown = Math.min(text.length, MAX_SHOWN_CHARS);
  // Paragraphs are separated by a blank line in source.text.
  for (;;) {
    let end = text.indexOf('\n\n', pos);
    if (end < 0 || end > shown) end = shown;
    while (r < inserts.length && inserts[r].at <= pos) out.push(removedBlock(inserts[r++].block, s, index));
    if (end > pos) {
      const isRestored = restored.has(pos);
      out.push(h('p', { dataset: { begin: pos }, class: isRestored ? 'restored' : null, title: isRestored ? 'Restored by you: the core had removed this line' : null },
        highlightedRun(text, pos, end, marks)));
    }
    if (end >= shown) break;
    pos = end + 2;
  }
  while (r < inserts.length && inserts[r].at <= shown) out.push(removedBlock(inserts[r++].block, s, index));
  if (shown < text.length) {
    out.push(h('p', { class: 'empty' }, `… ${text.length - shown} more characters are not shown here; the exported report has the whole text.`));
  }
  while (r < inserts.length) out.push(removedBlock(inserts[r++].block, s, index));
  if (all.length > inserts.length) {
    out.push(h('p', { class: 'removed' }, `… and ${all.length - inserts.length} more removed blocks (in the exported report).`));
  }
  if (!text && !inserts.length) out.push(h('p', { class: 'empty' }, s.error ? 'No text could be read.' : 'No main text was found.'));
  clear(box).append(...out);
}

// Where (UTF-16 offset in text) each block the reader restored now starts.
function restoredStarts(s, restoreSet) {
  const out = new Set();
  if (!restoreSet || !restoreSet.size) return out;
  for (const b of s.blocks || []) {
    if (b.kept && b.span && b.input_span && restoreSet.has(b.input_span.begin)) out.add(b.span.u16_begin);
  }
  return out;
}

// Each removed block goes where it stood: before the next kept block's text.
function removedInsertions(s, textLength) {
  const out = [];
  if (Array.isArray(s.blocks) && s.blocks.length) {
    let pending = [];
    for (const b of s.blocks) {
      if (!b.kept) { pending.push(b); continue; }
      const at = b.span && Number.isFinite(b.span.u16_begin) ? b.span.u16_begin : null;
      if (at === null) continue;
      for (const p of pending) out.push({ at, block: p });
      pending = [];
    }
    for (const p of pending) out.push({ at: textLength + 1, block: p });
  } else {
    for (const b of s.removed || []) out.push({ at: textLength + 1, block: b });
  }
  return out;
}

function removedBlock(block, s, index) {
  const reason = REASONS[block.reason] || block.reason || block.label || 'removed';
  const restore = h('button', { type: 'button', class: 'secondary small restore',
    'aria-label': `Restore this line (${reason}) in ${s.name || s.id} and compare again` }, 'Restore');
  restore.addEventListener('click', () => current.ctx.restore(index, block));
  return h('div', { class: 'removed', dataset: { reason: block.reason || '' } },
    h('span', { class: 'reason' }, `Removed: ${reason}`),
    h('span', { class: 'removed-text' }, block.content || ''),
    block.input_span ? restore : null);
}
