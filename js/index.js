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

/**
 * Extracts one article: main text, metadata and removed boilerplate.
 * `input` is a string or the raw bytes (Uint8Array) of an HTML or text file.
 */
export function extract(input, options) {
  const instance = ready();
  return parse(instance.extract(checkContent(input, 'input'), optionsJson(options)));
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
