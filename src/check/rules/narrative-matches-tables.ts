import { compareDecimals, fromScaled, scaleOf, sumDecimals, toScaled, toYuan } from '../../model/decimal.js';
import type { Cell, Document, Finding, NarrativeFact, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { rowsOf } from '../cross-table.js';
import { type Context, THREE_PUBLIC, factsInContext, grand, tie, tieOf } from '../narrative-ties.js';
import { cellValue, difference } from '../sums.js';

const ID = 'narrative-matches-tables';

/** Whether an amount is this document's own figure (not 年初预算, 上年 or another year's). */
export function ownFigure(doc: Document, f: NarrativeFact): boolean {
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

const FORM_LINES: Record<string, string> = { 部门预算资金: '合计', 基本支出: '基本支出', 项目支出: '项目支出' };

/**
 * 整体绩效目标 (“涉及部门预算资金33658.57万元，其中基本支出8570.08万元，项目支出25088.49万元”) restates the one 部门整体支出绩效目标表
 * published with the budget, by use; a mismatch is an error there (the form's own agreement with the tables is another rule's).
 */
function departmentFormFinding(c: Context, f: NarrativeFact): Finding | 'none' | undefined {
  const label = FORM_LINES[f.subject?.topic ?? ''];
  const forms = c.doc.forms.departmentTargets;
  if (c.doc.kind !== 'budget' || !label || !c.titles.includes('整体') || forms.length !== 1 || !f.amount) return undefined;
  const form = forms[0];
  const line = form?.fundingByUse.find((l) => l.label === label);
  if (!form || !line?.amount) return undefined;
  const expectedYuan = toYuan(line.amount);
  const actualYuan = toYuan(f.amount);
  if (compareDecimals(expectedYuan, actualYuan) === 0) return 'none';
  const rounding = compareDecimals(difference(expectedYuan, actualYuan), '100') <= 0;
  const subject = f.subject?.topic ?? '';
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: f.pos,
    related: [line.pos],
    expected: line.amount.raw,
    actual: f.amount.raw,
    params: { kind: 'mismatch', subject, table: form.title, rounding: String(rounding) },
  };
}

function checkFact(c: Context, f: NarrativeFact): Finding | undefined {
  const form = f.kind === 'amount' && ownFigure(c.doc, f) ? departmentFormFinding(c, f) : undefined;
  if (form) return form === 'none' ? undefined : form;
  if (f.kind === 'amount' && c.doc.kind === 'final-accounts' && !c.titles.includes('绩效')) {
    const budget = finalThreePublicBudget(c, f);
    if (budget || (THREE_PUBLIC[f.subject?.topic ?? ''] && /^(年初预算|全年预算)$/.test(f.measure ?? ''))) return budget;
  }
  if (f.kind !== 'amount' || !f.amount || !ownFigure(c.doc, f)) return undefined;
  const subject = f.subject?.code ? `${f.subject.code} ${f.subject.topic}` : (f.subject?.topic ?? '');
  // 绩效管理 restates project money by performance category, which no table totals; never guessed.
  const t = tieOf(c, f);
  const expectedYuan = t && tableYuan(t.table, t.cells);
  if (!t || expectedYuan === undefined) {
    return { rule: ID, severity: 'info', location: f.pos, related: [], actual: f.amount.raw, params: { kind: 'untied', subject, table: '' } };
  }
  const actualYuan = toYuan(f.amount);
  if (compareDecimals(expectedYuan, actualYuan) === 0) return undefined;
  const altYuan = t.alt && tableYuan(t.table, t.alt);
  if (altYuan !== undefined && compareDecimals(altYuan, actualYuan) === 0) return undefined;
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

/** Every amount the narrative states of this document's own figures equals the table cell it restates; figures tied to no cell are info. */
export const narrativeMatchesTables: Rule = {
  id: ID,
  title: '情况说明金额与报表一致',
  category: 'narrative',
  severity: 'error',
  docs: 'Each amount in the 情况说明 (收入总计, 本年收入/支出, 上年结转 (income or expenditure side by the total it follows), income sources (a stated 0 against a blank cell of the row), 财政拨款收支 totals, 当年拨款 and 结转 against 财政拨款收支总表 / 公开04 (a final account\'s 财政拨款收入/支出 there being its 总计 or its 本年 合计), 基本支出, 一般公共预算, a 类, 人员经费 and, in final accounts, their items by 公开06 row name, 三公 and its items, 机关运行经费, 政府采购 in final accounts, 整体绩效目标\'s 部门预算资金/基本支出/项目支出 against the 部门整体支出绩效目标表 (基本支出 against 表3 when there is no such form); in Shanghai documents also each 项, by code or by 类 and name, a 元 table being rounded to the narrative\'s 万元) equals the table cell it restates (0.01 万元 is 尾差, info); a final account\'s 三公 全年预算/年初预算 is compared with 公开09\'s 预算数 (error/warning), other years are not compared, and figures that tie to no cell are reported as info (untied).',
  check: (doc) => factsInContext(doc).flatMap(({ context, fact }) => checkFact(context, fact) ?? []),
};
