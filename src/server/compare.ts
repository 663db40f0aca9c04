import { fromScaled, scaleOf, toScaled, toYuan } from '../model/decimal.js';
import { type ChartSpec, classBreakdown } from '../render/charts/data.js';
import { percent, toWan } from '../render/charts/decimal.js';
import type { MoneyUnit } from '../model/money.js';
import type { Cell, Document, Row, Table, TableKind } from '../model/index.js';
import type { Counts } from '../store/index.js';

/** A figure as printed, with its value in 元 and where it was; null when the document does not print it. */
export interface Figure {
  value: string;
  unit: string;
  yuan: string;
  line: number;
}

/** One document's key figures, side by side with others (all exact decimals). */
export interface Comparison {
  id: number;
  body: string;
  year: number | null;
  kind: string;
  /** 收入总计 / 支出总计 of the summary table (收支总表 or 收入支出决算总表). */
  revenueTotal: Figure | null;
  expenditureTotal: Figure | null;
  /** 基本支出 / 项目支出 of the 合计 row of the expenditure table (支出总表 or 支出决算表). */
  basic: Figure | null;
  project: Figure | null;
  /** 人员经费 and 公用经费 of the basic expenditure (经济科目表 or 基本支出决算明细表). */
  personnel: Figure | null;
  publicFunds: Figure | null;
  /** 人员经费 / (人员经费 + 公用经费) in percent, two decimals rounded half up; null without both figures. */
  personnelSharePercent: string | null;
  /** 支出合计 of the 合计 row of the expenditure table (the whole of 基本 + 项目 支出 and their shares). */
  spendingTotal: Figure | null;
  /** Shares of 支出合计 in percent (two decimals, half up); null without the figures. */
  structure: Structure;
  /** 三公 items (the budget, or the 决算数 of final accounts); a blank cell is null, never zero. */
  threePublic: { total: Figure | null; abroad: Figure | null; vehicles: Figure | null; reception: Figure | null };
  /** Project rows of 项目支出预算表（本年预算）; null when the document has no such table. */
  projects: number | null;
  /** 项目支出绩效目标表 forms. */
  forms: number;
  findings: Counts;
}

/** The structure of spending: 基本/项目 shares of 支出合计, each 类's share of its table's 合计, whether 人员经费 is printed. */
export interface Structure {
  basicSharePercent: string | null;
  projectSharePercent: string | null;
  /** 类 of the 一般公共预算 table (else of the expenditure table): code, name, amount and share of that table's 合计. */
  classes: { code: string | null; name: string; value: string; unit: string; sharePercent: string | null }[];
  /** Which table the 类 are from (its title), null without one. */
  classTable: string | null;
  /** Whether the document prints 人员经费 at all (its share is personnelSharePercent). */
  personnelPrinted: boolean;
}

const SUMMARY: TableKind[] = ['budget-summary', 'final-summary', 'sh-budget-summary'];
const EXPENDITURE: TableKind[] = ['budget-expenditure', 'final-expenditure'];

const tableOf = (doc: Document, kinds: readonly TableKind[]): Table | undefined => doc.tables.find((t) => kinds.includes(t.kind));
const bare = (s: string): string => s.replace(/\s+/g, '').replace(/[()]/g, (b) => (b === '(' ? '（' : '）'));

function figure(cell: Cell | undefined): Figure | null {
  const a = cell?.amount;
  if (!cell || !a) return null;
  return { value: a.value, unit: a.unit, yuan: toYuan(a), line: cell.pos.line };
}

// The first cell of the keys that holds an amount.
function amountOf(row: Row | undefined, ...keys: string[]): Figure | null {
  for (const k of keys) {
    const f = figure(row?.cells[k]);
    if (f) return f;
  }
  return null;
}

// 收入总计 (budget) or 总计 on the income side (final accounts); likewise for 支出.
function summaryTotal(t: Table | undefined, side: 'income' | 'expenditure'): Figure | null {
  if (!t) return null;
  const named = side === 'income' ? '收入总计' : '支出总计';
  const rows = t.rows.filter((r) => r.role === 'grand-total' && (r.side === undefined || r.side === side));
  const row = rows.find((r) => bare(r.name) === named) ?? rows.find((r) => bare(r.name) === '总计');
  return amountOf(row, `${side}.amount`, `${side}.total`);
}

function personnelFigures(doc: Document): { personnel: Figure | null; publicFunds: Figure | null } {
  const economic = tableOf(doc, ['gpb-basic-economic']);
  if (economic) {
    const total = economic.rows.find((r) => r.role === 'grand-total');
    return { personnel: amountOf(total, 'personnel'), publicFunds: amountOf(total, 'public') };
  }
  const detail = tableOf(doc, ['final-gpb-basic-detail']);
  const sub = (name: string) => amountOf(detail?.rows.find((r) => bare(r.name) === name), 'amount');
  return { personnel: sub('人员经费合计'), publicFunds: sub('公用经费合计') };
}

