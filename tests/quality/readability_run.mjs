// Runs Mozilla Readability (npm @mozilla/readability on a linkedom DOM, both in
// the repo's node_modules) over a dataset's html/ and writes OUT_DIR/<id>.txt,
// one line per block, for the quality gate's side-by-side column.
//   node tests/quality/readability_run.mjs DATASET_DIR OUT_DIR
// Prints {"pages","seconds"} (parse + extract + text, file reading excluded).
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const [dir, outDir] = process.argv.slice(2);
if (!dir || !outDir) {
  console.error('usage: node readability_run.mjs DATASET_DIR OUT_DIR');
  process.exit(2);
}

// Block elements end a line, so words of adjacent paragraphs stay apart.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

function blockText(node, out) {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c.nodeValue);
    else if (c.nodeType === 1) {
      const block = BLOCK.has(c.tagName.toUpperCase());
      if (block) out.push('\n');
      blockText(c, out);
      if (block) out.push('\n');
    }
  }
  return out;
}

const tidy = (t) => t.split('\n').map((l) => l.replace(/[ \t\u00a0\r]+/g, ' ').trim()).filter(Boolean).join('\n') + '\n';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');
const htmlDir = path.join(dir, 'html');
const files = fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html'));
fs.mkdirSync(outDir, { recursive: true });
let seconds = 0;
for (const f of files) {
  const buf = fs.readFileSync(path.join(htmlDir, f));
  let html;
  try { html = utf8.decode(buf); } catch { html = cp1252.decode(buf); }
  const t0 = process.hrtime.bigint();
  let text = '';
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    if (article && article.content) text = tidy(blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body, []).join(''));
  } catch {
    // Readability throws on a few broken pages: an empty prediction, as in the dataset baselines.
  }
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;
  fs.writeFileSync(path.join(outDir, f.replace(/\.html$/, '.txt')), text);
}
console.log(JSON.stringify({ pages: files.length, seconds }));
