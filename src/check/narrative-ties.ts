// Which table cells a narrative figure restates (narrative-matches-tables): by topic, section and template.
import type { Cell, Document, NarrativeFact, NarrativeSection, Row, Table, TableKind } from '../model/index.js';
import { normName, rowsOf, tableOf } from './cross-table.js';

/** The cells a narrative figure restates, and the table they are in. */
export interface Tie {
  table: Table;
  cells: Cell[];
  /** Another reading of the same words that the figure may equal instead (本年 rather than 总计). */
  alt?: Cell[];
}

/** Where a fact sits: the document, the titles of its section and the sections above it, and the facts stated before it there. */
export interface Context {
  doc: Document;
  titles: string;
  before: readonly NarrativeFact[];
}

/** The first row with one of these names. */
export const rowNamed = (t: Table, ...names: string[]): Row | undefined => rowsOf(t).find((r) => names.includes(normName(r.name)));
/** A row by its name without the ordinal (一、一般公共预算), on one side of a two-sided table. */
const sideRow = (side: string, name: string) => (t: Table) =>
  rowsOf(t).find((r) => r.side === side && normName(r.name).replace(/^[一二三四五六七八九十]+、/, '') === name);
/** Income sources as 预算收支总表 names them. */
const SOURCES = ['政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'];

/**
 * Whether a 上年结转 speaks of expenditure: “本年部门预算支出总计…，其中：本年预算安排…，上年结转…” follows a 支出 total,
 * “预算收入总计…，其中：本年收入…，上年结转…” an income one.
 */
function expenditureSide(before: readonly NarrativeFact[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]?.subject?.topic ?? '';
    if (/^(支出总计|本年支出)$/.test(t)) return true;
    if (/^(收入总计|本年收入)$/.test(t)) return false;
  }
  return false;
}
/** The grand-total row (of that name when given). */
export const grand = (t: Table, name?: string): Row | undefined => rowsOf(t).find((r) => r.role === 'grand-total' && (name === undefined || normName(r.name) === name));

/** A tie to one cell of a row; a table marked 本表无数据 ties to an empty cell list (zero). */
export function tie(doc: Document, kind: TableKind, pick: (t: Table) => Row | undefined, key: string): Tie | undefined {
  const t = tableOf(doc, kind);
  if (!t) return undefined;
  if (t.noData) return { table: t, cells: [] };
  const r = pick(t);
  const c = r?.cells[key];
  return r && c ? { table: t, cells: [c] } : undefined;
}