// Exact a / (a + b) × 100, two decimals, half up; both in the same unit (they come from one table).
function sharePercent(a: Figure | null, b: Figure | null): string | null {
  if (!a || !b || a.unit !== b.unit) return null;
  const scale = Math.max(scaleOf(a.value), scaleOf(b.value));
  const x = toScaled(a.value, scale);
  const whole = x + toScaled(b.value, scale);
  if (whole <= 0n) return null;
  const n = (x * 100n * 1000n) / whole; // three decimals, truncated, then rounded half up to two
  return fromScaled((n + 5n) / 10n, 2);
}

function threePublic(doc: Document): Comparison['threePublic'] {
  const budget = tableOf(doc, ['three-public']);
  if (budget) {
    const row = (test: (name: string) => boolean) => budget.rows.find((r) => test(bare(r.name)));
    return {
      total: amountOf(row((n) => n === '合计'), 'total'),
      abroad: amountOf(row((n) => n.startsWith('因公出国')), 'total'),
      vehicles: amountOf(row((n) => n.startsWith('公务用车购置及运行')), 'total'),
      reception: amountOf(row((n) => n.startsWith('公务接待')), 'total'),
    };
  }
  const final = tableOf(doc, ['final-three-public'])?.rows.find((r) => r.role === 'grand-total');
  return { total: amountOf(final, 'final.total'), abroad: amountOf(final, 'final.abroad'), vehicles: amountOf(final, 'final.vehicleTotal'), reception: amountOf(final, 'final.reception') };
}

const shareOf = (part: Figure | null, whole: Figure | null): string | null =>
  part && whole && part.unit === whole.unit ? percent(part.value, whole.value) : null;

function structureOf(doc: Document, basic: Figure | null, project: Figure | null, total: Figure | null, personnel: Figure | null): Structure {
  const b = classBreakdown(doc);
  const unit = b?.table.unit ?? '万元';
  const classes = (b?.items ?? []).map((i) => ({ code: i.code ?? null, name: i.label, value: i.value, unit, sharePercent: b?.total === undefined ? null : percent(i.value, b.total) }));
  return { basicSharePercent: shareOf(basic, total), projectSharePercent: shareOf(project, total), classes, classTable: b?.table.title ?? null, personnelPrinted: personnel !== null };
}

/** The key figures of one stored document, from its model alone. */
export function compareFigures(id: number, doc: Document, findings: Counts): Comparison {
  const summary = tableOf(doc, SUMMARY);
  const total = tableOf(doc, EXPENDITURE)?.rows.find((r) => r.role === 'grand-total');
  const { personnel, publicFunds } = personnelFigures(doc);
  const projectTable = tableOf(doc, ['project-expenditure']);
  const basic = amountOf(total, 'basic');
  const project = amountOf(total, 'project');
  const spendingTotal = amountOf(total, 'total');
  return {
    id,
    body: doc.body.name,
    year: doc.year ?? null,
    kind: doc.kind,
    revenueTotal: summaryTotal(summary, 'income'),
    expenditureTotal: summaryTotal(summary, 'expenditure'),
    basic,
    project,
    spendingTotal,
    structure: structureOf(doc, basic, project, spendingTotal, personnel),
    personnel,
    publicFunds,
    personnelSharePercent: sharePercent(personnel, publicFunds),
    threePublic: threePublic(doc),
    projects: projectTable ? projectTable.rows.filter((r) => r.role === 'project').length : null,
    forms: doc.forms.projects.length,
    findings,
  };
}

const KIND_ZH: Record<string, string> = { budget: '预算', 'final-accounts': '决算', 'performance-targets': '绩效目标' };
const CHART_FIGURES: [string, (c: Comparison) => Figure | null][] = [
  ['支出合计', (c) => c.spendingTotal],
  ['基本支出', (c) => c.basic],
  ['项目支出', (c) => c.project],
  ['人员经费', (c) => c.personnel],
  ['公用经费', (c) => c.publicFunds],
];

/** The compared documents as grouped bars (支出合计, 基本/项目, 人员/公用经费 in 万元, one series a document); undefined when none prints them. */
export function compareChart(items: readonly Comparison[]): ChartSpec | undefined {
  const series = items
    .map((c) => ({
      name: `${c.body} ${c.year ?? ''}${KIND_ZH[c.kind] ?? c.kind}（${c.id}）`,
      items: CHART_FIGURES.flatMap(([label, pick]) => {
        const f = pick(c);
        return f ? [{ label, value: toWan(f.value, f.unit as MoneyUnit) }] : [];
      }),
    }))
    .filter((s) => s.items.length > 0);
  return series.length === 0 ? undefined : { id: 'compare', title: '支出结构比较', unit: '万元', kind: 'bar', shares: false, series };
}
