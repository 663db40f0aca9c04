// The charts of one document as data: which table, which rows, which cells. Format-neutral, so that the web page
// (SVG), the server and the publishing of issue 5 (PDF/DOCX) draw the same figures.
import type { Cell, Document, Row, Table, TableKind } from '../../model/index.js';
import { isZero } from './decimal.js';

/** How a chart is drawn. */
export type ChartKind = 'pie' | 'bar' | 'treemap' | 'line';

/** One bar, slice or point: its label, its exact value (decimal string) and, for a 类, its code. */
export interface ChartItem {
  label: string;
  value: string;
  code?: string;
}

/** A named series of items. */
export interface ChartSeries {
  name: string;
  items: ChartItem[];
}

/** A chart as data: id, Chinese title, the unit of every value, how to draw it, its series and where it was read. */
export interface ChartSpec {
  id: string;
  title: string;
  unit: string;
  kind: ChartKind;
  series: ChartSeries[];
  /** False when the items overlap (支出合计 beside its parts), so that no share of their sum is printed. */
  shares?: boolean;
  /** The table the figures come from (title and first line), when there is one. */
  source?: { table: string; line: number };
}

/** The ids of the document charts, in display order. */
export const DOCUMENT_CHART_IDS = ['expenditure-by-class', 'basic-project', 'three-public', 'revenue-by-source'] as const;
/** A document chart id. */
export type DocumentChartId = (typeof DOCUMENT_CHART_IDS)[number];

const first = (doc: Document, kinds: readonly TableKind[]): Table | undefined => {
  for (const k of kinds) {
    const t = doc.tables.find((x) => x.kind === k && !x.noData);
    if (t) return t;
  }
  return undefined;
};
const bare = (s: string): string => s.replace(/\s+/g, '').replace(/^[①②③④⑤]/, '').replace(/\(/g, '（').replace(/\)/g, '）');
// “一、一般公共预算” → 一般公共预算; Shanghai's sub-lines “1. 一般公共预算资金” are not sources of their own.
const ORDINAL = /^[一二三四五六七八九十]+、/;
const amount = (c: Cell | undefined): string | undefined => c?.amount?.value;
const unitOf = (t: Table): string => t.unit ?? '万元';
const source = (t: Table): { table: string; line: number } => ({ table: t.title, line: t.pos.line });
const spec = (id: DocumentChartId, title: string, t: Table, kind: ChartKind, name: string, items: ChartItem[]): ChartSpec | undefined =>
  items.length === 0 ? undefined : { id, title, unit: unitOf(t), kind, series: [{ name, items }], source: source(t) };

/** The 类 rows of the table charts (a) draws, with the table and its 合计 (exact strings). */
export interface ClassBreakdown {
  table: Table;
  /** Whether the 类 come from the 一般公共预算 table (else from the whole 支出总表 / 支出决算表). */
  gpb: boolean;
  total: string | undefined;
  items: ChartItem[];
}

/**
 * The 类 rows of 一般公共预算支出表 (budget) or 一般公共预算财政拨款支出决算表 (final accounts), or when the document has
 * neither, of its 支出总表 / 支出决算表. A 类 printed blank is left out (those tables list only the 类 that have money).
 */
export function classBreakdown(doc: Document): ClassBreakdown | undefined {
  const gpb = first(doc, ['gpb-expenditure', 'final-gpb-expenditure']);
  const t = gpb ?? first(doc, ['budget-expenditure', 'final-expenditure']);
  if (!t) return undefined;
  const items = t.rows.flatMap((r): ChartItem[] => {
    const v = r.role === 'class' && r.level === '类' ? amount(r.cells['total']) : undefined;
    return v === undefined ? [] : [{ label: bare(r.name), value: v, ...(r.code ? { code: r.code } : {}) }];
  });
  return { table: t, gpb: gpb !== undefined, total: amount(t.rows.find((r) => r.role === 'grand-total')?.cells['total']), items };
}

/** (a) Expenditure by function 类 (see classBreakdown). */
export function expenditureByClass(doc: Document): ChartSpec | undefined {
  const b = classBreakdown(doc);
  if (!b) return undefined;
  const title = b.gpb ? '一般公共预算支出（按功能分类“类”）' : '支出（按功能分类“类”）';
  return spec('expenditure-by-class', title, b.table, 'bar', b.gpb ? '一般公共预算支出' : '支出', b.items);
}

