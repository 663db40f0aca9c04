import type { Document } from '../model/index.js';
import { csvField } from '../render/csv.js';

/** Header of the long-form cell CSV. */
export const CSV_HEADER = ['document', 'table', 'table_kind', 'row_code', 'row_name', 'side', 'column', 'column_label', 'value', 'unit', 'text', 'line', 'column_start'];

/** Every table cell of a document as CSV lines in long form (one line per non-empty cell). */
export function cellsAsCsv(doc: Document): string[] {
  const out: string[] = [];
  for (const t of doc.tables) {
    const labels = new Map(t.columns.map((c) => [c.key, c.label]));
    for (const r of t.rows) {
      for (const [key, cell] of Object.entries(r.cells)) {
        if (!cell.text) continue;
        out.push(
          [doc.source.file, t.title, t.kind, r.code, r.name, r.side, key, labels.get(key), cell.amount?.value, cell.amount?.unit, cell.text, cell.pos.line, cell.pos.column?.start]
            .map(csvField)
            .join(','),
        );
      }
    }
  }
  return out;
}
