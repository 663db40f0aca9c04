// A body's figures year by year, per kind of document, with the change from the year before: pure, exact, in 万元.
import type { Document } from '../model/index.js';
import type { MoneyUnit } from '../model/money.js';
import type { ChartSpec } from '../render/charts/data.js';
import { classBreakdown, threePublic } from '../render/charts/data.js';
import { minus, percent, toWan } from '../render/charts/decimal.js';
import { type Figure, compareFigures } from './compare.js';

/** One year's figure of a row and its change from the previous year of the same kind (null when either is missing). */
export interface TrendPoint {
  year: number;
  documentId: number;
  value: string | null;
  change: string | null;
  /** change ÷ previous × 100, two decimals; null when the previous figure is missing or zero. */
  changePercent: string | null;
}

/** One figure followed over the years. */
export interface TrendRow {
  key: string;
  label: string;
  group: '总计' | '基本/项目' | '类' | '三公';
  points: TrendPoint[];
}

/** The documents of one kind, one a year, and the rows read from them (all amounts in 万元). */
export interface TrendKind {
  kind: string;
  unit: '万元';
  documents: { year: number; id: number }[];
  rows: TrendRow[];
}

/** A body's trend: one entry per document kind (budget, final accounts). */
export interface Trend {
  body: string;
  kinds: TrendKind[];
}

/** A stored document as the trend needs it. */
export interface TrendDocument {
  id: number;
  year: number | null;
  kind: string;
  model: Document;
}

const KIND_ORDER = ['budget', 'final-accounts', 'performance-targets'];
const wan = (f: Figure | null): string | null => (f ? toWan(f.value, f.unit as MoneyUnit) : null);

// Every figure of one document, keyed; a 类 missing from a 一般公共预算 table that exists is a zero (the table lists
// the 类 with money), a figure of a table the document lacks is null.
function figuresOf(d: TrendDocument): { values: Map<string, string | null>; labels: Map<string, [string, TrendRow['group']]> } {
  const c = compareFigures(d.id, d.model, { error: 0, warning: 0, info: 0 });
  const values = new Map<string, string | null>();
  const labels = new Map<string, [string, TrendRow['group']]>();
  const put = (key: string, label: string, group: TrendRow['group'], v: string | null): void => {
    values.set(key, v);
    labels.set(key, [label, group]);
  };
  put('revenueTotal', '收入总计', '总计', wan(c.revenueTotal));
  put('expenditureTotal', '支出总计', '总计', wan(c.expenditureTotal));
  put('basic', '基本支出', '基本/项目', wan(c.basic));
  put('project', '项目支出', '基本/项目', wan(c.project));
  const b = classBreakdown(d.model);
  if (b?.gpb) for (const i of b.items) put(`class:${i.code ?? i.label}`, `${i.code ? `${i.code} ` : ''}${i.label}`, '类', toWan(i.value, (b.table.unit ?? '万元') as MoneyUnit));
  put('threePublic:total', '“三公”经费合计', '三公', wan(c.threePublic.total));
  const tp: ChartSpec | undefined = threePublic(d.model);
  for (const i of tp?.series[0]?.items ?? []) put(`threePublic:${i.label}`, i.label, '三公', toWan(i.value, tp?.unit as MoneyUnit));
  if (b?.gpb) values.set('hasClasses', '1');
  return { values, labels };
}

const GROUP_ORDER: TrendRow['group'][] = ['总计', '基本/项目', '类', '三公'];

/** The trend of one body: per kind, one document a year (the lowest id when a year has several), rows with changes. */
export function bodyTrend(body: string, docs: readonly TrendDocument[]): Trend {
  const kinds = [...new Set(docs.map((d) => d.kind))].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  return {
    body,
    kinds: kinds.flatMap((kind): TrendKind[] => {
      const byYear = new Map<number, TrendDocument>();
      for (const d of [...docs].sort((a, b) => a.id - b.id)) if (d.kind === kind && d.year !== null && !byYear.has(d.year)) byYear.set(d.year, d);
      const chosen = [...byYear.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
      if (chosen.length === 0) return [];
      const figures = chosen.map(figuresOf);
      const labels = new Map<string, [string, TrendRow['group']]>();
      for (const f of figures) for (const [k, l] of f.labels) labels.set(k, l);
      const keys = [...labels.keys()].sort((a, b) => {
        const ga = GROUP_ORDER.indexOf(labels.get(a)?.[1] ?? '总计');
        const gb = GROUP_ORDER.indexOf(labels.get(b)?.[1] ?? '总计');
        return ga - gb || (ga === 2 ? (a < b ? -1 : a > b ? 1 : 0) : 0);
      });
      const rows = keys.map((key): TrendRow => {
        const [label, group] = labels.get(key) ?? [key, '总计'];
        let prev: string | null = null;
        const points = chosen.map((d, i): TrendPoint => {
          const f = figures[i];
          const own = f?.values.get(key);
          const value = own !== undefined ? own : group === '类' && f?.values.has('hasClasses') ? '0' : null;
          const change = value !== null && prev !== null && i > 0 ? minus(value, prev) : null;
          const p: TrendPoint = { year: d.year ?? 0, documentId: d.id, value, change, changePercent: change !== null && prev !== null ? percent(change, prev) : null };
          prev = value;
          return p;
        });
        return { key, label, group, points };
      });
      return [{ kind, unit: '万元', documents: chosen.map((d) => ({ year: d.year ?? 0, id: d.id })), rows }];
    }),
  };
}

const KIND_ZH: Record<string, string> = { budget: '预算', 'final-accounts': '决算', 'performance-targets': '绩效目标' };

/** The trend chart: 支出总计, 基本支出 and 项目支出 of each kind over the years; undefined when nothing is printed. */
export function trendChart(t: Trend): ChartSpec | undefined {
  const series = t.kinds.flatMap((k) =>
    k.rows
      .filter((r) => ['expenditureTotal', 'basic', 'project'].includes(r.key))
      .map((r) => ({ name: `${KIND_ZH[k.kind] ?? k.kind} ${r.label}`, items: r.points.flatMap((p) => (p.value === null ? [] : [{ label: `${p.year}`, value: p.value }])) }))
      .filter((s) => s.items.length > 0),
  );
  if (series.length === 0) return undefined;
  return { id: 'trend', title: `${t.body} 支出年度变化`, unit: '万元', kind: 'line', series };
}
