// Small named helpers for the acceptance tests: read a corpus document, find tables, rows, cells,
// facts and forms, and say clearly what was missing when a lookup fails.
import assert from 'node:assert/strict';
import { DocumentSchema } from '../../src/model/document.js';
import type { Document } from '../../src/model/document.js';
import type { ProjectForm } from '../../src/model/forms.js';
import type { Money } from '../../src/model/money.js';
import type { NarrativeFact, NarrativeSection } from '../../src/model/narrative.js';
import type { Cell, Row, Table } from '../../src/model/table.js';
import { readDocument, readText } from '../../src/read/index.js';
import type { ReadResult } from '../../src/read/index.js';
import { corpusBytes, corpusText } from '../corpus.js';
import { layoutTextOf } from '../layout-text.js';

export const YQ26 = 'yangquan-emergency-2026-budget.txt';
export const DT25 = 'datong-emergency-2025-unit-budget.md';
export const SX26 = 'shanxi-emergency-2026-budget.txt';
export const YQ24 = 'yangquan-emergency-2024-final-accounts.txt';
export const JZ22 = 'jinzhong-emergency-2022-performance-targets.txt';
export const SHB25 = 'shanghai-putuo-commerce-2025-budget.pdf';
export const SHF24 = 'shanghai-putuo-planning-2024-final-accounts.pdf';

export const ALL_DOCS = [YQ26, DT25, SX26, YQ24, JZ22, SHB25, SHF24] as const;

/** The raw text a document is read from: the file itself, or `pdftotext -layout` of a PDF. */
export function sourceText(name: string): string {
  return name.endsWith('.pdf') ? layoutTextOf(name) : corpusText(name);
}

const cache = new Map<string, ReadResult>();

/** Read a corpus document the way the issue says: text files as bytes, PDFs through their layout text. */
export function read(name: string): ReadResult {
  let r = cache.get(name);
  if (r === undefined) {
    r = name.endsWith('.pdf') ? readText(layoutTextOf(name), name) : readDocument(corpusBytes(name), name);
    cache.set(name, r);
  }
  return r;
}

/** The document read from a corpus file; fails the test when reading failed. */
export function doc(name: string): Document {
  const r = read(name);
  if (!r.ok) assert.fail(`${name}: read failed: ${r.error.code} ${r.error.message}`);
  return r.document;
}

/** Whether a value conforms to the document schema (returns the zod error text when not). */
export function schemaProblem(value: unknown): string | undefined {
  const p = DocumentSchema.safeParse(value);
  return p.success ? undefined : p.error.message.slice(0, 2000);
}

/** Text normalised for comparison: NFKC, no spaces. */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** A row or column name without a leading ordinal (一、 （一） (1) 1. ① …). */
export function stripOrdinal(s: string): string {
  return norm(s).replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、]|[①②③④⑤⑥⑦⑧⑨⑩])/, '');
}

/** All tables of a kind. */
export function tablesOf(d: Document, kind: Table['kind']): Table[] {
  return d.tables.filter((t) => t.kind === kind);
}

/** The one table of a kind; fails when there is none. */
export function table(d: Document, kind: Table['kind']): Table {
  const t = d.tables.find((x) => x.kind === kind);
  if (!t) assert.fail(`no table of kind ${kind}; kinds read: ${d.tables.map((x) => x.kind).join(', ')}`);
  return t;
}

/** The first table whose title contains a text (for Shanghai tables, typed or generic). */
export function tableTitled(d: Document, title: string): Table {
  const t = d.tables.find((x) => norm(x.title).includes(norm(title)));
  if (!t) assert.fail(`no table titled …${title}…; titles read: ${d.tables.map((x) => x.title).join(' | ')}`);
  return t;
}

export interface RowQuery {
  code?: string;
  name?: string;
  name2?: string;
  side?: string;
  unitName?: string;
  role?: Row['role'];
  /** Printed 行次. */
  lineNo?: string;
  /** 1-based source line of the row. */
  line?: number;
}

