import { type Document, DocumentSchema, type Finding, FindingSchema } from '../model/index.js';
import { type Counts, countFindings } from './checked.js';
import type { ExportItem } from './export-item.js';

/** One document of the JSON export: what it is at a glance, its findings counted, the whole model, the findings. */
export interface ExportedDocument {
  file: string;
  body: Document['body'];
  year: number | undefined;
  kind: Document['kind'];
  template: Document['template'];
  counts: Counts;
  model: Document;
  findings: Finding[];
}

/**
 * The JSON export: an array with one entry per document. Keys come in a fixed order whatever order the reader
 * built them in — objects are passed through their schemas (which also checks them), records are put in a
 * canonical order — so two exports of the same documents are byte-identical.
 */
export function exportJson(items: readonly ExportItem[]): string {
  const out: ExportedDocument[] = items.map((it) => {
    const model = canonical(DocumentSchema.parse(it.doc));
    return {
      file: it.file,
      body: model.body,
      year: model.year,
      kind: model.kind,
      template: model.template,
      counts: countFindings(it.findings),
      model,
      findings: it.findings.map((f) => {
        const parsed = FindingSchema.parse(f);
        return { ...parsed, params: sortedRecord(parsed.params, (a, b) => compare(a[0], b[0])) };
      }),
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortedRecord<T>(r: Record<string, T>, order: (a: [string, T], b: [string, T]) => number): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(order));
}

/** The model with its records in a fixed order: cells in column order, form texts in printed order. */
function canonical(doc: Document): Document {
  for (const t of doc.tables) {
    const index = new Map(t.columns.map((c, i) => [c.key, i]));
    const at = (k: string): number => index.get(k) ?? t.columns.length;
    for (const r of t.rows) r.cells = sortedRecord(r.cells, ([a], [b]) => at(a) - at(b) || compare(a, b));
  }
  for (const p of doc.forms.projects) {
    p.texts = sortedRecord(p.texts, ([ka, a], [kb, b]) => a.pos.line - b.pos.line || (a.pos.column?.start ?? 0) - (b.pos.column?.start ?? 0) || compare(ka, kb));
  }
  return doc;
}
