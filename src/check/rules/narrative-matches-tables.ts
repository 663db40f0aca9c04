import { compareDecimals, fromScaled, scaleOf, sumDecimals, toScaled, toYuan } from '../../model/decimal.js';
import type { Cell, Document, Finding, NarrativeFact, NarrativeSection, Row, Table, TableKind } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { normName, rowsOf, tableOf } from '../cross-table.js';
import { cellValue, difference } from '../sums.js';

const ID = 'narrative-matches-tables';

/** The cells a narrative figure restates, and the table they are in. */
interface Tie {
  table: Table;
  cells: Cell[];
}

/** Where a fact sits: the document and the titles of its section and the sections above it. */
interface Context {
  doc: Document;
  titles: string;
}

const rowNamed = (t: Table, ...names: string[]): Row | undefined => rowsOf(t).find((r) => names.includes(normName(r.name)));
const grand = (t: Table, name?: string): Row | undefined => rowsOf(t).find((r) => r.role === 'grand-total' && (name === undefined || normName(r.name) === name));

/** A tie to one cell of a row; a table marked 本表无数据 ties to an empty cell list (zero). */
function tie(doc: Document, kind: TableKind, pick: (t: Table) => Row | undefined, key: string): Tie | undefined {
  const t = tableOf(doc, kind);
  if (!t) return undefined;
  if (t.noData) return { table: t, cells: [] };
  const r = pick(t);
  const c = r?.cells[key];
  return r && c ? { table: t, cells: [c] } : undefined;
}

/** 表10 / 公开09 rows by the narrative's item name. */
const THREE_PUBLIC: Record<string, { name: string; key: string }> = {
  三公: { name: '合计', key: 'total' },
  '因公出国（境）费': { name: '因公出国（境）费', key: 'abroad' },
  公务接待费: { name: '公务接待费', key: 'reception' },
  公务用车购置及运行费: { name: '公务用车购置及运行费', key: 'vehicleTotal' },
  公务用车购置费: { name: '公务用车购置费', key: 'vehiclePurchase' },
  公务用车运行维护费: { name: '公务用车运行维护费', key: 'vehicleOps' },
};

const PROCUREMENT: Record<string, string> = { 政府采购: '合计', 政府采购货物: '货物', 政府采购工程: '工程', 政府采购服务: '服务' };

/** Shanghai's budget: 收支总表 lines by name, 财政拨款 by 项 in 收入预算总表, 三公 and 机关运行经费 in their one-row table. */
function shanghaiBudgetTie(doc: Document, f: NarrativeFact): Tie | undefined {
  const topic = f.subject?.topic ?? '';
  const code = f.subject?.code;
  // 编制说明 lists 财政拨款支出 by 项 (“…（项）”938.99万元); with no 上年结转, that is 收入预算总表's 财政拨款收入 for the code.
  if (code && /^\d{5}(\d{2})?$/.test(code)) return tie(doc, 'budget-revenue', (t) => rowsOf(t).find((r) => r.code === code), 'fiscal');
  const side = (name: string) => (t: Table) => rowsOf(t).find((r) => r.side === 'income' && normName(r.name).replace(/^[一二三四五六七八九十]+、/, '') === name);
  switch (topic) {
    case '收入总计':
      return tie(doc, 'sh-budget-summary', (t) => rowsOf(t).find((r) => r.side === 'income' && r.role === 'grand-total'), 'income.amount');
    case '支出总计':
      return tie(doc, 'sh-budget-summary', (t) => rowsOf(t).find((r) => r.side === 'expenditure' && r.role === 'grand-total'), 'expenditure.amount');
    case '财政拨款收入':
    case '事业收入':
    case '事业单位经营收入':
    case '其他收入':
      return tie(doc, 'sh-budget-summary', side(topic), 'income.amount');
    case '财政拨款支出':
    case '政府性基金预算':
    case '国有资本经营预算': {
      const key = topic === '财政拨款支出' ? 'total' : topic === '政府性基金预算' ? 'gf' : 'soc';
      return tie(doc, 'fiscal-summary', (t) => rowsOf(t).find((r) => r.side === 'expenditure' && r.role === 'grand-total'), `expenditure.${key}`);
    }
    case '机关运行经费':
      return tie(doc, 'sh-three-public-operating', (t) => grand(t), 'adminOperating');
  }
  const tp = THREE_PUBLIC[topic];
  return tp ? tie(doc, 'sh-three-public-operating', (t) => grand(t), tp.key) : undefined;
}

