import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes, corpusText } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { finalClassTotalsAgree } from './final-class-totals-agree.js';

const head = (title: string, number: string): string[] => [title, number, '部门名称：测试局', '2024年度', '金额单位：万元'];
const t1 = (c224: string): string[] => [
  ...head('收入支出决算总表', '公开01表'),
  T('收入', '', '', '支出', '', ''),
  T('项目', '行次', '金额', '项目', '行次', '金额'),
  T('栏次', '', '1', '栏次', '', '2'),
  T('一、一般公共预算财政拨款收入', '1', '100.00', '八、社会保障和就业支出', '39', '20.00'),
  T('二、政府性基金预算财政拨款收入', '2', '', '二十二、灾害防治及应急管理支出', '53', c224),
  T('本年收入合计', '27', '100.00', '本年支出合计', '58', '100.00'),
  T('总计', '31', '100.00', '总计', '62', '100.00'),
];
const t2 = (total: string): string[] => [
  ...head('收入决算表', '公开02表'),
  T('项目', '', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'),
  T('科目代码', '科目名称', '', '', '', '', '', '', ''),
  T('栏次', '', '1', '2', '3', '4', '5', '6', '7'),
  T('合计', '', total, total, '', '', '', '', ''),
  T('208', '社会保障和就业支出', '20.00', '20.00', '', '', '', '', ''),
  T('224', '灾害防治及应急管理支出', '80.00', '80.00', '', '', '', '', ''),
];
const t3 = (c208: string, total = '100.00'): string[] => [
  ...head('支出决算表', '公开03表'),
  T('项目', '', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'),
  T('科目代码', '科目名称', '', '', '', '', '', ''),
  T('栏次', '', '1', '2', '3', '4', '5', '6'),
  T('合计', '', total, '30.00', '70.00', '', '', ''),
  ...(c208 ? [T('208', '社会保障和就业支出', c208, c208, '', '', '', '')] : []),
  T('224', '灾害防治及应急管理支出', '80.00', '10.00', '70.00', '', '', ''),
];

test('passes when 公开01 类 = 公开03 类 and both 合计 match 公开01', () => {
  assert.deepEqual(finalClassTotalsAgree.check(docFrom(...t1('80.00'), ...t2('100.00'), ...t3('20.00'))), []);
});

test('reports a disagreeing 类, a 类 missing from 公开03, and 合计 that differ', () => {
  const fs = finalClassTotalsAgree.check(docFrom(...t1('81.00'), ...t2('101.00'), ...t3('', '99.00')));
  assert.deepEqual(fs.map((f) => [f.params['table'], f.params['row'], f.expected, f.actual, f.severity]), [
    ['支出决算表', '208 八、社会保障和就业支出', '20.00', '0', 'error'],
    ['支出决算表', '224 灾害防治及应急管理支出', '81.00', '80.00', 'error'],
    ['支出决算表', '合计', '100.00', '99.00', 'error'],
    ['收入决算表', '合计', '100.00', '101.00', 'error'],
  ]);
});

test('a 0.01 gap is 尾差 (info); nothing without 公开01', () => {
  const fs = finalClassTotalsAgree.check(docFrom(...t1('80.00'), ...t2('100.00'), ...t3('20.01')));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.severity]), [['208 社会保障和就业支出', 'info']]);
  assert.deepEqual(finalClassTotalsAgree.check(docFrom(...t2('100.00'), ...t3('20.00'))), []);
});

test('阳泉市应急管理局 2024: 公开01 agrees with 公开02 and 公开03; a changed 类 in 公开03 is reported', () => {
  // yangquan-emergency-2024-final-accounts.txt, as printed:
  //   公开01 类 (lines 108–130): 201 3.54, 208 670.44, 210 142.70, 221 280.63, 224 4717.01, 229 246.77;
  //   line 135: 本年收入合计 6061.09 | 本年支出合计 6061.09.
  //   公开02 line 158: 合计 6061.09; 公开03 line 213: 合计 6061.09 3741.61 2319.48, and its 类 lines 214 (201 3.54),
  //   217 (208 670.44), 223 (210 142.70), 229 (221 280.63), 232 (224 4717.01), 249 (229 246.77) equal 公开01's.
  const name = 'yangquan-emergency-2024-final-accounts.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  assert.deepEqual(finalClassTotalsAgree.check(r.document), []);
  const lines = corpusText(name).split('\n');
  lines[231] = (lines[231] ?? '').replace('4717.01', '4716.01');
  const fs = finalClassTotalsAgree.check(docFrom(...lines));
  assert.deepEqual(fs.map((f) => [f.location.line, f.params['row'], f.expected, f.actual, f.severity]), [[232, '224 灾害防治及应急管理支出', '4717.01', '4716.01', 'error']]);
});
