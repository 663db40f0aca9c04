import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { classTotalsAgree } from './class-totals-agree.js';

const t1 = (c224: string): string[] => [
  '2026年预算收支总表',
  '单位：万元',
  T('收入', '', '支出', '', '', ''),
  T('项目', '2026年', '项目', '2026年合计', '当年预算安排', '上年结转安排'),
  T('一、一般公共预算', '100.00', '八、社会保障和就业支出', '20.00', '20.00', ''),
  T('', '', '二十三、灾害防治及应急管理支出', c224, '80.00', '5.00'),
  T('本年收入合计', '100.00', '本年支出合计', '105.00', '100.00', '5.00'),
  T('上年结转', '5.00', '年终结转', '', '', ''),
  T('收入总计', '105.00', '支出总计', '105.00', '100.00', '5.00'),
];
const t2 = (total: string): string[] => [
  '2026年预算收入总表',
  '单位：万元',
  T('项目', '', '本年收入', '', '', '', '', '', '上年结转'),
  T('科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金', ''),
  T('合计', '', total, total, '', '', '', '', '5.00'),
  T('208', '社会保障和就业支出', '20.00', '20.00', '', '', '', '', ''),
  T('224', '灾害防治及应急管理支出', '80.00', '80.00', '', '', '', '', '5.00'),
];
const t3 = (c208: string): string[] => [
  '2026年预算支出总表',
  '单位：万元',
  T('项目', '', '2026年预算数', '', ''),
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('合计', '', '105.00', '25.00', '80.00'),
  T('208', '社会保障和就业支出', c208, c208, ''),
  T('224', '灾害防治及应急管理支出', '85.00', '5.00', '80.00'),
];

test('passes when 表1 类 = 表2 (本年 + 上年结转) = 表3 and 表3 合计 = 表2 合计 + 上年结转', () => {
  assert.deepEqual(classTotalsAgree.check(docFrom(...t1('85.00'), ...t2('100.00'), ...t3('20.00'))), []);
});

test('reports each disagreeing 类 with the positions in both tables', () => {
  const fs = classTotalsAgree.check(docFrom(...t1('86.00'), ...t2('100.00'), ...t3('20.00')));
  assert.deepEqual(fs.map((f) => [f.params['table'], f.params['row'], f.expected, f.actual, f.severity]), [
    ['2026年预算收入总表', '224 灾害防治及应急管理支出', '86.00', '85.00', 'error'],
    ['2026年预算支出总表', '224 灾害防治及应急管理支出', '86.00', '85.00', 'error'],
  ]);
  // 表2 line 16 (本年 and 上年结转 cells), 表1 line 6.
  assert.equal(fs[0]?.location.line, 16);
  assert.deepEqual(fs[0]?.related?.map((p) => p.line), [16, 6]);
});

test('reports 表3 合计 against 表2 合计 and a 类 missing from 表3', () => {
  const fs = classTotalsAgree.check(docFrom(...t1('85.00'), ...t2('101.00'), ...t3('')));
  assert.deepEqual(fs.map((f) => [f.params['table'], f.params['row'], f.expected, f.actual]), [
    ['2026年预算支出总表', '208 社会保障和就业支出', '20.00', '0'],
    ['2026年预算支出总表', '合计', '106.00', '105.00'],
  ]);
});

test('returns nothing when only one of the tables is there', () => {
  assert.deepEqual(classTotalsAgree.check(docFrom(...t3('20.00'))), []);
});

test('山西省应急管理厅 2026: 类 224 and 合计 differ from 表2 (本年 + 上年结转) by 0.01 — rounding', () => {
  // shanxi-emergency-2026-budget.txt line 125 (表1): 二十三、灾害防治及应急管理支出 35908.07 31912.43 3995.65;
  // line 165 (表2): 224 31912.43 … 上年结转 3995.65 → 35908.08; line 200 (表3): 224 35908.07 (agrees with 表1).
  // line 147 (表2): 合计 33422.27 … 上年结转 3997.75 → 37420.02; line 183 (表3): 合计 37420.03.
  // 类 205 (2.11), 208 (1156.64), 210 (353.21) agree in all three tables.
  const r = readDocument(corpusBytes('shanxi-emergency-2026-budget.txt'), 'shanxi-emergency-2026-budget.txt');
  assert.ok(r.ok);
  const fs = classTotalsAgree.check(r.document);
  assert.deepEqual(fs.map((f) => [f.location.line, f.params['row'], f.expected, f.actual, f.severity]), [
    [165, '224 灾害防治及应急管理支出', '35908.07', '35908.08', 'info'],
    [183, '合计', '37420.02', '37420.03', 'info'],
  ]);
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md']) {
    const d = readDocument(corpusBytes(name), name);
    assert.ok(d.ok);
    assert.deepEqual(classTotalsAgree.check(d.document), [], name);
  }
});