function budgetTie(c: Context, f: NarrativeFact): Tie | undefined {
  const { doc, titles } = c;
  const topic = f.subject?.topic ?? '';
  const sh = doc.template === 'shanghai-budget' ? shanghaiBudgetTie(doc, f) : undefined;
  if (sh) return sh;
  // 财政拨款 sections restate 表4, which includes 上年结转 (山西 2026: 一般公共预算拨款35,188.56 = 表5 31,190.81 + 结转).
  const fiscal = titles.includes('财政拨款');
  if (f.subject?.code && /^\d{3}$/.test(f.subject.code)) {
    const code = f.subject.code;
    if (fiscal) return tie(doc, 'fiscal-summary', (t) => rowsOf(t).find((r) => r.side === 'expenditure' && r.code === code), 'expenditure.total');
    const t5 = tableOf(doc, 'gpb-expenditure');
    if (!t5) return undefined;
    const row = rowsOf(t5).find((r) => r.role === 'class' && r.code === code);
    // A 类 absent from 表5 is a zero there, but then the narrative names it with a figure: compare with zero.
    return { table: t5, cells: row?.cells['total'] ? [row.cells['total']] : [] };
  }
  switch (topic) {
    case '收入总计':
      return tie(doc, 'budget-summary', (t) => grand(t, '收入总计'), 'income.amount');
    case '支出总计':
      return tie(doc, 'budget-summary', (t) => grand(t, '支出总计'), 'expenditure.total');
    case '本年收入':
      return tie(doc, 'budget-summary', (t) => grand(t, '本年收入合计'), 'income.amount');
    case '基本支出':
    case '项目支出': {
      const key = topic === '基本支出' ? 'basic' : 'project';
      // The 一般公共预算基本支出 section speaks of 表5 (不含上年结转), not of 表3.
      if (titles.includes('一般公共预算')) return tie(doc, 'gpb-expenditure', (t) => grand(t), key);
      return tie(doc, 'budget-expenditure', (t) => grand(t), key);
    }
    case '一般公共预算':
      if (fiscal) return tie(doc, 'fiscal-summary', (t) => grand(t, '支出总计'), 'expenditure.gpb');
      return tie(doc, 'gpb-expenditure', (t) => grand(t), 'total');
    case '人员经费':
    case '公用经费':
      return tie(doc, 'gpb-basic-economic', (t) => grand(t), topic === '人员经费' ? 'personnel' : 'public');
    case '机关运行经费':
      // Shanghai prints 机关运行经费 as a column of its 三公 table.
      return tie(doc, 'admin-operating', (t) => grand(t), 'total') ?? tie(doc, 'sh-three-public-operating', (t) => grand(t) ?? rowsOf(t)[0], 'adminOperating');
  }
  const tp = THREE_PUBLIC[topic];
  if (tp)
    return (
      tie(doc, 'three-public', (t) => (tp.name === '合计' ? grand(t) : rowNamed(t, tp.name)), 'total') ??
      // Shanghai's 三公 table is one line whose columns are the items.
      tie(doc, 'sh-three-public-operating', (t) => grand(t) ?? rowsOf(t)[0], tp.key)
    );
  return undefined;
}

