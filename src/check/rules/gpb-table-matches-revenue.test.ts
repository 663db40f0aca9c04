import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { gpbTableMatchesRevenue } from './gpb-table-matches-revenue.js';

const t2 = (item: string): string[] => [
  '2026年预算收入总表',
  '单位：万元',
  T('项目', '', '本年收入', '', '', '', '', '', '上年结转'),
  T('科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金', ''),
  T('合计', '', '110.00', '100.00', '', '', '', '10.00', '5.00'),
  T('224', '灾害防治及应急管理支出', '110.00', '100.00', '', '', '', '10.00', '5.00'),
  T('22401', '应急管理事务', '110.00', '100.00', '', '', '', '10.00', '5.00'),
  T('2240101', '行政运行', item, item, '', '', '', '', ''),
  T('2240102', '一般行政管理事务', '30.00', '30.00', '', '', '', '', '5.00'),
  T('2240199', '其他应急管理支出', '10.00', '', '', '', '', '10.00', ''),
];
const t5 = [
  '2026年一般公共预算支出预算表（不含上年结转）',
  '单位：万元',
  T('项目', '', '2026年预算数', '', ''),
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('合计', '', '100.00', '70.00', '30.00'),
  T('224', '灾害防治及应急管理支出', '100.00', '70.00', '30.00'),
  T('22401', '应急管理事务', '100.00', '70.00', '30.00'),
  T('2240101', '行政运行', '70.00', '70.00', ''),
  T('2240102', '一般行政管理事务', '30.00', '', '30.00'),
];
const t6 = (total: string): string[] => [
  '2026年一般公共预算安排基本支出分经济科目表（不含上年结转）',
  '单位：万元',
  T('部门预算支出经济科目名称', '政府预算支出经济科目名称', '2026年预算数', '', ''),
  T('', '', '合计', '人员经费', '公用经费'),
  T('合计', '', total, '60.00', '10.00'),
];

test('passes when 表5 = 表2 一般公共预算 by code (单位资金-only rows absent from 表5) and 表6 合计 = 表5 基本支出', () => {
  assert.deepEqual(gpbTableMatchesRevenue.check(docFrom(...t2('70.00'), ...t5, ...t6('70.00'))), []);
});

test('reports a 表5 row that differs from 表2 一般公共预算, and 表6 合计 against 表5 基本支出', () => {
  const fs = gpbTableMatchesRevenue.check(docFrom(...t2('71.00'), ...t5, ...t6('70.50')));
  assert.deepEqual(fs.map((f) => [f.params['table'], f.params['row'], f.expected, f.actual, f.location.line, f.related?.map((p) => p.line)]), [
    ['2026年一般公共预算支出预算表（不含上年结转）', '2240101 行政运行', '71.00', '70.00', 18, [8]],
    ['2026年一般公共预算安排基本支出分经济科目表（不含上年结转）', '合计', '70.00', '70.50', 24, [15]],
  ]);
});

test('a code with 一般公共预算 in 表2 but no 表5 row is reported against zero; no 表5 means nothing', () => {
  const fs = gpbTableMatchesRevenue.check(docFrom(...t2('70.00'), ...t5.slice(0, 8)));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.expected, f.actual]), [['2240102 一般行政管理事务', '30.00', '0']]);
  assert.deepEqual(gpbTableMatchesRevenue.check(docFrom(...t2('70.00'), ...t6('1.00'))), []);
});

test('corpus: 表5 equals the 一般公共预算 column of 表2 row by row, and 表6 合计 equals 表5 基本支出', () => {
  // shanxi-emergency-2026-budget.txt: 表2 lines 147–173 一般公共预算 against 表5 lines 265–285, e.g. 合计 31190.81,
  // 224 29857.56, 2240150 1316.86; 2240108 and 2240199 have no 一般公共预算 in 表2 and no row in 表5.
  // 表6 line 295 合计 7168.38 = 表5 line 265 基本支出 7168.38. 阳泉 2026 and 大同 2025 agree the same way
  // (表5 合计 4558.02 / 2233.22, 表6 合计 3915.63 / 1603.41 = 基本支出).
  for (const name of ['shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(gpbTableMatchesRevenue.check(r.document), [], name);
  }
});

test('Shanghai: 收入预算总表 has no 一般公共预算 column, so only 表6 合计 = 表5 基本支出 is checked', () => {
  // shanghai-putuo-commerce-2025-budget.pdf (pdftotext -layout): 部门收入预算总表 (line 158) has columns 合计, 财政拨款收入, 事业收入,
  // 事业单位经营收入, 其他收入; line 293 一般公共预算支出功能分类预算表 合计 基本支出 19,830,655.00 = line 357 经济分类 合计 19,830,655.00.
  const name = 'shanghai-putuo-commerce-2025-budget.pdf';
  const r = readText(layoutTextOf(name), name);
  assert.ok(r.ok);
  assert.deepEqual(gpbTableMatchesRevenue.check(r.document), []);
  const lines = layoutTextOf(name).split('\n');
  lines[356] = (lines[356] ?? '').replace('19,830,655.00', '19,830,755.00');
  const m = readText(lines.join('\n'), name);
  assert.ok(m.ok);
  assert.deepEqual(gpbTableMatchesRevenue.check(m.document).map((f) => [f.location.line, f.expected, f.actual, f.severity]), [[357, '19830655.00', '19830755.00', 'error']]);
});
