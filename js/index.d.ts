// Types of the corroborate npm package. The report shapes follow
// docs/report-schema.md (schema v1) field for field.

/** Error codes of the core (core/include/corroborate/result.h), plus the package's own. */
export type ErrorCode =
  | 'empty_input'
  | 'binary_input'
  | 'input_too_large'
  | 'nesting_too_deep'
  | 'too_few_articles'
  | 'too_many_articles'
  | 'no_main_text'
  | 'invalid_json'
  | 'invalid_argument'
  | 'internal'
  | 'not_initialized';

/** Thrown by extract()/compare() when the core reports an error. */
export class CorroborateError extends Error {
  constructor(code: ErrorCode, message: string);
  readonly name: 'CorroborateError';
  readonly code: ErrorCode;
}

export interface InitOptions {
  /** The bytes of corroborate-wasm.wasm, when the host loads it itself. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to find a file of the module (the .wasm): returns a URL or path. */
  locateFile?: (name: string, scriptDirectory: string) => string | URL;
}

/** Options of extract() (defaults from core/include/corroborate/options.h). */
export interface ExtractOptions {
  /** How to read the input; default "auto" (detects markup). */
  format?: 'auto' | 'html' | 'text';
  /** Largest input accepted, in bytes; default 52428800 (50 MB). */
  max_input_bytes?: number;
  /** HTML nesting deeper than this is flattened; default 256. */
  max_nesting_depth?: number;
  /** Input offsets (block input_span.begin) of removed blocks to keep. */
  restore?: number[];
  /** Keep every block; default false. */
  keep_all?: boolean;
}

/** Options of compare(): the extract options plus the comparison's. */
export interface CompareOptions extends ExtractOptions {
  /** Fewest readable articles; default 1 (one article gives a report with a warning). */
  min_articles?: number;
  /** Most articles; default 1000. */
  max_articles?: number;
  /** Word overlap (0..1) from which claims are grouped; default 0.35. */
  align_threshold?: number;
  /** Content-word overlap (0..1) from which two quotes are one quote worded differently; default 0.5. */
  quote_variant_threshold?: number;
  /** Cap on findings per kind, most important first; default 0 (no cap). */
  max_findings_per_kind?: number;
  /** Include claims reported by a single source; default true. */
  include_unique?: boolean;
}

/** Bytes or text of one article (HTML or plain text). */
export type ArticleContent = string | Uint8Array;

export interface ArticleInput {
  /** Stable id; "s1", "s2", … when omitted. */
  id?: string;
  /** File name or outlet; falls back to the detected site name. */
  name?: string;
  content: ArticleContent;
  /** Input offsets of removed blocks to keep for this article. */
  restore?: number[];
}

/** A span into a source's main text: UTF-8 bytes and UTF-16 code units (for String.prototype.slice). */
export interface TextSpan {
  begin: number;
  end: number;
  u16_begin: number;
  u16_end: number;
}

/** A byte range of the original input. */
export interface InputSpan {
  begin: number;
  end: number;
}

export type BlockLabel = 'body' | 'heading' | 'title' | 'byline' | 'date' | 'caption' | 'boilerplate';
export type RemovalReason =
  | 'none' | 'navigation' | 'share' | 'related' | 'footer' | 'caption' | 'byline' | 'date'
  | 'title_repeat' | 'promo' | 'comment' | 'tags' | 'media' | 'short_text' | 'other';

export interface Block {
  label: BlockLabel;
  reason: RemovalReason;
  kept: boolean;
  content: string;
  /** null when the block was removed. */
  span: TextSpan | null;
  input_span: InputSpan;
}

export interface SourceStats {
  sentences: number;
  quotes: number;
  quantities: number;
  dates: number;
  entities: number;
}

/** One article as extracted: what extract() returns (without id/name/stats). */
export interface Extraction {
  format: 'html' | 'text';
  encoding: string;
  repaired: boolean;
  title: string;
  byline: string;
  date: string;
  date_modified: string;
  site_name: string;
  language: string;
  url: string;
  description: string;
  authors: string[];
  /** Main text after boilerplate removal; paragraphs separated by "\n\n". */
  text: string;
  blocks: Block[];
  removed: Block[];
  error: null | { code: ErrorCode; message: string };
  warnings: string[];
}

export interface Source extends Extraction {
  id: string;
  name: string;
  stats: SourceStats;
}

export type EntityKind = 'person' | 'place' | 'organization' | 'other';

export interface Entity {
  name: string;
  kind: EntityKind;
  key: string;
  variants: Array<{ surface: string; sources: string[] }>;
}

export type FindingKind = 'conflict' | 'quote_variant' | 'name_variant' | 'agreement' | 'unique';
export type EvidenceRole = 'quote' | 'quantity' | 'date' | 'name' | 'statement' | 'characterization';

export interface Evidence {
  /** Source id. */
  source: string;
  role: EvidenceRole;
  span: TextSpan;
  input_span: InputSpan;
  excerpt: string;
  value: string;
}

export interface DiffOp {
  op: '=' | '-' | '+';
  text: string;
}

export interface Finding {
  id: string;
  kind: FindingKind;
  topic: string;
  summary: string;
  sources: string[];
  values: Array<{ value: string; sources: string[] }>;
  evidence: Evidence[];
  diff: DiffOp[];
  importance: number;
}

export interface ReportSummary {
  sources: number;
  agreements: number;
  conflicts: number;
  quote_variants: number;
  name_variants: number;
  unique: number;
}

/** compare()'s result: report schema v1. */
export interface Report {
  schema_version: 1;
  generator: string;
  summary: ReportSummary;
  sources: Source[];
  entities: Entity[];
  findings: Finding[];
  warnings: string[];
}

/** Loads the WebAssembly module; await once before the other calls (idempotent). */
export function init(options?: InitOptions): Promise<void>;
/** Extracts one article's main text, metadata and removed boilerplate. Throws CorroborateError. */
export function extract(input: ArticleContent, options?: ExtractOptions): Extraction;
/** Compares articles about one event. Throws CorroborateError. */
export function compare(articles: Array<ArticleInput | ArticleContent>, options?: CompareOptions): Report;
/** The same comparison as compare(), as the Markdown report. */
export function compareMarkdown(articles: Array<ArticleInput | ArticleContent>, options?: CompareOptions): string;
/** The version of the core, e.g. "0.1.0". */
export function version(): string;

declare const corroborate: {
  init: typeof init;
  extract: typeof extract;
  compare: typeof compare;
  compareMarkdown: typeof compareMarkdown;
  version: typeof version;
  CorroborateError: typeof CorroborateError;
};
export default corroborate;
