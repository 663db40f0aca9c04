import { type CsvValue, csvFile } from './csv.js';
import type { ExportItem } from './export-item.js';

/** Header of the cells CSV of `gongkai export --format csv`. */
export const CELLS_CSV_HEADER = [
  'file', 'body', 'year', 'kind', 'table_index', 'table_kind', 'table_title', 'unit', 'row_index', 'row_code', 'row_name',
  'side', 'column_key', 'column_label', 'value', 'text', 'line', 'column_start',
];

/**
 * Every table cell of every document in long form, one record per cell, blank cells included (a blank is not a
 * zero: `text` and `value` stay empty). `value` is the exact decimal as read, `text` the cell as printed.
 * Indexes and positions are the model's own numbers, so a record finds its cell in the JSON export:
 * `table_index`/`row_index` are 0-based (`tables[i].rows[j]`), `line` 1-based, `column_start` 0-based.
 * Findings are not in this file: they are in the JSON and XLSX exports (and `gongkai check --csv`).
 */
export function exportCsv(items: readonly ExportItem[]): string {
  const records: CsvValue[][] = [CELLS_CSV_HEADER];
  for (const { file, doc } of items) {
    doc.tables.forEach((t, ti) => {
      const labels = new Map(t.columns.map((c) => [c.key, c.label]));
      t.rows.forEach((r, ri) => {
        for (const [key, cell] of Object.entries(r.cells)) {
          records.push([
            file, doc.body.name, doc.year, doc.kind, ti, t.kind, t.title, cell.amount?.unit ?? t.unit, ri, r.code, r.name,
            r.side, key, labels.get(key), cell.amount?.value, cell.text, cell.pos.line, cell.pos.column?.start,
          ]);
        }
      });
    });
  }
  return csvFile(records);
}
