#!/usr/bin/env node
// corroborate CLI on the WebAssembly build: the same commands, options,
// outputs and exit codes as the native tool (cli/main.cpp). Output bytes come
// from the core's own JSON/Markdown writers, so both tools print the same.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { init, _instance } from './index.js';

// Exit codes (documented in --help).
const EXIT = { ok: 0, input: 1, usage: 2, partial: 3 };
// A JSONL line may escape every byte of its content (\u00XX is 6 bytes for 1).
const JSONL_LINE_FACTOR = 6;
const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;
const OPTIONS_FILE_LIMIT = 1 << 20;
const MAX_THREADS = 256;
// Failed JSONL lines described on stderr (the output lines carry every error).
const MAX_NOTES = 10;
const CHUNK = 1 << 16;
const SAMPLE_DIR = fileURLToPath(new URL('../samples/sample-story/', import.meta.url));

// cli/help.txt is the one help text (the native tool compiles the same file in).
const HELP_FILE = new URL('../cli/help.txt', import.meta.url);
const HELP = (version) => fs.readFileSync(HELP_FILE, 'utf8').replace('{version}', version);

class UsageError extends Error {}
class InputError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// ---- output (synchronous, so the exit code is set after everything is written)

function writeAll(fd, data) {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  for (let off = 0; off < buf.length;) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;  // a non-blocking pipe is full: retry
    }
  }
}
const out = (s) => writeAll(1, s);
const err = (s) => writeAll(2, s);

function writeOut(s) {
  out(s.length === 0 || !s.endsWith('\n') ? s + '\n' : s);
}

// ---- input

const STRERROR = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  ENOTDIR: 'Not a directory',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EMFILE: 'Too many open files',
};

// Reads a file ("-" = stdin), at most limit + 1 bytes: one byte over lets
// extract() report the input as too large without loading all of it.
function readInput(file, limit) {
  const isStdin = file === '-';
  let fd;
  try {
    fd = isStdin ? 0 : fs.openSync(file, 'r');
  } catch (e) {
    throw new InputError('invalid_argument', `cannot open ${file}: ${STRERROR[e.code] || e.message}`);
  }
  const chunks = [];
  let total = 0;
  try {
    const cap = limit + 1;
    while (total < cap) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, cap - total));
      let got;
      try {
        got = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if (e.code === 'EAGAIN') continue;  // non-blocking stdin: wait for data
        if (e.code === 'EOF') break;
        throw new InputError('invalid_argument', `cannot read ${file}`);
      }
      if (got === 0) break;
      chunks.push(got === chunk.length ? chunk : chunk.subarray(0, got));
      total += got;
    }
  } finally {
    if (!isStdin) fs.closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}