/** The row matching a query (code exact; name compared without spaces and ordinals; side exact). */
export function row(t: Table, q: RowQuery): Row {
  const found = t.rows.find(
    (r) =>
      (q.code === undefined || r.code === q.code) &&
      (q.name === undefined || stripOrdinal(r.name) === stripOrdinal(q.name)) &&
      (q.name2 === undefined || (r.name2 !== undefined && norm(r.name2) === norm(q.name2))) &&
      (q.side === undefined || r.side === q.side) &&
      (q.unitName === undefined || (r.unitName !== undefined && norm(r.unitName) === norm(q.unitName))) &&
      (q.role === undefined || r.role === q.role) &&
      (q.lineNo === undefined || r.lineNo === q.lineNo) &&
      (q.line === undefined || r.pos.line === q.line),
  );
  if (!found)
    assert.fail(
      `${t.kind} 《${t.title}》: no row ${JSON.stringify(q)}; rows: ${t.rows
        .slice(0, 60)
        .map((r) => `${r.pos.line}:${r.side ? r.side + ':' : ''}${r.code ?? ''}${r.name}`)
        .join(' / ')}`,
    );
  return found;
}

/**
 * The cell of a row under a column key; fails (listing the keys present) when absent. Side-by-side
 * tables key their cells by side (`income.amount`, `expenditure.total`), so a row with a side is looked
 * up under `${side}.${key}` when the bare key is not there.
 */
export function cell(r: Row, key: string): Cell {
  const c = r.cells[key] ?? (r.side ? r.cells[`${r.side}.${key}`] : undefined);
  if (!c) assert.fail(`row ${r.pos.line} ${r.code ?? ''}${r.name}: no cell '${key}'; keys: ${Object.keys(r.cells).join(', ')}`);
  return c;
}

/** The exact decimal value of a cell (fails when the cell holds no amount). */
export function value(r: Row, key: string): string {
  const c = cell(r, key);
  if (!c.amount) assert.fail(`row ${r.pos.line} ${r.name}: cell '${key}' holds no amount (text '${c.text}')`);
  return c.amount.value;
}

/** Assert a table cell: the row found by query holds `expected` (exact decimal) in column `key`. */
export function assertCell(t: Table, q: RowQuery, key: string, expected: string): void {
  assert.equal(value(row(t, q), key), expected, `${t.kind} ${JSON.stringify(q)} ${key}`);
}

/**
 * The amount printed on a source line under a column whose label (or, for tables typed with one row per
 * group such as 预算数/决算数, label and row name together) contains all the given texts — for tables that may
 * be typed or generic, asserted by label, not key. Fails unless exactly one cell on that line matches.
 */
export function amountByLabel(t: Table, line: number, ...parts: string[]): Money {
  const hits: { said: string; cell: Cell }[] = [];
  for (const r of t.rows)
    for (const [key, c] of Object.entries(r.cells)) {
      if (c.pos.line !== line || !c.amount) continue;
      const label = t.columns.find((col) => col.key === key)?.label ?? key;
      const said = `${norm(label).replace(/\//g, '')}|${norm(r.name)}|${norm(r.code ?? '')}`;
      if (parts.every((p) => said.includes(norm(p)))) hits.push({ said, cell: c });
    }
  if (hits.length !== 1)
    assert.fail(
      `《${t.title}》 line ${line}: ${hits.length} cells labelled ${parts.join('+')}; amounts on that line: ${t.rows
        .flatMap((r) =>
          Object.entries(r.cells)
            .filter(([, c]) => c.pos.line === line && c.amount)
            .map(([k, c]) => `${r.name}/${t.columns.find((col) => col.key === k)?.label ?? k}=${c.amount?.value ?? ''}`),
        )
        .join(' | ') || 'none'}`,
    );
  return (hits[0] as { cell: Cell }).cell.amount as Money;
}

