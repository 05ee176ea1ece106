// Renders report.findings grouped by kind. Strings become DOM text only (dom.js).
import { h } from './dom.js';

// Report order (docs/report-schema.md): conflicts first, unique claims last.
export const KINDS = [
  { kind: 'conflict', title: 'Conflicts', hint: 'The sources give different values for the same thing.' },
  { kind: 'quote_variant', title: 'Quote variants', hint: 'The same quote, worded differently.' },
  { kind: 'name_variant', title: 'Name variants', hint: 'One person, place or organisation, spelled differently.' },
  { kind: 'agreement', title: 'Agreements', hint: 'Claims several sources make alike.' },
  { kind: 'unique', title: 'Unique claims', hint: 'Claims only one source makes.' },
];

// Long lists stay fast: each group shows this many, then a "show all" button.
const INITIAL_PER_KIND = 25;
const MAX_EXCERPTS = 6;
// Excerpts and summaries are clipped for display only (exports keep them whole).
const MAX_SHOWN_EXCERPT = 600;

function clip(text) {
  const t = String(text || '');
  return t.length > MAX_SHOWN_EXCERPT ? `${t.slice(0, MAX_SHOWN_EXCERPT)}…` : t;
}

export function renderFindings(report, ctx) {
  const frag = document.createDocumentFragment();
  const findings = report.findings || [];
  if (!findings.length) {
    frag.append(h('p', { class: 'empty' }, 'No findings: the articles share no comparable claims.'));
    return frag;
  }
  for (const { kind, title, hint } of KINDS) {
    const list = findings.filter((f) => f.kind === kind);
    if (!list.length) continue;
    const headingId = `kind-${kind}`;
    const ul = h('ul', { class: 'finding-list', 'aria-labelledby': headingId });
    const section = h('section', { class: 'kind-group', dataset: { kind }, 'aria-labelledby': headingId },
      h('h3', { id: headingId }, title, ' ', h('span', { class: 'count' }, `(${list.length})`)),
      h('p', { class: 'hint' }, hint), ul);
    showSome(ul, section, list, 0, INITIAL_PER_KIND, ctx);
    frag.append(section);
  }
  return frag;
}

function showSome(ul, section, list, from, count, ctx) {
  const to = Math.min(list.length, from + count);
  for (let i = from; i < to; i++) ul.append(findingItem(list[i], ctx));
  if (to < list.length) {
    const more = h('button', { type: 'button', class: 'secondary more' }, `Show all ${list.length} (${list.length - to} more)`);
    more.addEventListener('click', () => {
      more.remove();
      showSome(ul, section, list, to, list.length, ctx);
      ul.children[to].querySelector('.finding-main').focus();
    });
    section.append(more);
  }
}

function findingItem(f, ctx) {
  const main = h('button', { type: 'button', class: 'finding-main', 'aria-pressed': 'false' },
    h('span', { class: 'summary-text' }, clip(f.summary || f.topic || f.kind)),
    f.topic && f.summary ? h('span', { class: 'topic' }, f.topic) : null);
  const copy = h('button', { type: 'button', class: 'secondary small copy' }, 'Copy citation');
  copy.addEventListener('click', () => ctx.copy(f));
  const li = h('li', { class: 'finding', dataset: { id: f.id || '', kind: f.kind } },
    main, sourcesLine(f.sources || [], ctx), details(f, ctx), h('div', { class: 'actions' }, copy));
  // A click anywhere on the finding (but its other buttons) selects it; Enter on the main button clicks it.
  li.addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (button && button !== main) return;
    ctx.select(f, li);
  });
  return li;
}

function sourceRef(id, ctx) {
  return h('span', { class: 'source-ref', dataset: { nameOf: id } }, ctx.nameOf(id));
}

function joined(ids, ctx) {
  const out = [];
  ids.forEach((id, i) => {
    if (i) out.push(', ');
    out.push(sourceRef(id, ctx));
  });
  return out;
}

function sourcesLine(ids, ctx) {
  return h('p', { class: 'sources-line' }, ids.length === 1 ? 'Source: ' : `${ids.length} sources: `, joined(ids, ctx));
}

