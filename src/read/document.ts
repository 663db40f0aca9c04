import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type Document, type Position } from '../model/index.js';
import { createContext, type ReadContext } from './context.js';
import { FORMAT_READERS } from './formats/registry.js';
import { decodeText, textLines } from './formats/text.js';
import { DEFAULT_LIMITS, type Extracted, ReadFailure, type ReadOptions } from './formats/types.js';
import { findFormBlocks, readForms } from './forms/index.js';
import type { LineSource, SourceLine } from './lines/types.js';
import { describeDocument } from './metadata.js';
import { readNarrative } from './narrative/index.js';
import { findTableBlocks, readTables } from './tables/index.js';
import { readPages } from './pages.js';
import { readContents, tocLineIndexes } from './toc.js';

/** Why a file could not be read at all. */
export interface ReadError {
  code: 'empty' | 'binary' | 'pdf' | 'encoding' | 'internal' | ReadFailure['code'];
  message: string;
  pos?: Position;
}

/** The outcome of reading one file: a document (possibly with diagnostics) or an error. */
export type ReadResult = { ok: true; document: Document } | { ok: false; error: ReadError };

/**
 * Read a file of any container gongkai knows (PDF, HTML, XLSX, DOCX, text in UTF-8/UTF-16/GB18030) into the model.
 * The first reader of `FORMAT_READERS` that claims the bytes reads them. Never throws; never runs past the limits.
 */
export async function readFile(bytes: Uint8Array, file: string, opts: Partial<ReadOptions> = {}): Promise<ReadResult> {
  const options: ReadOptions = { ...opts, limits: { ...DEFAULT_LIMITS, ...opts.limits } };
  if (bytes.length === 0) return fail('empty', 'the file is empty', file);
  if (bytes.length > options.limits.maxBytes) return fail('too-large', `the file is ${bytes.length} bytes, over the limit of ${options.limits.maxBytes}`, file);
  const reader = FORMAT_READERS.find((r) => r.claims(bytes, file));
  if (!reader) return fail('unsupported', 'no reader takes this file', file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ReadFailure('timeout', `reading took longer than ${options.limits.timeoutMs} ms`)), options.limits.timeoutMs);
    });
    const x = await Promise.race([reader.read(bytes, file, options), timeout]);
    return { ok: true, document: x.document ?? assemble(x.source, sha256, x) };
  } catch (e) {
    if (e instanceof ReadFailure) return fail(e.code, e.message, file);
    // A reader bug must not take the caller down; report it as data with the file name.
    return fail('internal', `internal reader error: ${e instanceof Error ? e.message : String(e)}`, file);
  } finally {
    clearTimeout(timer);
  }
}

/** Read a text extraction's bytes into the model, synchronously (PDF and other containers need `readFile`). Never throws. */
export function readDocument(bytes: Uint8Array, file: string): ReadResult {
  if (bytes.length === 0) return fail('empty', 'the file is empty', file);
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return fail('pdf', 'this is a PDF: read it with readFile', file);
  try {
    const { text, encoding } = decodeText(bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { ok: true, document: assemble(textLines(text, file), sha256, { container: 'text', encoding }) };
  } catch (e) {
    if (e instanceof ReadFailure) return fail(e.code, e.message, file);
    return fail('internal', `internal reader error: ${e instanceof Error ? e.message : String(e)}`, file);
  }
}

/** Read already decoded text into the model. Never throws. */
export function readText(text: string, file: string, sha256?: string): ReadResult {
  try {
    const hash = sha256 ?? createHash('sha256').update(text).digest('hex');
    return { ok: true, document: assemble(textLines(text, file), hash, { container: 'text' }) };
  } catch (e) {
    if (e instanceof ReadFailure) return fail(e.code, e.message, file);
    return fail('internal', `internal reader error: ${e instanceof Error ? e.message : String(e)}`, file);
  }
}

function assemble(source: LineSource, sha256: string, x: Omit<Extracted, 'source'>): Document {
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
    source: { file: source.file, format: source.format, container: x.container, sha256, lines: lines.length, ...(x.encoding ? { encoding: x.encoding } : {}), ...(x.pageCount !== undefined ? { pageCount: x.pageCount } : {}), ...(x.ocrPages?.length ? { ocrPages: x.ocrPages } : {}) },
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
  if (x.diagnostics) ctx.diagnostics.push(...x.diagnostics);
  for (const d of source.dropped)
    if (d.reason !== 'watermark') ctx.diagnostics.push({ code: `dropped-${d.reason}`, severity: 'info', message: `line dropped: ${d.reason}`, pos: { file: source.file, line: d.no } });
  return doc;
}

function fail(code: ReadError['code'], message: string, file: string): ReadResult {
  return { ok: false, error: { code, message, pos: { file, line: 1 } } };
}
