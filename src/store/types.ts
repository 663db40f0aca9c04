import type { ReadLimits } from '../read/index.js';
import type { Rule } from '../check/index.js';
import type { Document, Finding } from '../model/index.js';
import type { ImportStatus } from './schema.js';

/** Finding counts by severity. */
export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** What `importFile` did. */
export interface ImportResult {
  status: ImportStatus;
  sha256: string;
  documentId?: number;
  counts?: Counts;
  message?: string;
}

/** Options of `importFile`: the rules to run (all by default) and, for tests, a hook called after each write stage. */
export interface ImportOptions {
  rules?: readonly Rule[];
  /** Bounds on reading the file (size, pages, time); the reader's defaults otherwise. */
  limits?: ReadLimits;
  afterStage?: (stage: string) => void;
}

/** A stored document as listed. */
export interface DocumentSummary {
  id: number;
  fileName: string;
  sha256: string;
  body: string;
  /** The administrative area of the body (山西省, 阳泉市, 上海市普陀区), from its name; null when the name has none. */
  region: string | null;
  year: number | null;
  kind: string;
  template: string;
  title: string | null;
  counts: Counts;
  createdAt: Date;
}

/** Filters and page of `listDocuments`; `status` keeps documents with errors, with warnings (no error) or clean ones. */
export interface ListQuery {
  body?: string;
  /** Documents of bodies whose region starts with this (山西省, 阳泉市, 上海市). */
  region?: string;
  year?: number;
  kind?: string;
  status?: 'errors' | 'warnings' | 'clean';
  limit?: number;
  offset?: number;
}

/** A stored document with its model, findings and original file. */
export interface StoredDocument extends DocumentSummary {
  model: Document;
  findings: Finding[];
  file: { name: string; sha256: string; size: number; importedAt: Date };
}

/** Issuers with their documents, by year. */
export interface BodyEntry {
  body: string;
  years: { year: number | null; documents: { id: number; kind: string; title: string | null; fileName: string }[] }[];
}

/** A table of a document as listed (no rows or cells): what the document page shows before a table is opened. */
export interface TableListEntry {
  index: number;
  kind: string;
  title: string;
  number?: string;
  unit?: string;
  rows: number;
  noData: boolean;
  line: number;
}