function finalTie(c: Context, f: NarrativeFact): Tie | undefined {
  const { doc, titles } = c;
  const topic = f.subject?.topic ?? '';
  // Shanghai's 一般公共预算财政拨款支出决算具体情况 gives each 项's 决算 (年初预算 is left out by ownFigure).
  const code = f.subject?.code;
  if (doc.template === 'shanghai-final' && code && /^\d{5}(\d{2})?$/.test(code)) {
    return tie(doc, 'final-gpb-expenditure', (t) => rowsOf(t).find((r) => r.code === code), 'total');
  }
  if (f.subject?.code && /^\d{3}$/.test(f.subject.code)) {
    const code = f.subject.code;
    const t5 = tableOf(doc, 'final-gpb-expenditure');
    if (!t5) return undefined;
    const row = rowsOf(t5).find((r) => r.role === 'class' && r.code === code);
    return { table: t5, cells: row?.cells['total'] ? [row.cells['total']] : [] };
  }
  const summary = (side: string, name: string) => (t: Table) => rowsOf(t).find((r) => r.role === 'grand-total' && r.side === side && normName(r.name) === name);
  switch (topic) {
    case '收入总计':
      return tie(doc, 'final-summary', summary('income', '总计'), 'income.amount');
    case '支出总计':
      return tie(doc, 'final-summary', summary('expenditure', '总计'), 'expenditure.amount');
    case '本年收入':
      return tie(doc, 'final-summary', summary('income', '本年收入合计'), 'income.amount');
    case '基本支出':
    case '项目支出': {
      const key = topic === '基本支出' ? 'basic' : 'project';
      if (titles.includes('一般公共预算')) return tie(doc, 'final-gpb-expenditure', (t) => grand(t), key);
      return tie(doc, 'final-expenditure', (t) => grand(t), key);
    }
    case '一般公共预算':
      return tie(doc, 'final-gpb-expenditure', (t) => grand(t), 'total');
    case '人员经费':
    case '公用经费':
      return tie(doc, 'final-gpb-basic-detail', (t) => rowNamed(t, `${topic}合计`), 'amount');
    case '机关运行经费': {
      // 公开10 prints 机关运行经费 only by kind of unit (行政单位, 参公事业单位): the figure is their sum.
      const t = tableOf(doc, 'final-statistics');
      const cells = t ? rowsOf(t).flatMap((r) => (r.side === '机关运行经费' && r.cells['value'] ? [r.cells['value']] : [])) : [];
      return t && cells.length > 0 ? { table: t, cells } : undefined;
    }
  }
  const tp = THREE_PUBLIC[topic];
  if (tp) return tie(doc, 'final-three-public', (t) => grand(t) ?? rowsOf(t)[0], `final.${tp.key}`);
  const proc = PROCUREMENT[topic];
  if (proc) return tie(doc, 'final-statistics', (t) => rowsOf(t).find((r) => r.side?.includes('政府采购') && normName(r.name) === proc), 'value');
  return undefined;
}

/** Whether an amount is this document's own figure (not 年初预算, 上年 or another year's). */
function ownFigure(doc: Document, f: NarrativeFact): boolean {
  const m = f.measure ?? '';
  if (/年初|上年|全年预算/.test(m)) return false;
  const year = /(\d{4})年/.exec(m)?.[1];
  if (year !== undefined && doc.year !== undefined && Number(year) !== doc.year) return false;
  return true;
}

/** The table's figure in 元 (tables are in 万元 unless they say otherwise); undefined when a cell is not a number. */
function tableYuan(t: Table, cells: readonly Cell[]): string | undefined {
  const values = cells.map(cellValue);
  if (values.some((v) => v === undefined)) return undefined;
  const sum = sumDecimals(values as string[]);
  return toYuan({ raw: sum, value: sum, unit: t.unit ?? '万元' });
}

/** Whether an amount in 元 rounds (half away from zero) to the 万元 figure at that figure's printed precision. */
function roundsTo(yuan: string, wan: string): boolean {
  const scale = scaleOf(wan);
  const own = scaleOf(yuan);
  // yuan × 10^scale / 10^4 is the 万元 figure in units of 10^-scale.
  const num = toScaled(yuan, own) * 10n ** BigInt(scale);
  const den = 10n ** BigInt(own + 4);
  const half = num < 0n ? -den / 2n : den / 2n;
  return compareDecimals(fromScaled((num + half) / den, scale), wan) === 0;
}

/**
 * 公开09's 预算数 is the 全年预算 (adjusted): a narrative 全年预算 of 三公 restates it (error when it differs); a
 * 年初预算 may legitimately differ after adjustments (warning).
 */
