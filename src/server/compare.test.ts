import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from '../read/index.js';
import { corpusBytes } from '../../test/corpus.js';
import { compareFigures } from './compare.js';

function doc(name: string) {
  const r = readDocument(corpusBytes(name), name);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}
const NONE = { error: 0, warning: 0, info: 0 };
const fig = (value: string, yuan: string, line: number) => ({ value, unit: '万元', yuan, line });

test('阳泉 2026 budget: totals, basic/project split, 人员经费 share, 三公 items, projects and forms', () => {
  const c = compareFigures(7, doc('yangquan-emergency-2026-budget.txt'), { error: 1, warning: 2, info: 3 });
  assert.deepEqual([c.id, c.body, c.year, c.kind], [7, '阳泉市应急管理局', 2026, 'budget']);
  // line 107: 收入总计	4558.02	支出总计	4558.02	4558.02
  assert.deepEqual(c.revenueTotal, fig('4558.02', '45580200', 107));
  assert.deepEqual(c.expenditureTotal, fig('4558.02', '45580200', 107));
  // line 160 (预算支出总表): 合计		4558.02	3915.63	642.39
  assert.deepEqual(c.basic, fig('3915.63', '39156300', 160));
  assert.deepEqual(c.project, fig('642.39', '6423900', 160));
  // line 287 (基本支出分经济科目表): 合计		3915.63	3530.82	384.80; 3530.82 / 3915.62 = 90.1727%
  assert.deepEqual(c.personnel, fig('3530.82', '35308200', 287));
  assert.deepEqual(c.publicFunds, fig('384.80', '3848000', 287));
  assert.equal(c.personnelSharePercent, '90.17');
  // lines 379–384: 因公出国（境）费 and 公务接待费 blank, 公务用车购置及运行费 46.80, 合计 46.80
  assert.deepEqual(c.threePublic, { total: fig('46.80', '468000', 384), abroad: null, vehicles: fig('46.80', '468000', 381), reception: null });
  // lines 412–433: 19 projects under 7 unit rows; 19 项目支出绩效目标表 follow
  assert.equal(c.projects, 19);
  assert.equal(c.forms, 19);
  assert.deepEqual(c.findings, { error: 1, warning: 2, info: 3 });
});

test('阳泉 2024 final accounts: 总计 rows, 支出决算表 split, 人员/公用经费合计, 三公 决算数; no project table', () => {
  const c = compareFigures(1, doc('yangquan-emergency-2024-final-accounts.txt'), NONE);
  assert.deepEqual([c.year, c.kind], [2024, 'final-accounts']);
  // line 139: 总计	31	6061.09	总计	62	6061.09
  assert.deepEqual(c.revenueTotal, fig('6061.09', '60610900', 139));
  assert.deepEqual(c.expenditureTotal, fig('6061.09', '60610900', 139));
  // line 213 (支出决算表): 合计		6061.09	3741.61	2319.48
  assert.deepEqual(c.basic, fig('3741.61', '37416100', 213));
  assert.deepEqual(c.project, fig('2319.48', '23194800', 213));
  // line 397: 人员经费合计 3414.47 … 公用经费合计 327.14; 3414.47 / 3741.61 = 91.2567%
  assert.deepEqual(c.personnel, fig('3414.47', '34144700', 397));
  assert.deepEqual(c.publicFunds, fig('327.14', '3271400', 397));
  assert.equal(c.personnelSharePercent, '91.26');
  // line 454: 决算数 合计 62.59, 因公出国 blank, 公务用车 小计 62.59, 公务接待费 blank
  assert.deepEqual(c.threePublic, { total: fig('62.59', '625900', 454), abroad: null, vehicles: fig('62.59', '625900', 454), reception: null });
  assert.equal(c.projects, null);
  assert.equal(c.forms, 0);
});
