import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { corpusBytes } from '../../../test/corpus.js';
import { type ChartSpec, basicProject, documentCharts, expenditureByClass, revenueBySource, threePublic } from './data.js';
import { minus, percent, toWan } from './decimal.js';

function doc(name: string): Document {
  const r = readDocument(corpusBytes(name), name);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}
const items = (c: ChartSpec | undefined): [string, string][] => (c?.series[0]?.items ?? []).map((i) => [i.label, i.value]);

test('阳泉 2026 budget: the four charts with the figures printed in its tables', () => {
  const d = doc('yangquan-emergency-2026-budget.txt');
  assert.deepEqual(documentCharts(d).map((c) => c.id), ['expenditure-by-class', 'basic-project', 'three-public', 'revenue-by-source']);
  // 表5 (line 239) 类 rows: 248 201 一般公共服务支出 6.56, 251 208 … 722.99, 257 210 … 165.61, 263 221 … 285.86, 266 224 … 3376.99
  const a = expenditureByClass(d);
  assert.deepEqual([a?.unit, a?.kind, a?.source], ['万元', 'bar', { table: '2026年一般公共预算支出预算表（不含上年结转）', line: 239 }]);
  assert.deepEqual(items(a), [['一般公共服务支出', '6.56'], ['社会保障和就业支出', '722.99'], ['卫生健康支出', '165.61'], ['住房保障支出', '285.86'], ['灾害防治及应急管理支出', '3376.99']]);
  assert.deepEqual(a?.series[0]?.items.map((i) => i.code), ['201', '208', '210', '221', '224']);
  // 表3 line 160: 合计 4558.02 3915.63 642.39
  assert.deepEqual(items(basicProject(d)), [['基本支出', '3915.63'], ['项目支出', '642.39']]);
  // 表10 lines 379–383: 因公出国 blank, 公务接待费 blank, ①购置费 blank, ②运行维护费 46.80
  assert.deepEqual(items(threePublic(d)), [['因公出国（境）费', '0'], ['公务接待费', '0'], ['公务用车购置费', '0'], ['公务用车运行维护费', '46.80']]);
  // 表1 lines 74–78: 一、一般公共预算 4558.02, the other four sources blank
  assert.deepEqual(items(revenueBySource(d)), [['一般公共预算', '4558.02']]);
});

test('山西 2026 budget: 类 of 表5, 基本/项目 of 表3 (上年结转 included), 三公 and two income sources', () => {
  const d = doc('shanxi-emergency-2026-budget.txt');
  // 表5 lines 266, 272, 279: 208 1020.36, 210 312.89, 224 29857.56
  assert.deepEqual(items(expenditureByClass(d)), [['社会保障和就业支出', '1020.36'], ['卫生健康支出', '312.89'], ['灾害防治及应急管理支出', '29857.56']]);
  // 表3 line 183: 合计 37420.03 8570.08 28849.94
  assert.deepEqual(items(basicProject(d)), [['基本支出', '8570.08'], ['项目支出', '28849.94']]);
  // 表10 lines 397–401: 出国 blank, 接待 20.00, 购置 blank, 运行维护 37.00
  assert.deepEqual(items(threePublic(d)), [['因公出国（境）费', '0'], ['公务接待费', '20.00'], ['公务用车购置费', '0'], ['公务用车运行维护费', '37.00']]);
  // 表1 line 102 一般公共预算 31190.81, line 106 单位资金 2231.46; 上年结转 (line 134) is not a source of the year
  assert.deepEqual(items(revenueBySource(d)), [['一般公共预算', '31190.81'], ['单位资金', '2231.46']]);
});

test('阳泉 2024 final accounts: 公开05 类, 公开03 split, 公开09 决算数, 公开01 income lines', () => {
  const d = doc('yangquan-emergency-2024-final-accounts.txt');
  // 公开05 (line 304): 318 201 3.54, 321 208 670.44, 327 210 142.70, 333 221 280.63, 336 224 4717.01
  const a = expenditureByClass(d);
  assert.equal(a?.title, '一般公共预算支出（按功能分类“类”）');
  assert.deepEqual(items(a), [['一般公共服务支出', '3.54'], ['社会保障和就业支出', '670.44'], ['卫生健康支出', '142.70'], ['住房保障支出', '280.63'], ['灾害防治及应急管理支出', '4717.01']]);
  // 公开03 line 213: 合计 6061.09 3741.61 2319.48
  assert.deepEqual(items(basicProject(d)), [['基本支出', '3741.61'], ['项目支出', '2319.48']]);
  // 公开09 line 454, 决算数 half: 62.59, 出国 blank, 62.59, 购置 41.91, 运行维护 20.68, 接待 blank
  const c = threePublic(d);
  assert.deepEqual([c?.title, c?.series[0]?.name], ['“三公”经费决算（按项目）', '决算数']);
  assert.deepEqual(items(c), [['因公出国（境）费', '0'], ['公务接待费', '0'], ['公务用车购置费', '41.91'], ['公务用车运行维护费', '20.68']]);
  // 公开01 lines 108–109: 一般公共预算财政拨款收入 5814.32, 政府性基金预算财政拨款收入 246.77; lines 110–115 blank
  assert.deepEqual(items(revenueBySource(d)), [['一般公共预算财政拨款收入', '5814.32'], ['政府性基金预算财政拨款收入', '246.77']]);
});

test('no table, no chart: forms-only documents and tables that print nothing give no chart rather than a zero one', () => {
  assert.deepEqual(documentCharts(doc('jinzhong-emergency-2022-performance-targets.txt')), []);
  const d = doc('yangquan-emergency-2026-budget.txt');
  const without = { ...d, tables: d.tables.filter((t) => t.kind !== 'gpb-expenditure' && t.kind !== 'budget-expenditure' && t.kind !== 'three-public') };
  assert.deepEqual(documentCharts(without).map((c) => c.id), ['revenue-by-source']);
  // A 三公 table that prints no figure at all: nothing to draw.
  const blank = structuredClone(d);
  for (const t of blank.tables.filter((x) => x.kind === 'three-public')) for (const r of t.rows) for (const c of Object.values(r.cells)) { c.text = ''; delete c.amount; }
  assert.equal(threePublic(blank), undefined);
  const noData = structuredClone(d);
  for (const t of noData.tables) t.noData = true;
  assert.deepEqual(documentCharts(noData), []);
});

test('exact arithmetic: percent rounds half away from zero, 元 become 万元 without floats', () => {
  // 3376.99 / 4558.02 = 74.0889…%; 6.56 / 4558.02 = 0.1439…%
  assert.equal(percent('3376.99', '4558.02'), '74.09');
  assert.equal(percent('6.56', '4558.02'), '0.14');
  assert.equal(percent('1', '8'), '12.50');
  assert.equal(percent('-1', '8'), '-12.50');
  assert.equal(percent('1', '0'), null);
  assert.equal(percent('0.1', '0.3'), '33.33');
  assert.equal(minus('4558.02', '6061.09'), '-1503.07');
  assert.equal(toWan('21601733.00', '元'), '2160.1733');
  assert.equal(toWan('300000', '元'), '30.00');
  assert.equal(toWan('46.80', '万元'), '46.80');
});
