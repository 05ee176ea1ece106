// corroborate: the npm package entry. `await init()` once, then synchronous
// extract() and compare() on the WebAssembly build of the C++ core.
// Works in Node (>= 18), browsers, Web Workers and through bundlers (the .wasm
// is located relative to this module with `new URL(..., import.meta.url)`).
import createCorroborateWasm from './dist/corroborate-wasm.mjs';

const WASM_FILE = 'corroborate-wasm.wasm';
const WASM_URL = new URL('./dist/corroborate-wasm.wasm', import.meta.url);

const IS_NODE =
  typeof process === 'object' && process !== null &&
  typeof process.versions === 'object' && typeof process.versions.node === 'string';

/** An error reported by the core; `code` is one of the core's error code names. */
export class CorroborateError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'CorroborateError';
    this.code = code;
  }
}

let wasm = null;      // the instance once ready
let loading = null;   // the pending init promise (init() is idempotent)

async function nodeWasmBinary(locateFile) {
  // Node's fetch() cannot read file: URLs, so read the bytes ourselves.
  const { readFile } = await import('node:fs/promises');
  const where = locateFile ? locateFile(WASM_FILE, new URL('./dist/', import.meta.url).href) : WASM_URL;
  const url = where instanceof URL ? where : new URL(String(where), import.meta.url);
  return url.protocol === 'file:' ? readFile(url) : new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/**
 * Loads the WebAssembly module. Call once before extract()/compare(); later
 * calls return the same promise. Options: {wasmBinary} (bytes of the .wasm)
 * or {locateFile(name, dir) → URL/path}, for hosts that serve it elsewhere.
 */
export function init(options = {}) {
  if (loading) return loading;
  loading = (async () => {
    const moduleArgs = {};
    if (options.wasmBinary) {
      moduleArgs.wasmBinary = options.wasmBinary;
    } else if (IS_NODE) {
      moduleArgs.wasmBinary = await nodeWasmBinary(options.locateFile);
    } else {
      moduleArgs.locateFile = (name, dir) =>
        options.locateFile ? String(options.locateFile(name, dir)) : name === WASM_FILE ? WASM_URL.href : dir + name;
    }
    wasm = await createCorroborateWasm(moduleArgs);
    return undefined;
  })();
  loading.catch(() => { loading = null; });  // a failed load may be retried
  return loading;
}

function ready() {
  if (!wasm) throw new CorroborateError('not_initialized', 'corroborate: call and await init() first');
  return wasm;
}

// The core answers JSON text; errors are {"ok":false,"error":{code,message}}.
function parse(text) {
  const value = JSON.parse(text);
  if (value && value.ok === false && value.error) throw new CorroborateError(value.error.code, value.error.message);
  return value;
}

function optionsJson(options) {
  if (options === undefined || options === null) return '';
  if (typeof options !== 'object') throw new CorroborateError('invalid_argument', 'options must be an object');
  return JSON.stringify(options);
}

function checkContent(content, what) {
  if (typeof content === 'string' || content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  throw new CorroborateError('invalid_argument', `${what} must be a string or a Uint8Array`);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
// Strings up to this many UTF-16 units are encoded straight into WASM memory
// (room for 3 bytes per unit); longer ones are encoded first, so a huge string
// does not reserve 3x its size in the module's heap.
const ENCODE_IN_PLACE_UNITS = 1 << 20;

// Copies the input into the module's input buffer; returns its byte length.
// (Faster than embind's std::string conversion, which copies byte by byte.)
function copyIn(instance, content) {
  if (typeof content === 'string' && content.length <= ENCODE_IN_PLACE_UNITS) {
    const room = content.length * 3;
    const ptr = instance.inputBuffer(room);
    return encoder.encodeInto(content, instance.HEAPU8.subarray(ptr, ptr + room)).written;
  }
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  const ptr = instance.inputBuffer(bytes.length);
  instance.HEAPU8.set(bytes, ptr);  // HEAPU8 read after the call: the heap may have grown
  return bytes.length;
}

// The packed extraction of wasm/bindings.cpp (pack_extraction) as the object
// JSON.parse gives for the same extraction's JSON (docs/report-schema.md):
// same keys in the same order, same values. `words` are its uint32 fields and
// string lengths (UTF-16 units), `chars` all its strings in one.
function unpackExtraction(words, chars) {
  let w = 0;
  let at = 0;
  const str = () => {
    const n = words[w++];
    const s = chars.slice(at, at + n);
    at += n;
    return s;
  };
  // Block labels and removal reasons: an index into this extraction's names,
  // the name itself following its first use (pack_extraction's Packer::name).
  const names = [];
  const name = () => {
    const k = words[w++];
    if (k === names.length) names.push(str());
    return names[k];
  };
  const format = words[w++] === 1 ? 'html' : 'text';
  const encoding = str();
  const repaired = words[w++] === 1;
  const title = str(), byline = str(), date = str(), dateModified = str(), siteName = str(), language = str(),
    url = str(), description = str();
  const authors = new Array(words[w++]);
  for (let i = 0; i < authors.length; i++) authors[i] = str();
  const text = str();
  const blocks = new Array(words[w++]);
  for (let i = 0; i < blocks.length; i++) {
    const label = name();
    const reason = name();
    const flags = words[w++];
    let span = null;
    let content;
    if (flags & 1) {
      span = { begin: words[w], end: words[w + 1], u16_begin: words[w + 2], u16_end: words[w + 3] };
      w += 4;
    }
    content = flags & 2 ? text.slice(span.u16_begin, span.u16_end) : str();
    blocks[i] = { label, reason, kept: (flags & 1) === 1, content, span, input_span: { begin: words[w], end: words[w + 1] } };
    w += 2;
  }
  const removed = new Array(words[w++]);
  for (let i = 0; i < removed.length; i++) {
    const b = blocks[words[w++]];
    removed[i] = {
      label: b.label, reason: b.reason, kept: b.kept, content: b.content,
      span: b.span && { begin: b.span.begin, end: b.span.end, u16_begin: b.span.u16_begin, u16_end: b.span.u16_end },
      input_span: { begin: b.input_span.begin, end: b.input_span.end },
    };
  }
  const warnings = new Array(words[w++]);
  for (let i = 0; i < warnings.length; i++) warnings[i] = str();
  return {
    format, encoding, repaired, title, byline, date, date_modified: dateModified, site_name: siteName, language, url,
    description, authors, text, blocks, removed, error: null, warnings,
  };
}

/**
 * Extracts one article: main text, metadata and removed boilerplate.
 * `input` is a string or the raw bytes (Uint8Array) of an HTML or text file.
 */
export function extract(input, options) {
  const instance = ready();
  const size = copyIn(instance, checkContent(input, 'input'));
  const layout = instance.extractBuffer(size, optionsJson(options)) >>> 2;
  const heap32 = instance.HEAPU32;  // read after the call: the heap may have grown
  const kind = heap32[layout], ptr = heap32[layout + 1], length = heap32[layout + 2];
  const charsPtr = heap32[layout + 3], charsLength = heap32[layout + 4];
  const heap8 = instance.HEAPU8;
  if (kind === 0) return parse(decoder.decode(heap8.subarray(ptr, ptr + length)));
  return unpackExtraction(heap32.subarray(ptr >>> 2, (ptr >>> 2) + length),
    decoder.decode(heap8.subarray(charsPtr, charsPtr + charsLength)));
}

function splitArticles(articles) {
  if (!Array.isArray(articles)) throw new CorroborateError('invalid_argument', 'articles must be an array');
  const meta = [];
  const contents = [];
  articles.forEach((article, i) => {
    if (typeof article === 'string' || article instanceof Uint8Array) {
      meta.push({ content: '' });
      contents.push(article);
      return;
    }
    if (!article || typeof article !== 'object') {
      throw new CorroborateError('invalid_argument', `articles[${i}] must be a string or {content}`);
    }
    const { id, name, restore } = article;
    const entry = { content: '' };  // the bytes travel separately (compareContents)
    if (id !== undefined) entry.id = String(id);
    if (name !== undefined) entry.name = String(name);
    if (restore !== undefined) entry.restore = restore;
    meta.push(entry);
    contents.push(checkContent(article.content, `articles[${i}].content`));
  });
  return { meta, contents };
}

function compareAs(articles, options, format) {
  const instance = ready();
  const { meta, contents } = splitArticles(articles);
  const result = instance.compareContents(JSON.stringify(meta), contents, optionsJson(options), format);
  if (!result.ok) parse(result.text);  // throws the core's error
  return result.text;
}

/**
 * Compares several articles about the same event and returns the report
 * (schema v1, docs/report-schema.md). Articles are strings or
 * {id?, name?, content: string | Uint8Array, restore?: number[]}.
 */
export function compare(articles, options) {
  return JSON.parse(compareAs(articles, options, 'json'));
}

/** The same comparison as compare(), as the Markdown report. */
export function compareMarkdown(articles, options) {
  return compareAs(articles, options, 'md');
}

/** The library version (of the WebAssembly core). */
export function version() {
  return ready().version();
}

// For js/cli.mjs only (not public API): the raw embind instance.
export function _instance() {
  return ready();
}

export default { init, extract, compare, compareMarkdown, version, CorroborateError };