// Expands * ? [..] in FILE arguments the shell left alone (quoted, or a shell
// without globbing); a pattern with no match stays as it is (then fails to open).
function globToRegExp(pattern) {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += '[' + pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function expandGlob(arg) {
  if (arg === '-' || !/[*?[]/.test(arg) || fs.existsSync(arg)) return [arg];
  const absolute = arg.startsWith('/');
  let candidates = [absolute ? '/' : ''];
  for (const part of arg.split('/').filter((p) => p !== '')) {
    const next = [];
    for (const base of candidates) {
      if (!/[*?[]/.test(part)) {
        next.push(base + part + '/');
        continue;
      }
      const re = globToRegExp(part);
      let names = [];
      try {
        names = fs.readdirSync(base || '.');
      } catch {
        continue;
      }
      for (const name of names.sort()) {
        if (re.test(name) && (part.startsWith('.') || !name.startsWith('.'))) next.push(base + name + '/');
      }
    }
    candidates = next;
  }
  const found = candidates.map((c) => c.slice(0, -1)).filter((p) => fs.existsSync(p));
  return found.length ? found : [arg];
}

// ---- arguments (the same rules as the native parse_args)

function parseThreads(s) {
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n <= MAX_THREADS ? n : null;
}

function parseArgs(argv) {
  if (argv.length === 0) throw new UsageError('no command given');
  const a = { command: argv[0], format: null, output: 'text', jsonl: false, options: '', story: '', files: [] };
  if (a.command === '--demo') a.command = 'demo';
  if (!['extract', 'compare', 'demo'].includes(a.command)) throw new UsageError(`unknown command '${a.command}'`);
  for (let i = 1; i < argv.length; i++) {
    const s = argv[i];
    const value = (message) => {
      if (i + 1 >= argv.length) throw new UsageError(message);
      return argv[++i];
    };
    if (s === '--html' || s === '--text' || s === '--auto') a.format = s.slice(2);
    else if (s === '--json') a.output = 'json';
    else if (s === '--md') a.output = 'md';
    else if (s === '--jsonl') a.jsonl = true;
    else if (s === '--demo' && a.command === 'compare') a.command = 'demo';
    else if (s === '--threads') {
      if (parseThreads(value('--threads needs a number 0..256')) === null) {
        throw new UsageError('--threads needs a number 0..256');
      }
    } else if (s === '--options') a.options = value('--options needs a JSON object or @FILE');
    else if (s === '--story') a.story = value('--story needs a file');
    else if (s.length > 1 && s[0] === '-' && s !== '-') throw new UsageError(`unknown option '${s}'`);
    else a.files.push(...expandGlob(s));
  }
  if (a.command !== 'extract' && a.output === 'text') a.output = 'md';
  return a;
}

// The core's error JSON → InputError.
function coreError(json) {
  const { error } = JSON.parse(json);
  return new InputError(error.code, error.message);
}

// Options JSON as the core will read it (checked up front), --html/--text applied.
function loadOptions(a, wasm) {
  let json = a.options;
  if (json.startsWith('@')) json = readInput(json.slice(1), OPTIONS_FILE_LIMIT).toString('utf8');
  const problem = wasm.checkOptions(json);
  if (problem) {
    const e = coreError(problem);
    e.where = '--options';
    throw e;
  }
  const parsed = json.trim() ? JSON.parse(json) : {};
  if (a.format) parsed.format = a.format;
  const maxInput = typeof parsed.max_input_bytes === 'number' ? parsed.max_input_bytes : DEFAULT_MAX_INPUT_BYTES;
  return { json: a.format ? JSON.stringify(parsed) : json, maxInput };
}

// ---- commands

function runExtract(a, opts, wasm) {
  if (a.files.length !== 1) throw new UsageError('extract takes one FILE (or - for stdin)');
  const bytes = readInput(a.files[0], opts.maxInput);
  const json = wasm.extract(bytes, opts.json);
  const x = JSON.parse(json);
  if (x.ok === false) {
    const e = coreError(json);
    e.where = a.files[0];
    throw e;
  }
  for (const w of x.warnings || []) err(`corroborate: warning: ${w}\n`);
  writeOut(a.output === 'json' ? json : x.text);
  return EXIT.ok;
}

function storyReader(dir) {
  return (file) => {
    try {
      return readInput(path.join(dir, file), DEFAULT_MAX_INPUT_BYTES);
    } catch {
      return null;
    }
  };
}

function printReport(result) {
  if (!result.ok) throw coreError(result.text);
  for (const e of result.sourceErrors) err(`corroborate: error: ${e}\n`);
  writeOut(result.text);
  return result.sourceErrors.length ? EXIT.partial : EXIT.ok;
}

function runCompare(a, opts, wasm) {
  const format = a.output === 'json' ? 'json' : 'md';
  if (a.command === 'demo' || a.story) {
    const storyPath = a.command === 'demo' ? path.join(SAMPLE_DIR, 'story.json') : a.story;
    const story = readInput(storyPath, OPTIONS_FILE_LIMIT);
    return printReport(wasm.compareStory(story, storyReader(path.dirname(storyPath)), opts.json, format));
  }
  if (a.files.length === 0) throw new UsageError('compare needs FILEs (or --story, --jsonl, --demo)');
  const meta = [];
  const contents = [];
  for (const f of a.files) {
    contents.push(readInput(f, opts.maxInput));
    meta.push({ name: f === '-' ? 'stdin' : path.basename(f), content: '' });
  }
  return printReport(wasm.compareContents(JSON.stringify(meta), contents, opts.json, format));
}

// Lines of a stream, "\n"-separated, a trailing "\r" dropped; a line longer
// than maxLine is consumed but reported as oversize (null) without keeping it.
function* lines(fd, maxLine) {
  let parts = [];
  let size = 0;
  let oversize = false;
  const chunk = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    let got;
    try {
      got = fs.readSync(fd, chunk, 0, CHUNK, null);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EOF') got = 0;
      else throw new InputError('invalid_argument', 'cannot read input');
    }
    if (got === 0) break;
    let start = 0;
    while (start < got) {
      const nl = chunk.indexOf(10, start);
      const end = nl < 0 || nl >= got ? got : nl;
      if (!oversize && size + end - start <= maxLine) {
        parts.push(Buffer.from(chunk.subarray(start, end)));
        size += end - start;
      } else if (!oversize) {
        oversize = true;
        parts = [];
      }
      if (end === got) {
        start = got;
        break;
      }
      yield oversize ? null : Buffer.concat(parts, size);
      parts = [];
      size = 0;
      oversize = false;
      start = end + 1;
    }
  }
  if (size > 0 || parts.length > 0 || oversize) yield oversize ? null : Buffer.concat(parts, size);
}

function isBlank(line) {
  for (const b of line) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

function progress() {
  if (!process.stderr.isTTY) return { tick() {}, done() {} };
  let last = 0;
  return {
    tick(n) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      err(`\rcorroborate: ${n} lines`);
    },
    done(n) {
      err(`\rcorroborate: ${n} lines\n`);
    },
  };
}

function runJsonl(a, opts, wasm) {
  if (a.files.length > 1) throw new UsageError('--jsonl reads one stream (a file or -)');
  const file = a.files.length ? a.files[0] : '-';
  let fd = 0;
  if (file !== '-') {
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      throw new InputError('invalid_argument', `cannot open ${file}`);
    }
  }
  const maxLine = opts.maxInput * JSONL_LINE_FACTOR;
  const handle = a.command === 'compare' ? wasm.compareJsonlLine : wasm.extractJsonlLine;
  const bar = progress();
  let count = 0;
  let failed = 0;
  let no = 0;
  try {
    for (const raw of lines(fd, maxLine)) {
      ++no;
      const line = raw && raw.length && raw[raw.length - 1] === 0x0d ? raw.subarray(0, raw.length - 1) : raw;
      if (line !== null && isBlank(line)) continue;
      const r = line === null ? oversizeLine(no, maxLine) : handle(line, no, opts.json);
      out(r.text + '\n');
      ++count;
      bar.tick(count);
      if (r.ok) continue;
      if (++failed <= MAX_NOTES) err(`corroborate: ${r.note}\n`);
      if (failed === MAX_NOTES + 1) err('corroborate: (further failed lines not listed)\n');
    }
  } finally {
    if (fd !== 0) fs.closeSync(fd);
  }
  bar.done(count);
  if (failed) err(`corroborate: ${failed} of ${count} lines failed\n`);
  if (failed === 0) return EXIT.ok;
  return failed === count ? EXIT.input : EXIT.partial;
}

function oversizeLine(no, maxLine) {
  const message = `longer than ${maxLine} bytes (max_input_bytes × 6)`;
  return {
    text: `{"id":null,"ok":false,"error":{"code":"input_too_large","message":${JSON.stringify(message)}}}`,
    ok: false,
    note: `line ${no}: input_too_large: ${message}`,
  };
}

async function main(argv) {
  const first = argv[0];
  if (first === '--help' || first === '-h' || first === 'help' || first === '--version' || first === '-V') {
    await init();
    const v = _instance().version();
    out(first === '--version' || first === '-V' ? `corroborate ${v}\n` : HELP(v));
    return EXIT.ok;
  }
  let a;
  try {
    a = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`corroborate: error: ${e.message}\nTry 'corroborate --help'.\n`);
    return EXIT.usage;
  }
  await init();
  const wasm = _instance();
  try {
    const opts = loadOptions(a, wasm);
    if (a.jsonl && a.command !== 'demo') return runJsonl(a, opts, wasm);
    if (a.command === 'extract') return runExtract(a, opts, wasm);
    return runCompare(a, opts, wasm);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`corroborate: error: ${e.message}\nTry 'corroborate --help'.\n`);
      return EXIT.usage;
    }
    if (!(e instanceof InputError)) throw e;
    err(`corroborate: error: ${e.code}: ${e.where ? e.where + ': ' : ''}${e.message}\n`);
    return EXIT.input;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    err(`corroborate: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
