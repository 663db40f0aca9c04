import type { Rule } from '../check/index.js';
import type { Finding } from '../model/index.js';
import { type CsvValue, csvFile } from './csv.js';
import type { Checked } from './checked.js';
import { type Places, indexPlaces, placeOf } from './locate.js';
import { findingMessage, rowName } from './message.js';

export { csvField } from './csv.js';

/** Header of the findings CSV. */
export const FINDINGS_CSV_HEADER = ['file', 'rule', 'category', 'severity', 'line', 'column', 'page', 'table', 'row', 'column_label', 'expected', 'actual', 'message'];

/** One finding flattened for tables (the findings CSV, the XLSX export): where, what, and the message in words. */
export interface FindingRecord {
  file: string;
  rule: string;
  category: string | undefined;
  severity: Finding['severity'];
  line: number;
  /** 1-based, as editors count. */
  column: number | undefined;
  page: number | undefined;
  table: string | undefined;
  row: string | undefined;
  columnLabel: string | undefined;
  expected: string | undefined;
  actual: string | undefined;
  message: string;
}

/** A finding flattened: the table, row and column label resolved from its position, the message worded. */
export function findingRecord(file: string, f: Finding, rules: ReadonlyMap<string, Rule>, places: Places): FindingRecord {
  const place = placeOf(places, f.location);
  const label = place?.key ? place.table.columns.find((col) => col.key === place.key)?.label : undefined;
  const loc = f.location;
  return {
    file,
    rule: f.rule,
    category: rules.get(f.rule)?.category,
    severity: f.severity,
    line: loc.line,
    column: loc.column ? loc.column.start + 1 : undefined,
    page: loc.page,
    table: f.params['table'] || (place?.row ? place.table.title : undefined),
    row: f.params['row'] ?? rowName(place),
    columnLabel: label ?? f.params['column'],
    expected: f.expected,
    actual: f.actual,
    message: findingMessage(f, rules, places),
  };
}

/**
 * Findings as CSV, one line per finding, CRLF line ends and a UTF-8 byte-order mark so that Excel opens the
 * Chinese text correctly.
 */
export function findingsCsv(checked: readonly Checked[], rules: readonly Rule[]): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const records: CsvValue[][] = [FINDINGS_CSV_HEADER];
  for (const c of checked) {
    const places = indexPlaces(c.doc);
    for (const f of c.findings) {
      const r = findingRecord(c.file, f, byId, places);
      records.push([r.file, r.rule, r.category, r.severity, r.line, r.column, r.page, r.table, r.row, r.columnLabel, r.expected, r.actual, r.message]);
    }
  }
  return csvFile(records);
}
