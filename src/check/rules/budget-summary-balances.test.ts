import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import type { Document } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { budgetSummaryBalances } from './budget-summary-balances.js';

/** A 预算收支总表 with two 类, 单位资金 and a carry-over. */
const summary = (o: { income?: string; expTotal?: string; incGrand?: string; expGrand?: string } = {}): string[] => [
  '2026年预算收支总表',
  '单位：万元',
  T('收入', '', '支出', '', '', ''),
  T('项目', '2026年', '项目', '2026年合计', '当年预算安排', '上年结转安排'),
  T('一、一般公共预算', '90.00', '一、一般公共服务支出', '', '', ''),
  T('二、政府性基金预算', '', '八、社会保障和就业支出', '20.00', '20.00', ''),
  T('五、单位资金', '10.00', '二十三、灾害防治及应急管理支出', '85.00', '80.00', '5.00'),
  T('本年收入合计', o.income ?? '100.00', '本年支出合计', o.expTotal ?? '105.00', '100.00', '5.00'),
  T('上年结转', '5.00', '年终结转', '', '', ''),
  T('收入总计', o.incGrand ?? '105.00', '支出总计', o.expGrand ?? '105.00', '100.00', '5.00'),
];

test('passes a balanced table where 本年支出合计 exceeds 本年收入合计 by the carry-over spent', () => {
  assert.deepEqual(budgetSummaryBalances.check(docFrom(...summary())), []);
});

test('reports 本年收入合计 that is not the sum of the income items', () => {
  const fs = budgetSummaryBalances.check(docFrom(...summary({ income: '99.00', incGrand: '104.00', expGrand: '104.00', expTotal: '104.00' })));
  const f = fs.find((x) => x.params['row'] === '本年收入合计');
  assert.equal(f?.severity, 'error');
  assert.equal(f?.expected, '100.00');
  assert.equal(f?.actual, '99.00');
  assert.equal(f?.location.line, 8);
});

test('reports 本年支出合计 that is not the sum of the 类 rows, and 收入总计 ≠ 支出总计', () => {
  const fs = budgetSummaryBalances.check(docFrom(...summary({ expTotal: '106.00', expGrand: '106.00' })));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.expected, f.actual, f.severity]), [
    ['本年支出合计', '105.00', '106.00', 'error'],
    ['支出总计', '105.00', '106.00', 'error'],
  ]);
  const last = fs[1];
  assert.equal(last?.location.line, 10);
  assert.deepEqual(last?.related?.map((p) => p.line), [10]);
});

test('returns nothing without a 预算收支总表', () => {
  assert.deepEqual(budgetSummaryBalances.check(docFrom('2026年预算支出总表', '单位：万元', T('科目编码', '科目名称', '合计', '基本支出', '项目支出'), T('合计', '', '1.00', '1.00', ''))), []);
});

function read(name: string): Document {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return r.document;
}

test('山西省应急管理厅 2026 表1: 本年支出合计 37420.03 vs 本年收入合计 33422.27 is the carry-over, 收入总计 is 0.01 off (尾差)', () => {
  // shanxi-emergency-2026-budget.txt lines 133–135 as printed:
  //   本年收入合计 33422.27 | 本年支出合计 37420.03 33422.27 3997.75
  //   上年结转 3997.75      | 年终结转
  //   收入总计 37420.03     | 支出总计 37420.03 33422.27 3997.75
  // 本年支出合计 includes 3997.75 of carried-over spending (上年结转安排), so it may exceed 本年收入合计; it equals the 类:
  // 2.11 + 1156.64 + 353.21 + 35908.07 = 37420.03 (lines 106, 109, 111, 125). 本年收入合计 = 31190.81 + 2231.46 (lines 102, 106).
  // Only 收入总计 = 33422.27 + 3997.75 = 37420.02 against the printed 37420.03 differs, by 尾差.
  const fs = budgetSummaryBalances.check(read('shanxi-emergency-2026-budget.txt'));
  assert.deepEqual(fs.map((f) => [f.location.line, f.params['row'], f.expected, f.actual, f.severity]), [[135, '收入总计', '37420.02', '37420.03', 'info']]);
});

test('阳泉 2026 表1: the 类 add up to 4558.01 against 本年支出合计 4558.02 — rounding', () => {
  // yangquan-emergency-2026-budget.txt lines 74, 81, 83, 93, 97: 6.56 + 722.99 + 165.61 + 285.86 + 3376.99 = 4558.01;
  // line 105 prints 本年支出合计 4558.02.
  const fs = budgetSummaryBalances.check(read('yangquan-emergency-2026-budget.txt'));
  assert.deepEqual(fs.map((f) => [f.location.line, f.params['row'], f.expected, f.actual, f.severity]), [[105, '本年支出合计', '4558.01', '4558.02', 'info']]);
  assert.deepEqual(budgetSummaryBalances.check(read('datong-emergency-2025-unit-budget.md')), []);
});