function finalThreePublicBudget(c: Context, f: NarrativeFact): Finding | undefined {
  const tp = THREE_PUBLIC[f.subject?.topic ?? ''];
  const measure = f.measure ?? '';
  if (!tp || !f.amount || !/^(年初预算|全年预算)$/.test(measure)) return undefined;
  const t = tie(c.doc, 'final-three-public', (x) => grand(x) ?? rowsOf(x)[0], `budget.${tp.key}`);
  const expectedYuan = t && tableYuan(t.table, t.cells);
  if (!t || expectedYuan === undefined) return undefined;
  const actualYuan = toYuan(f.amount);
  if (compareDecimals(expectedYuan, actualYuan) === 0) return undefined;
  const rounding = compareDecimals(difference(expectedYuan, actualYuan), '100') <= 0;
  return {
    rule: ID,
    severity: rounding ? 'info' : measure === '全年预算' ? 'error' : 'warning',
    location: f.pos,
    related: t.cells.map((x) => x.pos),
    expected: t.cells.length === 0 ? '0' : sumDecimals(t.cells.map((x) => cellValue(x) ?? '0')),
    actual: f.amount.raw,
    params: { kind: 'mismatch', subject: f.subject?.topic ?? '', table: t.table.title, measure, rounding: String(rounding) },
  };
}

function checkFact(c: Context, f: NarrativeFact): Finding | undefined {
  if (f.kind === 'amount' && c.doc.kind === 'final-accounts' && !c.titles.includes('绩效')) {
    const budget = finalThreePublicBudget(c, f);
    if (budget || (THREE_PUBLIC[f.subject?.topic ?? ''] && /^(年初预算|全年预算)$/.test(f.measure ?? ''))) return budget;
  }
  if (f.kind !== 'amount' || !f.amount || !ownFigure(c.doc, f)) return undefined;
  const subject = f.subject?.code ? `${f.subject.code} ${f.subject.topic}` : (f.subject?.topic ?? '');
  // 绩效管理 restates project money by performance category, which no table totals; never guessed.
  const t = f.subject && !c.titles.includes('绩效') ? (c.doc.kind === 'final-accounts' ? finalTie(c, f) : budgetTie(c, f)) : undefined;
  const expectedYuan = t && tableYuan(t.table, t.cells);
  if (!t || expectedYuan === undefined) {
    return { rule: ID, severity: 'info', location: f.pos, related: [], actual: f.amount.raw, params: { kind: 'untied', subject, table: '' } };
  }
  const actualYuan = toYuan(f.amount);
  if (compareDecimals(expectedYuan, actualYuan) === 0) return undefined;
  // A 元 table restated in 万元 is rounded by the narrative (371,514,655 元 = 37,151.47 万元): not even 尾差.
  if (t.table.unit === '元' && f.amount.unit === '万元' && roundsTo(expectedYuan, f.amount.value)) return undefined;
  const expected = t.cells.length === 0 ? '0' : sumDecimals(t.cells.map((x) => cellValue(x) ?? '0'));
  // 0.01 万元 (100 元) is the rounding of one figure (尾差).
  const rounding = compareDecimals(difference(expectedYuan, actualYuan), '100') <= 0;
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: f.pos,
    related: t.cells.map((x) => x.pos),
    expected,
    actual: f.amount.raw,
    params: { kind: 'mismatch', subject, table: t.table.title, rounding: String(rounding) },
  };
}

function walk(doc: Document, s: NarrativeSection, above: string): Finding[] {
  const titles = `${above}/${s.title}`;
  const c: Context = { doc, titles };
  return [...s.facts.flatMap((f) => checkFact(c, f) ?? []), ...s.children.flatMap((x) => walk(doc, x, titles))];
}

/** Every amount the narrative states of this document's own figures equals the table cell it restates; figures tied to no cell are info. */
export const narrativeMatchesTables: Rule = {
  id: ID,
  title: '情况说明金额与报表一致',
  category: 'narrative',
  severity: 'error',
  docs: 'Each amount in the 情况说明 (收入总计, 基本支出, 一般公共预算, a 类, 人员经费, 三公 and its items, 机关运行经费 — also from Shanghai\'s 三公 table —, 政府采购 in final accounts; in Shanghai documents also each 项, a 元 table being rounded to the narrative\'s 万元) equals the table cell it restates (0.01 万元 is 尾差, info); a final account\'s 三公 全年预算/年初预算 is compared with 公开09\'s 预算数 (error/warning), other years are not compared, and figures that tie to no cell are reported as info (untied).',
  check: (doc) => doc.narrative.sections.flatMap((s) => walk(doc, s, '')),
};