/** 表10 / 公开09 rows by the narrative's item name. */
export const THREE_PUBLIC: Record<string, { name: string; key: string }> = {
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

/** The table cells a budget's narrative figure restates, when its subject and section say which. */
export function budgetTie(c: Context, f: NarrativeFact): Tie | undefined {
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
  if (fiscal) {
    // 财政拨款收支总表: 收支总预算 (收入总计), its sources as 支出总计's columns, 当年拨款 and 上年结转 as income rows.
    switch (topic) {
      case '财政拨款收支':
        return tie(doc, 'fiscal-summary', (t) => grand(t, '收入总计'), 'income.amount');
      case '政府性基金预算':
      case '国有资本经营预算':
        return tie(doc, 'fiscal-summary', (t) => grand(t, '支出总计'), topic === '政府性基金预算' ? 'expenditure.gf' : 'expenditure.soc');
      case '当年拨款收入':
        return tie(doc, 'fiscal-summary', (t) => grand(t, '本年收入合计'), 'income.amount');
      case '上年结转':
        return tie(doc, 'fiscal-summary', sideRow('income', '上年财政拨款结转'), 'income.amount');
    }
  }
  if (SOURCES.includes(topic) && !fiscal) return tie(doc, 'budget-summary', sideRow('income', topic), 'income.amount');
  switch (topic) {
    case '上年结转':
      if (fiscal) return undefined;
      return expenditureSide(c.before)
        ? tie(doc, 'budget-summary', (t) => grand(t, '支出总计'), 'expenditure.carryover')
        : tie(doc, 'budget-summary', sideRow('income', '上年结转'), 'income.amount');
    case '本年支出':
      // “本年预算安排” of 支出总计: its 当年预算安排 column.
      return tie(doc, 'budget-summary', (t) => grand(t, '支出总计'), 'expenditure.current');
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

/** Narrative names of 公开06's economic items that the table prints longer (“津补贴” is 30102 津贴补贴). */
const ECONOMIC_ALIASES: Record<string, string> = {
  津补贴: '津贴补贴',
  机关事业单位养老保险缴费: '机关事业单位基本养老保险缴费',
  医疗保险缴费: '职工基本医疗保险缴费',
  物业费: '物业管理费',
  维修费: '维修（护）费',
  其他交通费: '其他交通费用',
  其他商品服务支出: '其他商品和服务支出',
  其他个人家庭补助: '其他对个人和家庭的补助',
};

/** An item of 人员经费/公用经费 named in prose, tied to the one 公开06 row of that name (none or several: untied). */
function economicItem(doc: Document, topic: string): Tie | undefined {
  const t = tableOf(doc, 'final-gpb-basic-detail');
  if (!t || topic === '') return undefined;
  const name = ECONOMIC_ALIASES[topic] ?? topic;
  const rows = rowsOf(t).filter((r) => r.code !== undefined && normName(r.name) === name);
  const cell = rows.length === 1 ? rows[0]?.cells['amount'] : undefined;
  return cell ? { table: t, cells: [cell] } : undefined;
}

/**
 * A 项 the narrative names by an older 款 name (住房保障支出（类）住房保障支出（款）住房公积金（项）, 22102 being 住房改革支出 now):
 * the one 项 of that name under the named 类 in 公开05; none or several is untied.
 */
function itemByPath(doc: Document, path: readonly string[]): Tie | undefined {
  const t = tableOf(doc, 'final-gpb-expenditure');
  const cls = t && rowsOf(t).find((r) => r.role === 'class' && normName(r.name) === path[0]);
  if (!t || !cls?.code) return undefined;
  const prefix = cls.code;
  const rows = rowsOf(t).filter((r) => r.role === 'item' && r.code?.startsWith(prefix) && r.code.length === 7 && normName(r.name) === path[2]);
  const cell = rows.length === 1 ? rows[0]?.cells['total'] : undefined;
  return cell ? { table: t, cells: [cell] } : undefined;
}

/** The table cells a final account's narrative figure restates, when its subject and section say which. */
export function finalTie(c: Context, f: NarrativeFact): Tie | undefined {
  const { doc, titles } = c;
  const topic = f.subject?.topic ?? '';
  // Shanghai's 一般公共预算财政拨款支出决算具体情况 gives each 项's 决算 (年初预算 is left out by ownFigure).
  const code = f.subject?.code;
  if (doc.template === 'shanghai-final' && code && /^\d{5}(\d{2})?$/.test(code)) {
    return tie(doc, 'final-gpb-expenditure', (t) => rowsOf(t).find((r) => r.code === code), 'total');
  }
  if (doc.template === 'shanghai-final' && !code && f.subject?.path?.length === 3) return itemByPath(doc, f.subject.path);
  if (f.subject?.code && /^\d{3}$/.test(f.subject.code)) {
    const code = f.subject.code;
    const t5 = tableOf(doc, 'final-gpb-expenditure');
    if (!t5) return undefined;
    const row = rowsOf(t5).find((r) => r.role === 'class' && r.code === code);
    return { table: t5, cells: row?.cells['total'] ? [row.cells['total']] : [] };
  }
  const summary = (side: string, name: string) => (t: Table) => rowsOf(t).find((r) => r.role === 'grand-total' && r.side === side && normName(r.name) === name);
  // 财政拨款收支决算总体情况 restates 公开04's 总计 (收入支出总计, 年初结转 included); elsewhere 财政拨款收入 is 公开02's column.
  // “财政拨款收入X万元” may also mean 本年收入合计 (without 年初结转): accepted as well.
  if (/财政拨款收/.test(titles)) {
    const withCurrent = (t: Tie | undefined, side: string, key: string): Tie | undefined => {
      const row = t && summary(side, side === 'income' ? '本年收入合计' : '本年支出合计')(t.table);
      const cell = row?.cells[key];
      return t && cell ? { ...t, alt: [cell] } : t;
    };
    switch (topic) {
      case '财政拨款收支':
      case '财政拨款收入':
        return withCurrent(tie(doc, 'final-fiscal-summary', summary('income', '总计'), 'income.amount'), 'income', 'income.amount');
      case '财政拨款支出':
        return withCurrent(tie(doc, 'final-fiscal-summary', summary('expenditure', '总计'), 'expenditure.total'), 'expenditure', 'expenditure.total');
    }
  }
  // 政府性基金预算财政拨款收入总计 / 支出总计: one fund balances, so both equal 公开04's 总计 in its column.
  if (topic === '政府性基金预算' && titles.includes('政府性基金预算财政拨款')) return tie(doc, 'final-fiscal-summary', summary('expenditure', '总计'), 'expenditure.gf');
  if (titles.includes('基本支出')) {
    const item = economicItem(doc, topic);
    if (item) return item;
  }
  switch (topic) {
    case '财政拨款收入':
      return tie(doc, 'final-revenue', (t) => grand(t), 'fiscal');
    case '本年支出':
      return tie(doc, 'final-summary', summary('expenditure', '本年支出合计'), 'expenditure.amount');
    case '收入支出总计':
      return tie(doc, 'final-summary', summary('income', '总计'), 'income.amount');
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

/**
 * 整体绩效目标 without a published 部门整体支出绩效目标表 (which it restates when there is one): 基本支出 is 表3's, while 项目支出
 * may leave out carried-over projects (山西 2026 项目支出25088.49 against 表3's 28849.94), so only 基本支出 is tied, in budgets.
 */
export function performanceTie(c: Context, f: NarrativeFact): Tie | undefined {
  if (c.doc.kind === 'final-accounts' || c.doc.template === 'shanghai-budget' || f.subject?.topic !== '基本支出') return undefined;
  return tie(c.doc, 'budget-expenditure', (t) => grand(t), 'basic');
}


/** The tie an amount of the narrative is compared through: none without a subject, performanceTie in 绩效 sections, else the budget's or the final account's. */
export function tieOf(c: Context, f: NarrativeFact): Tie | undefined {
  if (!f.subject) return undefined;
  if (c.titles.includes('绩效')) return performanceTie(c, f);
  return c.doc.kind === 'final-accounts' ? finalTie(c, f) : budgetTie(c, f);
}

/** Every narrative fact with its context as the narrative rules see it (section titles from the top joined by “/”, the facts before it). */
export function factsInContext(doc: Document): { context: Context; fact: NarrativeFact }[] {
  const out: { context: Context; fact: NarrativeFact }[] = [];
  const walk = (s: NarrativeSection, above: string): void => {
    const titles = `${above}/${s.title}`;
    s.facts.forEach((fact, i) => out.push({ context: { doc, titles, before: s.facts.slice(0, i) }, fact }));
    for (const x of s.children) walk(x, titles);
  };
  for (const s of doc.narrative.sections) walk(s, '');
  return out;
}