function details(f, ctx) {
  if (f.kind === 'conflict' && f.values && f.values.length) return valuesSideBySide(f, ctx);
  if (f.kind === 'quote_variant') return h('div', null, wordDiff(f, ctx), excerpts(f, ctx));
  if (f.kind === 'name_variant' && f.values && f.values.length) return variantList(f, ctx);
  return excerpts(f, ctx);
}

// Conflicts: one column per distinct value, with who says it and how.
function valuesSideBySide(f, ctx) {
  const cols = f.values.map((v) => {
    // The excerpt that states this value (a source may have several evidence spans).
    const mine = (f.evidence || []).filter((e) => (v.sources || []).includes(e.source) && e.excerpt);
    const want = String(v.value).toLowerCase();
    const ev = mine.find((e) => e.value === v.value) || mine.find((e) => e.excerpt.toLowerCase() === want)
      || mine.find((e) => e.excerpt.toLowerCase().includes(want)) || mine[0];
    return h('div', { class: 'value' },
      h('p', { class: 'value-text' }, clip(v.value)),
      h('p', { class: 'value-sources' }, joined(v.sources || [], ctx)),
      ev ? h('blockquote', null, clip(ev.excerpt)) : null);
  });
  return h('div', { class: 'values', role: 'group', 'aria-label': 'Differing values' }, cols);
}

function variantList(f, ctx) {
  return h('ul', { class: 'variants' }, f.values.map((v) =>
    h('li', null, h('span', { class: 'value-text' }, v.value), ' — ', joined(v.sources || [], ctx))));
}

// Quote variants: word-level diff of the first two wordings ("=" same, "-" first only, "+" second only).
function wordDiff(f, ctx) {
  const ops = f.diff || [];
  if (!ops.length) return null;
  const [a, b] = firstTwoSources(f);
  const legend = h('p', { class: 'diff-legend' },
    h('del', null, 'struck'), ' only in ', a ? sourceRef(a, ctx) : 'the first wording', ' · ',
    h('ins', null, 'underlined'), ' only in ', b ? sourceRef(b, ctx) : 'the second wording');
  const line = h('p', { class: 'diff', 'aria-label': 'Word differences' });
  ops.forEach((op, i) => {
    if (i) line.append(' ');
    const text = String(op.text || '').trim();
    if (op.op === '-') line.append(h('del', null, text));
    else if (op.op === '+') line.append(h('ins', null, text));
    else line.append(text);
  });
  return h('div', { class: 'diff-box' }, legend, line);
}

function firstTwoSources(f) {
  const ids = [];
  for (const e of f.evidence || []) if (!ids.includes(e.source)) ids.push(e.source);
  if (f.values && f.values.length >= 2) return [f.values[0].sources?.[0] ?? ids[0], f.values[1].sources?.[0] ?? ids[1]];
  return [ids[0], ids[1]];
}

// One excerpt per source (the evidence a reader can check).
function excerpts(f, ctx) {
  const seen = new Set();
  const items = [];
  for (const e of f.evidence || []) {
    if (!e.excerpt || seen.has(e.source) || items.length >= MAX_EXCERPTS) continue;
    seen.add(e.source);
    items.push(h('li', null, h('blockquote', null, clip(e.excerpt)), h('cite', null, sourceRef(e.source, ctx))));
  }
  return items.length ? h('ul', { class: 'excerpts' }, items) : null;
}

// Plain-text citation of one finding, for the clipboard.
export function citationOf(report, f, nameOf, version) {
  const lines = [`“${f.summary || f.topic}”`];
  const names = (f.sources || []).map(nameOf);
  lines.push(`${names.length === 1 ? 'Source' : 'Sources'}: ${names.join(', ')}`);
  if (f.kind === 'conflict' && f.values) {
    for (const v of f.values) lines.push(`- ${v.value}: ${(v.sources || []).map(nameOf).join(', ')}`);
  }
  const seen = new Set();
  for (const e of f.evidence || []) {
    if (!e.excerpt || seen.has(e.source)) continue;
    seen.add(e.source);
    lines.push(`${nameOf(e.source)}: “${e.excerpt}”`);
  }
  lines.push(`(${version ? `corroborate ${version.replace(/^corroborate\s*/, '')}` : 'corroborate'}, finding ${f.id || ''} of ${report.sources.length} sources)`);
  return lines.join('\n');
}
