import type { ColumnType, Generated } from 'kysely';

// Types of the tables as Kysely sees them. Money columns are `numeric` and read back as exact decimal strings
// (both drivers return numeric as text); they are written as strings too, never as JS numbers.
type Numeric = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** `files`: the original bytes, keyed by their SHA-256. */
export interface FilesTable {
  sha256: string;
  name: string;
  size: number;
  bytes: Uint8Array;
  imported_at: Timestamp;
}

/** `documents`: one read document, its model as JSON and the counts of its findings. */
export interface DocumentsTable {
  id: Generated<number>;
  sha256: string;
  file_name: string;
  body: string;
  body_code: string | null;
  region: string | null;
  year: number | null;
  kind: string;
  template: string;
  scope: string | null;
  title: string | null;
  schema_version: number;
  model: Json<unknown>;
  error_count: number;
  warning_count: number;
  info_count: number;
  created_at: Timestamp;
  /** The document page's JSON (summary, file, model) gzipped; null until built (import, recheck, first read). */
  page_gz: Uint8Array | null;
  /** The findings list's JSON gzipped; null until built. */
  findings_gz: Uint8Array | null;
  /** ETags of the two cached bodies (a digest of their bytes); null until built. */
  page_etag: string | null;
  findings_etag: string | null;
}

/** `tables`: one printed table of a document. */
export interface TablesTable {
  document_id: number;
  index: number;
  kind: string;
  title: string;
  unit: string | null;
  pos: Json<unknown>;
}

/** `cells`: every table cell in long form. */
export interface CellsTable {
  document_id: number;
  table_index: number;
  row_index: number;
  row_code: string | null;
  row_name: string;
  row_role: string;
  column_key: string;
  column_label: string;
  value: Numeric;
  unit: string | null;
  text: string;
  line: number;
  col_start: number | null;
}

/** `facts`: narrative facts (amounts, shares, changes …) with their sentence. */
export interface FactsTable {
  document_id: number;
  section: string;
  kind: string;
  topic: string | null;
  code: string | null;
  amount: Numeric;
  unit: string | null;
  number: string | null;
  text: string;
  line: number;
  col: number | null;
}

/** `forms`: project performance forms (项目支出绩效目标表). */
export interface FormsTable {
  document_id: number;
  index: number;
  project_name: string;
  year: number | null;
  year_total: Numeric;
  unit: string | null;
  line: number;
}

/** `indicators`: the indicators of the project forms. */
export interface IndicatorsTable {
  document_id: number;
  form_index: number;
  term: string;
  level1: string;
  level2: string;
  name: string;
  value: string;
  line: number;
}

/** `units`: organisational units listed in 机构设置. */
export interface UnitsTable {
  document_id: number;
  index: number | null;
  name: string;
  note: string | null;
  line: number;
}

/** `findings`: what the checks found, in checkDocument's order (`ord`). */
export interface FindingsTable {
  document_id: number;
  ord: number;
  rule: string;
  severity: string;
  line: number;
  col: number | null;
  page: number | null;
  expected: string | null;
  actual: string | null;
  params: Json<Record<string, string>>;
  location: Json<unknown>;
  related: ColumnType<unknown, string | null, string | null>;
  message: string | null;
}

/** Outcome of one import. */
export type ImportStatus = 'imported' | 'duplicate' | 'unreadable' | 'failed';

/** `publications`: each rendered disclosure published, by whom, and the error-level findings that stood. */
export interface PublicationsTable {
  id: Generated<number>;
  created_at: Timestamp;
  account: string;
  sha256: string;
  body: string;
  year: number | null;
  kind: string;
  format: string;
  size: number;
  forced: boolean;
  standing: Json<unknown>;
}

/** `imports`: the import history, one row per attempt. */
export interface ImportsTable {
  id: Generated<number>;
  at: Timestamp;
  file_name: string;
  sha256: string;
  status: ImportStatus;
  message: string | null;
  document_id: number | null;
}

/** The whole database. */
export interface Database {
  files: FilesTable;
  documents: DocumentsTable;
  tables: TablesTable;
  cells: CellsTable;
  facts: FactsTable;
  forms: FormsTable;
  indicators: IndicatorsTable;
  units: UnitsTable;
  findings: FindingsTable;
  imports: ImportsTable;
  publications: PublicationsTable;
}
