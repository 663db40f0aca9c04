import type { Diagnostic, Document } from '../../model/index.js';
import type { LineSource } from '../lines/types.js';

/** The containers gongkai reads: text extractions, PDF (text layer or OCR), web pages, workbooks, Word files. */
export type Container = 'text' | 'pdf' | 'html' | 'xlsx' | 'docx' | 'json';

/** Bounds on reading one file; over them a file is refused with a clear error, never a crash. */
export interface ReadLimits {
  /** Largest file accepted (bytes). */
  maxBytes: number;
  /** Most pages read from a paginated source. */
  maxPages: number;
  /** Longest time spent reading one file (ms). */
  timeoutMs: number;
}

/** Default limits: 50 MB, 500 pages, 120 s per file. */
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 500, timeoutMs: 120_000 };

/** Options of one read. */
export interface ReadOptions {
  limits: ReadLimits;
  /** OCR pages without a text layer when tesseract is installed (default true). */
  ocr?: boolean;
}

/** What a format reader hands on: lines for the structural parsers, and facts about the container. */
export interface Extracted {
  source: LineSource;
  /** A reader of an already structured form (model JSON) gives the document itself; `source` is then its lines as text. */
  document?: Document;
  container: Container;
  /** Character encoding the bytes were decoded from (text sources), e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding?: string;
  /** Pages in the container (PDF), when known. */
  pageCount?: number;
  /** Pages read through OCR (1-based), when any. */
  ocrPages?: number[];
  /** What the container reader noticed (a scanned page left unread …), added to the document's diagnostics. */
  diagnostics?: Diagnostic[];
}

/** Why a container could not be read: a user-facing message and a stable code. */
export class ReadFailure extends Error {
  constructor(
    readonly code: 'empty' | 'binary' | 'encoding' | 'encrypted' | 'corrupt' | 'too-large' | 'too-many-pages' | 'timeout' | 'no-text' | 'missing-tool' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

/** A reader of one container format: a handler-map entry. */
export interface FormatReader {
  id: Container;
  /** File extensions (lower case, with the dot) a directory walk picks up for this reader. */
  extensions: readonly string[];
  /** Whether these bytes are this reader's ("not mine" is false): magic bytes first, the file name only as a hint. */
  claims(bytes: Uint8Array, name: string): boolean;
  /** Extract the lines; throws `ReadFailure` for a file it claims but cannot read. */
  read(bytes: Uint8Array, file: string, opts: ReadOptions): Promise<Extracted>;
}
