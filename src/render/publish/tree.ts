import type { Document, Position, RowRole } from '../../model/index.js';
import { formNodes } from './forms.js';
import { narrativeNodes } from './narrative/index.js';
import { partsOneAndFour } from './parts.js';
import { tableNode } from './tables.js';

/** A figure of the narrative: the exact value printed, its unit, and the table cell it was taken from. */
export interface Figure {
  value: string;
  unit: string;
  source?: Position;
}

/** A run of paragraph text; a figure run carries its value, a placeholder run is text the finance officer must write. */
export interface Run {
  text: string;
  figure?: Figure;
  placeholder?: true;
}

/** A header cell with its spans, as the template prints it. */
export interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** Labels of name and code columns are set flush left, as their cells are. */
  left?: true;
}

/** A printed cell of a table body: its text, whether it is an amount, the model cell it comes from. */
export interface BodyCell {
  text: string;
  num: boolean;
  source?: Position;
}

/** A printed table row: cells in column order, indentation level (0 类 / 1 款 / 2 项) and whether it is a total. */
export interface BodyRow {
  cells: BodyCell[];
  level: 0 | 1 | 2;
  total: boolean;
  /** The model row's role and code, for writers that rebuild totals (XLSX formulas). */
  role?: RowRole;
  code?: string;
}

/** One indicator of a form's tree (一级 → 二级 → 三级 with its 指标值, and the result for self-evaluations). */
export interface IndicatorRow {
  level1: string;
  level2: string;
  name: string;
  value: string;
  actual?: string;
}

/** A form: header fields, funding rows (label and amounts per column), long texts, indicator blocks, footer fields. */
export interface FormNode {
  type: 'form';
  id: string;
  kind: 'project' | 'department' | 'self-evaluation';
  title: string;
  header: [string, string][];
  funding?: { columns: string[]; rows: { label: string; amounts: string[] }[] };
  texts: [string, string][];
  /** 总体目标 of a project form: for the whole period and for the year. */
  goals?: { period: string; year: string };
  /** The year of the form, printed under its title as （2026年度）. */
  year?: number;
  indicators: { caption: string; rows: IndicatorRow[]; actual: boolean }[];
  footer: [string, string][];
}

/** A table of Part 2 as the template prints it. */
export interface TableNode {
  type: 'table';
  id: string;
  title: string;
  number?: string;
  bodyLabel: '部门名称' | '单位名称';
  bodyName?: string;
  unit?: string;
  header: HeaderCell[][];
  /** Width each printed column needs (in em of the table font): its longest body text, headers may wrap. */
  widths: number[];
  rows: BodyRow[];
  noData: boolean;
  notes: string[];
  /** Wider than portrait A4 holds: printed on a landscape page. */
  wide: boolean;
  /** Type size of the table in points (8.5, smaller for very wide tables). */
  fontPt: number;
}

/** Every node of a published disclosure, independent of the output format. */
export type PublishNode =
  | { type: 'cover'; title: string; body: string; year?: number; subtitle: string }
  | { type: 'toc'; entries: { level: number; text: string; target: string }[] }
  | { type: 'heading'; level: 1 | 2 | 3; text: string; id: string }
  | { type: 'paragraph'; runs: Run[] }
  | TableNode
  | FormNode
  | { type: 'chart'; id: string; caption: string }
  | { type: 'pageBreak' };

/** Options of the tree: the placeholder text for what the model does not hold. */
export interface PublishOptions {
  /** Leave out the performance forms (attachments). */
  noForms?: boolean;
}

/** The published disclosure of a document as a format-neutral tree, in the template's order. */
export function publishTree(doc: Document, opts: PublishOptions = {}): PublishNode[] {
  const ids = new Ids();
  const budget = doc.kind !== 'final-accounts';
  const year = doc.year !== undefined ? `${doc.year}年` : '';
  const title = doc.title ?? `${year}度${doc.scope ?? '部门'}${budget ? '预算' : '决算'}公开`;
  const nodes: PublishNode[] = [];
  const parts = partsOneAndFour(doc, ids);
  nodes.push(...parts.one, { type: 'pageBreak' });
  nodes.push({ type: 'heading', level: 1, text: `第二部分 ${year}${budget ? '部门预算报表' : '部门决算表'}`, id: ids.next('part2') });
  for (const [i, t] of doc.tables.entries()) nodes.push(tableNode(t, i, doc, ids));
  nodes.push({ type: 'pageBreak' });
  nodes.push({ type: 'heading', level: 1, text: `第三部分 ${year}度部门${budget ? '预算' : '决算'}情况说明`, id: ids.next('part3') });
  const forms = opts.noForms ? [] : formNodes(doc, ids, budget ? '附件' : '第五部分 附件');
  // Budget forms are the attachments of 绩效管理情况 and follow that section, as the template prints them; the
  // self-evaluation of final accounts is 第五部分, after the glossary.
  nodes.push(...narrativeNodes(doc, ids, budget ? forms : []));
  nodes.push({ type: 'pageBreak' }, ...parts.four);
  if (!budget && forms.length) nodes.push({ type: 'pageBreak' }, ...forms);
  if (doc.scope === '单位') nodes.splice(0, nodes.length, ...nodes.map(unitWording));
  const toc = nodes.flatMap((n) =>
    n.type === 'heading' && n.level <= 2 ? [{ level: n.level, text: n.text, target: n.id }] : n.type === 'table' ? [{ level: 2, text: n.title, target: n.id }] : [],
  );
  return [{ type: 'cover', title, body: doc.body.name, ...(doc.year !== undefined ? { year: doc.year } : {}), subtitle: `${doc.scope ?? '部门'}${budget ? '预算' : '决算'}公开` }, { type: 'toc', entries: toc }, ...nodes];
}

// A unit's disclosure (单位预算/决算) speaks of 本单位 and 单位预算 where a department's speaks of 本部门 and 部门预算.
const UNIT_WORDS: [RegExp, string][] = [[/本部门/g, '本单位'], [/部门预算/g, '单位预算'], [/部门决算/g, '单位决算']];
const toUnit = (s: string): string => UNIT_WORDS.reduce((t, [re, w]) => t.replace(re, w), s);
function unitWording(n: PublishNode): PublishNode {
  if (n.type === 'heading') return { ...n, text: toUnit(n.text) };
  if (n.type === 'paragraph') return { ...n, runs: n.runs.map((r) => (r.figure || r.placeholder ? r : { ...r, text: toUnit(r.text) })) };
  return n;
}

/** Unique ids of headings, tables, forms and charts (anchors of the TOC and of page lookups). */
export class Ids {
  private n = 0;
  /** A new id with a readable prefix. */
  next(prefix: string): string {
    this.n += 1;
    return `${prefix}-${this.n}`;
  }
}
