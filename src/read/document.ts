import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type Document, type Position } from '../model/index.js';
import { createContext, type ReadContext } from './context.js';
import { detectFormat } from './detect.js';
import { findFormBlocks, readForms } from './forms/index.js';
import { readLayoutText } from './layout/index.js';
import { readOcrMarkdown } from './lines/ocr-markdown.js';
import { readTsvText } from './lines/tsv.js';
import type { LineSource, SourceLine } from './lines/types.js';
import { describeDocument } from './metadata.js';
import { readNarrative } from './narrative/index.js';
import { findTableBlocks, readTables } from './tables/index.js';
import { readPages } from './pages.js';
import { readContents, tocLineIndexes } from './toc.js';

/** Why a file could not be read at all. */
export interface ReadError {
  code: 'empty' | 'binary' | 'pdf' | 'encoding' | 'internal';
  message: string;
  pos?: Position;
}

/** The outcome of reading one file: a document (possibly with diagnostics) or an error. */
export type ReadResult = { ok: true; document: Document } | { ok: false; error: ReadError };

/** Read a file's bytes into the model. Never throws. */
export function readDocument(bytes: Uint8Array, file: string): ReadResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) return fail('empty', 'the file is empty', file);
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return fail('pdf', 'this is a PDF; extract its text first (pdftotext -layout FILE) — direct PDF reading is not supported yet', file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('encoding', 'the file is not UTF-8 text', file);
  }
  if (/\u0000/.test(text.slice(0, 65536))) return fail('binary', 'the file is binary, not text', file);
  return readText(text, file, sha256);
}

/** Read already decoded text into the model. Never throws. */
export function readText(text: string, file: string, sha256?: string): ReadResult {
  try {
    const clean = text.replace(/^\uFEFF/, '');
    const format = detectFormat(clean);
    if (!format) return fail('empty', 'the file holds no text', file);
    const source = toLines(clean, file, format);
    const hash = sha256 ?? createHash('sha256').update(text).digest('hex');
    return { ok: true, document: assemble(source, hash) };
  } catch (e) {
    // A reader bug must not take the caller down; report it as data with the file name.
    return fail('internal', `internal reader error: ${e instanceof Error ? e.message : String(e)}`, file);
  }
}

function toLines(text: string, file: string, format: LineSource['format']): LineSource {
  if (format === 'ocr-markdown') return readOcrMarkdown(text, file);
  if (format === 'layout-text') return readLayoutText(text, file);
  return readTsvText(text, file);
}

function assemble(source: LineSource, sha256: string): Document {
  const ctx: ReadContext = createContext(source.file, source.format);
  const { lines } = source;
  const toc = tocLineIndexes(lines);
  const tableBlocks = findTableBlocks(lines).filter((b) => !toc.has(b.start));
  const formBlocks = findFormBlocks(lines, toc);
  const taken = new Uint8Array(lines.length);
  for (const i of toc) taken[i] = 1;
  for (const b of [...tableBlocks, ...formBlocks]) taken.fill(1, b.start, b.end);
  const prose: SourceLine[] = lines.filter((_, i) => taken[i] === 0);

  const tables = readTables(lines, tableBlocks, ctx);
  const forms = readForms(lines, formBlocks, ctx);
  const narrative = readNarrative(prose, ctx);
  const meta = describeDocument(lines, tables, forms, ctx);

  const doc: Document = {
    schemaVersion: SCHEMA_VERSION,
    source: { file: source.file, format: source.format, sha256, lines: lines.length },
    kind: meta.kind,
    body: meta.body,
    template: meta.template,
    tables,
    narrative: { sections: narrative.sections },
    forms,
    organization: narrative.organization,
    glossary: narrative.glossary,
    diagnostics: ctx.diagnostics,
  };
  if (meta.scope) doc.scope = meta.scope;
  if (meta.year !== undefined) doc.year = meta.year;
  if (meta.title) doc.title = meta.title;
  if (narrative.procurement) doc.procurement = narrative.procurement;
  if (narrative.adminOperating) doc.adminOperating = narrative.adminOperating;
  if (narrative.assets) doc.assets = narrative.assets;
  const contents = readContents(lines, source.file);
  if (contents.length > 0) doc.contents = contents;
  if (source.format === 'layout-text') doc.pages = readPages(lines, source.file);
  for (const d of source.dropped)
    if (d.reason !== 'watermark') ctx.diagnostics.push({ code: `dropped-${d.reason}`, severity: 'info', message: `line dropped: ${d.reason}`, pos: { file: source.file, line: d.no } });
  return doc;
}

function fail(code: ReadError['code'], message: string, file: string): ReadResult {
  return { ok: false, error: { code, message, pos: { file, line: 1 } } };
}
