import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { threePublicMatchesEconomic } from './three-public-matches-economic.js';

const t6 = (reception: string): string[] => [
  '2026年一般公共预算安排基本支出分经济科目表（不含上年结转）',
  '单位：万元',
  T('部门预算支出经济科目名称', '政府预算支出经济科目名称', '2026年预算数', '', ''),
  T('', '', '合计', '人员经费', '公用经费'),
  T('合计', '', '52.00', '', '52.00'),
  T('公务接待费', '公务接待费', reception, '', reception),
  T('公务用车运行维护费', '公务用车运行维护费', '30.00', '', '30.00'),
  T('公务用车运行维护费', '商品和服务支出', '12.00', '', '12.00'),
];
const t10 = (ops: string): string[] => [
  '2026年财政拨款安排“三公”经费支出预算表',
  '单位：万元',
  T('项目', '2026年预算数', '', '', ''),
  T('', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'),
  T('因公出国（境）费', '', '', '', ''),
  T('公务接待费', '10.00', '10.00', '', ''),
  T('公务用车购置及运行费', ops, ops, '', ''),
  T('①公务用车购置费', '', '', '', ''),
  T('②公务用车运行维护费', ops, ops, '', ''),
  T('合计', '52.00', '52.00', '', ''),
];

test('passes when 接待 and 运行维护 equal the 表6 rows of the same name (several rows summed)', () => {
  assert.deepEqual(threePublicMatchesEconomic.check(docFrom(...t6('10.00'), ...t10('42.00'))), []);
});

test('reports a mismatch on the 表10 cell, pointing at the 表6 rows', () => {
  const fs = threePublicMatchesEconomic.check(docFrom(...t6('10.00'), ...t10('30.00')));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.expected, f.actual, f.severity, f.location.line, f.related?.map((p) => p.line)]), [
    ['公务用车运行维护费', '42.00', '30.00', 'error', 17, [7, 8]],
  ]);
});

test('a name missing from 表6 counts as zero; without 表6 nothing is reported', () => {
  const fs = threePublicMatchesEconomic.check(docFrom(...t6('10.00').slice(0, 5), ...t10('42.00')));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.expected, f.actual]), [
    ['公务用车运行维护费', '0', '42.00'],
    ['公务接待费', '0', '10.00'],
  ]);
  assert.deepEqual(threePublicMatchesEconomic.check(docFrom(...t10('42.00'))), []);
});

test('corpus: 表10 公务接待费 and 公务用车运行维护费 equal 表6', () => {
  // shanxi-emergency-2026-budget.txt: 表10 line 398 公务接待费 20.00 = 表6 line 334 20.00; line 401 ②运行维护费 37.00 = line 340 37.00.
  // yangquan-emergency-2026-budget.txt: line 383 46.80 = line 323 46.80; 接待 blank (line 380), no 表6 row.
  // datong-emergency-2025-unit-budget.md: line 398 10.50 = line 340 10.50; 接待 blank (line 395), no 表6 row.
  for (const name of ['shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(threePublicMatchesEconomic.check(r.document), [], name);
  }
});
