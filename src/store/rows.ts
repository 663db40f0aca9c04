import type { Insertable } from 'kysely';
import type { Document, Finding, NarrativeSection } from '../model/index.js';
import type { CellsTable, FactsTable, FindingsTable, FormsTable, IndicatorsTable, TablesTable, UnitsTable } from './schema.js';

type Rows<T> = Omit<Insertable<T>, 'document_id'>[];

/** The searchable rows of a document (everything but the model itself and its findings). */
export interface DocumentRows {
  tables: Rows<TablesTable>;
  cells: Rows<CellsTable>;
  facts: Rows<FactsTable>;
  forms: Rows<FormsTable>;
  indicators: Rows<IndicatorsTable>;
  units: Rows<UnitsTable>;
}

/** Flatten a document's model into rows (amounts stay decimal strings). */
export function documentRows(doc: Document): DocumentRows {
  const tables: DocumentRows['tables'] = [];
  const cells: DocumentRows['cells'] = [];
  doc.tables.forEach((t, ti) => {
    tables.push({ index: ti, kind: t.kind, title: t.title, unit: t.unit ?? null, pos: JSON.stringify(t.pos) });
    const labels = new Map(t.columns.map((c) => [c.key, c]));
    t.rows.forEach((r, ri) => {
      for (const [key, cell] of Object.entries(r.cells)) {
        const col = labels.get(key);
        cells.push({
          table_index: ti,
          row_index: ri,
          row_code: r.code ?? null,
          row_name: r.name,
          row_role: r.role,
          column_key: key,
          column_label: col?.label ?? key,
          value: cell.amount?.value ?? null,
          unit: cell.amount?.unit ?? col?.unit ?? t.unit ?? null,
          text: cell.text,
          line: cell.pos.line,
          col_start: cell.pos.column?.start ?? null,
        });
      }
    });
  });
  const facts: DocumentRows['facts'] = [];
  const walk = (s: NarrativeSection): void => {
    for (const f of s.facts)
      facts.push({
        section: `${s.number} ${s.title}`.trim(),
        kind: f.kind,
        topic: f.subject?.topic ?? null,
        code: f.subject?.code ?? null,
        amount: f.amount?.value ?? null,
        unit: f.amount?.unit ?? f.unit ?? null,
        number: f.number ?? null,
        text: f.text,
        line: f.pos.line,
        col: f.pos.column?.start ?? null,
      });
    s.children.forEach(walk);
  };
  doc.narrative.sections.forEach(walk);
  const forms: DocumentRows['forms'] = [];
  const indicators: DocumentRows['indicators'] = [];
  doc.forms.projects.forEach((p, i) => {
    const total = p.funding.year?.total;
    forms.push({ index: i, project_name: p.projectName, year: p.year ?? null, year_total: total?.value ?? null, unit: total?.unit ?? null, line: p.pos.line });
    for (const term of ['period', 'year'] as const)
      for (const x of p.indicators[term])
        indicators.push({ form_index: i, term, level1: x.level1, level2: x.level2, name: x.name, value: x.value, line: x.pos.line });
  });
  const units = doc.organization.units.map((u) => ({ index: u.index ?? null, name: u.name, note: u.note ?? null, line: u.pos.line }));
  return { tables, cells, facts, forms, indicators, units };
}

/** Findings as rows, numbered in their given order. */
export function findingRows(findings: readonly Finding[]): Rows<FindingsTable> {
  return findings.map((f, ord) => ({
    ord,
    rule: f.rule,
    severity: f.severity,
    line: f.location.line,
    col: f.location.column?.start ?? null,
    page: f.location.page ?? null,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    params: JSON.stringify(f.params),
    location: JSON.stringify(f.location),
    related: f.related ? JSON.stringify(f.related) : null,
    message: null,
  }));
}

/** Error, warning and info counts of a list of findings. */
export function countFindings(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

// The administrative prefix of a body's name: 省/自治区 or a municipality, then 市/州/盟, then 区/县/旗.
const REGION = /^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,7}?(?:市|自治州|州|盟|地区))?(?:[\u4e00-\u9fff]{1,6}?(?:区|县|旗))?/;

/** The region of a body from its name (山西省应急管理厅 → 山西省, 上海市普陀区商务委员会 → 上海市普陀区); null when none. */
export function regionOf(body: string): string | null {
  const m = REGION.exec(body)?.[0];
  return m ? m : null;
}
