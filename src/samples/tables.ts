// The thirteen tables of a Shanxi budget package, written in the tab-separated layout of PDF extractions: a number
// line, the title with the year, 部门名称 and 单位, header rows, then rows. Codes are printed whole, blank means zero.

import { FUNCTION_CLASSES } from '../model/classification.js';
import { type Cents, cell, sum, wan } from './amount.js';
import { type BudgetData, PERSONNEL, adminOperating, codeName, econItems, fnItems, threePublic } from './budget.js';
import { type Writer, zh } from './writer.js';

/** A function-classification row at any level with its basic and project amounts. */
export interface FnRow {
  code: string;
  name: string;
  basic: Cents;
  project: Cents;
}

/** Every 类, 款 and 项 row in code order, parents before children, amounts summed up from the 项. */
export function fnRows(d: BudgetData): FnRow[] {
  const items = fnItems(d);
  const acc = new Map<string, FnRow>();
  for (const [code, x] of items) {
    for (const c of [code.slice(0, 3), code.slice(0, 5), code]) {
      const row = acc.get(c) ?? { code: c, name: d.names.get(c) ?? codeName(c, d.opts.year), basic: 0, project: 0 };
      row.basic += x.basic;
      row.project += x.project;
      acc.set(c, row);
    }
  }
  return [...acc.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Totals of the package. */
export function totals(d: BudgetData): { total: Cents; basic: Cents; project: Cents; personnel: Cents; public: Cents } {
  const rows = fnRows(d).filter((r) => r.code.length === 3);
  const basic = sum(rows.map((r) => r.basic));
  const project = sum(rows.map((r) => r.project));
  const econ = econItems(d);
  const personnel = sum([...econ].filter(([c]) => PERSONNEL.has(c)).map(([, v]) => v));
  return { total: basic + project, basic, project, personnel, public: basic - personnel };
}

function head(w: Writer, d: BudgetData, n: number, title: string): void {
  w.para(`预算公开表${n}`, `${d.opts.year}年${title}`, `部门名称：${d.bodyName}`, '单位：万元');
}

const classAmount = (d: BudgetData): Map<string, Cents> => new Map(fnRows(d).filter((r) => r.code.length === 3).map((r) => [r.code, r.basic + r.project]));

/** 表1 预算收支总表. */
function summary(w: Writer, d: BudgetData): void {
  const t = totals(d).total;
  head(w, d, 1, '预算收支总表');
  w.row('收入', '', '支出', '', '', '');
  w.row('项目', `${d.opts.year}年`, '项目', `${d.opts.year}年合计`, '当年预算安排', '上年结转安排');
  const income = ['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算', '四、财政专户管理资金', '五、单位资金'];
  const byClass = classAmount(d);
  Object.entries(FUNCTION_CLASSES).forEach(([name, code], i) => {
    const a = byClass.get(code) ?? 0;
    w.row(income[i] ?? '', i === 0 ? wan(t) : '', `${zh(i + 1)}、${name}`, cell(a), cell(a), '');
  });
  w.row('本年收入合计', wan(t), '本年支出合计', wan(t), wan(t), '');
  w.row('上年结转', '', '年终结转', '', '', '');
  w.row('收入总计', wan(t), '支出总计', wan(t), wan(t), '');
  w.blank();
}

/** 表2 预算收入总表: everything is 一般公共预算. */
function revenue(w: Writer, d: BudgetData): void {
  const t = totals(d).total;
  head(w, d, 2, '预算收入总表');
  w.row('项目', '', '本年收入', '', '', '', '', '', '上年结转');
  w.row('科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金', '');
  w.row('合计', '', wan(t), wan(t), '', '', '', '', '');
  for (const r of fnRows(d)) w.row(r.code, r.name, wan(r.basic + r.project), wan(r.basic + r.project), '', '', '', '', '');
  w.blank();
}

/** 表3 and 表5: 合计, 基本支出, 项目支出 by code. */
function basicProject(w: Writer, d: BudgetData, n: number, title: string): void {
  const tt = totals(d);
  head(w, d, n, title);
  w.row('项目', '', `${d.opts.year}年预算数`, '', '');
  w.row('科目编码', '科目名称', '合计', '基本支出', '项目支出');
  let total = tt.total;
  if (n === 3 && d.opts.mistakes?.includes('table-total')) {
    total += 100;
    w.seedNext('table-total', '表3 合计 off by 1.00');
  }
  w.row('合计', '', wan(total), wan(tt.basic), wan(tt.project));
  for (const r of fnRows(d)) w.row(r.code, r.name, wan(r.basic + r.project), cell(r.basic), cell(r.project));
  w.blank();
}

/** 表4 财政拨款收支总表. */
function fiscal(w: Writer, d: BudgetData): void {
  const t = totals(d).total;
  head(w, d, 4, '财政拨款收支总表');
  w.row('收入', '', '支出', '', '', '', '');
  w.row('项目', '金额', '项目', '金额', '', '', '');
  w.row('', '', '', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算');
  const income = ['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算'];
  const byClass = classAmount(d);
  Object.entries(FUNCTION_CLASSES).forEach(([name, code], i) => {
    const a = byClass.get(code) ?? 0;
    w.row(income[i] ?? '', i === 0 ? wan(t) : '', `${zh(i + 1)}、${name}`, cell(a), cell(a), '', '');
  });
  w.row('本年收入合计', wan(t), '本年支出合计', wan(t), wan(t), '', '');
  w.row('上年财政拨款结转', '', '年终结转', '', '', '', '');
  for (const s of income) w.row(s, '', '', '', '', '', '');
  w.row('收入总计', wan(t), '支出总计', wan(t), wan(t), '', '');
  w.blank();
}

/** 表6 一般公共预算安排基本支出分经济科目表, by 部门预算支出经济分类 code. */
function economic(w: Writer, d: BudgetData): void {
  const tt = totals(d);
  head(w, d, 6, '一般公共预算安排基本支出分经济科目表（不含上年结转）');
  w.row('科目编码', '科目名称', `${d.opts.year}年预算数`, '', '');
  w.row('', '', '合计', '人员经费', '公用经费');
  w.row('合计', '', wan(tt.basic), wan(tt.personnel), wan(tt.public));
  const econ = econItems(d);
  for (const cls of ['301', '302', '303']) {
    const items = [...econ].filter(([c]) => c.startsWith(cls));
    if (items.length === 0) continue;
    const pers = sum(items.filter(([c]) => PERSONNEL.has(c)).map(([, v]) => v));
    const pub = sum(items.filter(([c]) => !PERSONNEL.has(c)).map(([, v]) => v));
    w.row(cls, codeName(cls, d.opts.year), wan(pers + pub), cell(pers), cell(pub));
    for (const [c, v] of items) w.row(c, codeName(c, d.opts.year), wan(v), PERSONNEL.has(c) ? wan(v) : '', PERSONNEL.has(c) ? '' : wan(v));
  }
  w.blank();
}

function empty(w: Writer, d: BudgetData, n: number, title: string, header: string[][]): void {
  head(w, d, n, title);
  for (const h of header) w.row(...h);
  w.para('注：本表无数据');
}

/** 表10 财政拨款安排“三公”经费支出预算表. */
function threePublicTable(w: Writer, d: BudgetData): void {
  const tp = threePublic(d);
  head(w, d, 10, '财政拨款安排“三公”经费支出预算表');
  w.row('项目', `${d.opts.year}年预算数`, '', '', '');
  w.row('', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算');
  const line = (name: string, c: Cents): void => w.row(name, cell(c), cell(c), '', '');
  line('因公出国（境）费', tp.abroad);
  line('公务接待费', tp.reception);
  line('公务用车购置及运行费', tp.purchase + tp.ops);
  line('①公务用车购置费', tp.purchase);
  line('②公务用车运行维护费', tp.ops);
  const printed = printedThreePublicTotal(d);
  if (printed !== tp.abroad + tp.reception + tp.purchase + tp.ops) w.seedNext('three-public-sum', '表10 合计 is not the sum of its items');
  line('合计', printed);
  w.blank();
}

/** The 三公 total as the package prints it (wrong by 1.00 when that mistake is seeded; the narrative copies it). */
export function printedThreePublicTotal(d: BudgetData): Cents {
  const tp = threePublic(d);
  return tp.abroad + tp.reception + tp.purchase + tp.ops + (d.opts.mistakes?.includes('three-public-sum') ? 100 : 0);
}

/** 表11 财政拨款安排机关运行经费预算表. */
function adminOperatingTable(w: Writer, d: BudgetData): void {
  const units = adminOperating(d);
  head(w, d, 11, '财政拨款安排机关运行经费预算表');
  w.row('单位名称', `${d.opts.year}年预算数`, '', '', '');
  w.row('', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算');
  const t = sum(units.map((u) => u.amount));
  w.row('部门合计', wan(t), wan(t), '', '');
  for (const u of units) w.row(u.unit, wan(u.amount), wan(u.amount), '', '');
  w.blank();
}

/** 表12 项目支出预算表（本年预算）: the body, then each unit's subtotal and projects. */
function projectsTable(w: Writer, d: BudgetData): void {
  const t = totals(d).project;
  head(w, d, 12, '项目支出预算表（本年预算）');
  w.row('项目名称', '合计', `${d.opts.year}年财政拨款`, '', '', '财政专户管理资金', '单位资金');
  w.row('', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', '');
  w.row('1', '2', '3', '4', '5', '6', '7');
  w.row(d.bodyName, wan(t), wan(t), '', '', '', '');
  for (const u of d.units) {
    const ps = d.projects.filter((p) => p.unit === u.name);
    if (ps.length === 0) continue;
    const s = sum(ps.map((p) => p.amount));
    w.row(u.name, wan(s), wan(s), '', '', '', '');
    for (const p of ps) w.row(p.name, wan(p.amount), wan(p.amount), '', '', '', '');
  }
  w.blank();
}

/** Part 2: all thirteen tables. */
export function writeTables(w: Writer, d: BudgetData): void {
  const y = d.opts.year;
  w.para(`第二部分 ${y}年部门预算报表`);
  summary(w, d);
  revenue(w, d);
  basicProject(w, d, 3, '预算支出总表');
  fiscal(w, d);
  basicProject(w, d, 5, '一般公共预算支出预算表（不含上年结转）');
  economic(w, d);
  empty(w, d, 7, '政府性基金预算收入表（不含上年结转）', [['项目', '', '政府性基金收入预算'], ['收入科目编码', '科目名称', ''], ['合计', '', '']]);
  empty(w, d, 8, '政府性基金预算支出表（不含上年结转）', [['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['合计', '', '', '', '']]);
  empty(w, d, 9, '国有资本经营预算收支预算表（不含上年结转）', [
    ['国有资本经营预算收入', '', '国有资本经营预算支出', '', '', '', ''],
    ['收入科目编码', '科目名称', '国有资本经营收入预算', '科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', '', '', '', '', '', '', ''],
  ]);
  threePublicTable(w, d);
  adminOperatingTable(w, d);
  projectsTable(w, d);
  empty(w, d, 13, '项目支出预算表（上年结转）', [['项目名称', '合计', `${y}年财政拨款`, '', ''], ['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算'], ['1', '2', '3', '4', '5']]);
}
