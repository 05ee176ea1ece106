// Tiny DOM helpers. Every string that reaches the page goes through
// createTextNode or textContent: article text is never parsed as HTML.

// h('p', {class: 'x', onclick: fn}, 'text', child) → element.
// Attribute values are set with setAttribute (never parsed), listeners with
// addEventListener; children are nodes or strings (become text nodes).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'hidden' || key === 'disabled' || key === 'checked') el[key] = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

// Splits text[from, to) into text nodes and <mark> elements for the given
// ranges (UTF-16 offsets into the whole text, sorted by begin, may overlap).
export function highlightedRun(text, from, to, marks) {
  const out = [];
  let pos = from;
  for (const m of marks) {
    if (m.end <= pos || m.begin >= to) continue;
    const b = Math.max(m.begin, pos);
    const e = Math.min(m.end, to);
    if (b > pos) out.push(document.createTextNode(text.slice(pos, b)));
    out.push(h('mark', { class: m.cls || null, dataset: { finding: m.finding || '' } }, text.slice(b, e)));
    pos = e;
  }
  if (pos < to) out.push(document.createTextNode(text.slice(pos, to)));
  return out;
}

// Triggers a download of text as a file: a Blob URL, so no network request.
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