/** Assert an exact amount and its unit. */
export function assertMoney(m: Money | undefined, value: string, unit: Money['unit'], what: string): void {
  if (!m) assert.fail(`${what}: no amount`);
  assert.equal(m.value, value, `${what}: value`);
  assert.equal(m.unit, unit, `${what}: unit`);
}

/** The column of a Shanghai (or any) table whose label contains all the given texts. */
export function columnKey(t: Table, ...labelParts: string[]): string {
  const col = t.columns.find((c) => labelParts.every((p) => norm(c.label).replace(/\//g, '').includes(norm(p))));
  if (!col) assert.fail(`${t.kind} 《${t.title}》: no column labelled ${labelParts.join('+')}; labels: ${t.columns.map((c) => c.label).join(' | ')}`);
  return col.key;
}

/** Every narrative fact of the document, sections flattened. */
export function facts(d: Document): NarrativeFact[] {
  const out: NarrativeFact[] = [];
  const walk = (s: NarrativeSection): void => {
    out.push(...s.facts);
    s.children.forEach(walk);
  };
  d.narrative.sections.forEach(walk);
  return out;
}

export interface FactQuery {
  kind: NarrativeFact['kind'];
  /** 1-based source line where the figure's number is printed (the fact's pos.line…endLine must cover it). */
  line: number;
  /** Exact amount value (amount facts, change facts). */
  amount?: string;
  unit?: string;
  /** Exact number (share, growth, completion, count, area). */
  number?: string;
  direction?: NarrativeFact['direction'];
  /** Text the subject topic must contain. */
  topic?: string;
  code?: string;
}

/** The narrative fact matching a query; fails listing the facts found on that line. */
export function fact(d: Document, q: FactQuery): NarrativeFact {
  // A figure wrapped over lines (增加 / 24,558.18万元) is found from any of its lines.
  const onLine = facts(d).filter((f) => f.pos.line <= q.line && q.line <= (f.pos.endLine ?? f.pos.line));
  const found = onLine.find(
    (f) =>
      f.kind === q.kind &&
      (q.amount === undefined || f.amount?.value === q.amount) &&
      (q.unit === undefined || f.amount?.unit === q.unit || f.unit === q.unit) &&
      (q.number === undefined || f.number === q.number) &&
      (q.direction === undefined || f.direction === q.direction) &&
      (q.topic === undefined || (f.subject !== undefined && norm(f.subject.topic).includes(norm(q.topic)))) &&
      (q.code === undefined || f.subject?.code === q.code),
  );
  if (!found)
    assert.fail(
      `no fact ${JSON.stringify(q)}; facts on line ${q.line}: ${
        onLine.map((f) => `${f.kind}:${f.amount?.value ?? f.number ?? ''}:${f.direction ?? ''}:${f.subject?.topic ?? ''}`).join(' / ') || 'none'
      }`,
    );
  return found;
}

/** The project form of a project name (exact); fails listing the names read. */
export function project(d: Document, name: string): ProjectForm {
  const p = d.forms.projects.find((x) => norm(x.projectName) === norm(name));
  if (!p) assert.fail(`no project form '${name}'; read: ${d.forms.projects.map((x) => x.projectName).join(' | ')}`);
  return p;
}

/** Assert an indicator of a project form: level1/level2/name/value for the period or the year. */
export function assertIndicator(
  p: ProjectForm,
  when: 'period' | 'year',
  level1: string,
  level2: string,
  name: string,
  val: string,
): void {
  const list = p.indicators[when];
  const hit = list.find((i) => norm(i.level1) === norm(level1) && norm(i.level2) === norm(level2) && norm(i.name) === norm(name));
  if (!hit)
    assert.fail(
      `${p.projectName}: no ${when} indicator ${level1}/${level2}/${name}; read: ${list.map((i) => `${i.level1}/${i.level2}/${i.name}=${i.value}`).join(' | ')}`,
    );
  assert.equal(norm(hit.value), norm(val), `${p.projectName} ${when} ${name}`);
}