/** (b) 基本支出 and 项目支出 of the 合计 row of 支出总表 / 支出决算表 (else of the 一般公共预算 table); blank or zero parts are left out. */
export function basicProject(doc: Document): ChartSpec | undefined {
  const t = first(doc, ['budget-expenditure', 'final-expenditure']) ?? first(doc, ['gpb-expenditure', 'final-gpb-expenditure']);
  const total = t?.rows.find((r) => r.role === 'grand-total');
  if (!t || !total) return undefined;
  const parts: [string, string][] = [['basic', '基本支出'], ['project', '项目支出']];
  const items = parts.flatMap(([key, label]): ChartItem[] => {
    const v = amount(total.cells[key]);
    return v === undefined || isZero(v) ? [] : [{ label, value: v }];
  });
  return spec('basic-project', '基本支出与项目支出', t, 'pie', '支出', items);
}

const THREE_PUBLIC_ITEMS = [
  { label: '因公出国（境）费', row: '因公出国（境）费', key: 'abroad' },
  { label: '公务接待费', row: '公务接待费', key: 'reception' },
  { label: '公务用车购置费', row: '公务用车购置费', key: 'vehiclePurchase' },
  { label: '公务用车运行维护费', row: '公务用车运行维护费', key: 'vehicleOps' },
] as const;

/**
 * (c) 三公 by item: the budget's “三公”经费 table by row, the final accounts' 决算数 columns, Shanghai's one-line table by
 * column. The four items are shown whenever the table prints their line or column, a blank as 0 (a 三公 table prints
 * nothing where nothing is spent); a table where all four are nothing gives no chart.
 */
export function threePublic(doc: Document): ChartSpec | undefined {
  const budget = first(doc, ['three-public']);
  const final = budget ? undefined : first(doc, ['final-three-public', 'sh-three-public-operating']);
  const t = budget ?? final;
  if (!t) return undefined;
  let cells: (Cell | undefined)[];
  if (budget) {
    cells = THREE_PUBLIC_ITEMS.map((i) => budget.rows.find((r) => bare(r.name) === i.row)?.cells['total']);
  } else {
    const row: Row | undefined = t.rows.find((r) => r.role === 'grand-total') ?? t.rows[0];
    const prefix = t.kind === 'final-three-public' ? 'final.' : '';
    cells = THREE_PUBLIC_ITEMS.map((i) => row?.cells[`${prefix}${i.key}`]);
  }
  const items = THREE_PUBLIC_ITEMS.flatMap((i, k): ChartItem[] => {
    const c = cells[k];
    if (!c) return [];
    const v = amount(c) ?? (c.text.trim() === '' ? '0' : undefined);
    return v === undefined ? [] : [{ label: i.label, value: v }];
  });
  if (items.every((i) => isZero(i.value))) return undefined;
  const isFinal = t.kind === 'final-three-public';
  return spec('three-public', isFinal ? '“三公”经费决算（按项目）' : '“三公”经费预算（按项目）', t, 'bar', isFinal ? '决算数' : '预算数', items);
}

/**
 * (d) 本年收入 by source: the numbered income lines (一、二、…) of 预算收支总表 / 收入支出决算总表 / 部门财务收支预算总表;
 * 上年结转 and totals are not sources of the year, and blank or zero sources are left out.
 */
export function revenueBySource(doc: Document): ChartSpec | undefined {
  const t = first(doc, ['budget-summary', 'final-summary', 'sh-budget-summary']);
  if (!t) return undefined;
  const key = 'income.amount';
  const items = t.rows.flatMap((r): ChartItem[] => {
    const name = bare(r.name);
    const v = r.side === 'income' && r.role !== 'grand-total' && ORDINAL.test(name) ? amount(r.cells[key]) : undefined;
    return v === undefined || isZero(v) ? [] : [{ label: name.replace(ORDINAL, ''), value: v }];
  });
  return spec('revenue-by-source', '本年收入（按来源）', t, 'pie', '收入', items);
}

/** Every chart the document has the figures for, in display order; a chart without its table is absent, never drawn as zero. */
export function documentCharts(doc: Document): ChartSpec[] {
  return [expenditureByClass(doc), basicProject(doc), threePublic(doc), revenueBySource(doc)].filter((c): c is ChartSpec => c !== undefined);
}
