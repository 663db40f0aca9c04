import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes, corpusText } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { finalFiscalTablesAgree } from './final-fiscal-tables-agree.js';

const head = (title: string, number: string): string[] => [title, number, '部门名称：测试局', '2024年度', '金额单位：万元'];
const t4 = (gpb224: string): string[] => [
  ...head('财政拨款收入支出决算总表', '公开04表'),
  T('收入', '', '', '支出', '', '', '', '', ''),
  T('项目', '行次', '金额', '项目', '行次', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'),
  T('栏次', '', '1', '栏次', '', '2', '3', '4', '5'),
  T('一、一般公共预算财政拨款', '1', '100.00', '八、社会保障和就业支出', '40', '20.00', '20.00', '', ''),
  T('二、政府性基金预算财政拨款', '2', '10.00', '二十二、灾害防治及应急管理支出', '54', '80.00', gpb224, '', ''),
  T('', '', '', '二十三、其他支出', '55', '10.00', '', '10.00', ''),
  T('本年收入合计', '27', '110.00', '本年支出合计', '59', '110.00', '100.00', '10.00', ''),
  T('总计', '32', '110.00', '总计', '64', '110.00', '100.00', '10.00', ''),
];
const t5 = (c208: string, basic = '30.00'): string[] => [
  ...head('一般公共预算财政拨款支出决算表', '公开05表'),
  T('项目', '', '本年支出', '', ''),
  T('科目代码', '科目名称', '小计', '基本支出', '项目支出'),
  T('栏次', '', '1', '2', '3'),
  T('合计', '', '100.00', basic, '70.00'),
  T('208', '社会保障和就业支出', c208, c208, ''),
  T('224', '灾害防治及应急管理支出', '80.00', '10.00', '70.00'),
];
const t6 = (personnel: string): string[] => [
  ...head('一般公共预算财政拨款基本支出决算明细表', '公开06表'),
  T('人员经费', '', '', '公用经费', '', '', '', '', ''),
  T('科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数'),
  T('301', '工资福利支出', personnel, '302', '商品和服务支出', '5.00', '310', '资本性支出', ''),
  T('30101', '基本工资', personnel, '30231', '公务用车运行维护费', '5.00', '31002', '办公设备购置', ''),
  T('人员经费合计', '', personnel, '公用经费合计', '', '', '', '', '5.00'),
];
const t7 = (total: string): string[] => [
  ...head('政府性基金预算财政拨款收入支出决算表', '公开07表'),
  T('项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'),
  T('科目代码', '科目名称', '', '', '小计', '基本支出', '项目支出', ''),
  T('栏次', '', '1', '2', '3', '4', '5', '6'),
  T('合计', '', '', total, total, '', total, ''),
  T('229', '其他支出', '', total, total, '', total, ''),
];

test('passes when 公开05 = 公开04 一般公共预算, 公开06 = 公开05 基本支出 and 公开07 = 公开04 政府性基金', () => {
  assert.deepEqual(finalFiscalTablesAgree.check(docFrom(...t4('80.00'), ...t5('20.00'), ...t6('25.00'), ...t7('10.00'))), []);
});

test('reports a 类 that differs, 公开06 ≠ 公开05 基本支出 and 公开07 ≠ 公开04', () => {
  const fs = finalFiscalTablesAgree.check(docFrom(...t4('79.00'), ...t5('20.00'), ...t6('26.00'), ...t7('12.00')));
  assert.deepEqual(fs.map((f) => [f.params['table'], f.params['row'], f.params['column'], f.expected, f.actual, f.severity]), [
    ['一般公共预算财政拨款支出决算表', '224 灾害防治及应急管理支出', 'total', '79.00', '80.00', 'error'],
    ['一般公共预算财政拨款支出决算表', '合计', 'basic', '31.00', '30.00', 'error'],
    ['政府性基金预算财政拨款收入支出决算表', '合计', 'total', '10.00', '12.00', 'error'],
  ]);
});

test('a 0.01 gap is 尾差 (info); nothing without the tables', () => {
  const fs = finalFiscalTablesAgree.check(docFrom(...t4('80.00'), ...t5('20.00', '30.01'), ...t6('25.00'), ...t7('10.00')));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.params['column'], f.severity]), [['合计', 'basic', 'info']]);
  assert.deepEqual(finalFiscalTablesAgree.check(docFrom(...t7('10.00'))), []);
});

test('阳泉市应急管理局 2024: 公开04–07 agree; a changed 人员经费合计 is reported', () => {
  // yangquan-emergency-2024-final-accounts.txt, as printed:
  //   公开04 line 295: 本年支出合计 59 6061.09 5814.32 246.77; 类 224 (line 290) 4717.01 4717.01, 229 (line 291) 246.77 in 政府性基金.
  //   公开05 line 317: 合计 5814.32 3741.61 2072.71; 类 201 3.54, 208 670.44, 210 142.70, 221 280.63, 224 4717.01
  //   (lines 318, 321, 327, 333, 336) equal 公开04's 一般公共预算 column (lines 268, 275, 276, 286, 290).
  //   公开06 line 397: 人员经费合计 3414.47 | 公用经费合计 327.14 → 3741.61.   公开07 line 414: 合计 246.77 246.77 … 246.77.
  const name = 'yangquan-emergency-2024-final-accounts.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  assert.deepEqual(finalFiscalTablesAgree.check(r.document), []);
  const lines = corpusText(name).split('\n');
  lines[396] = (lines[396] ?? '').replace('3414.47', '3414.57');
  const fs = finalFiscalTablesAgree.check(docFrom(...lines));
  assert.deepEqual(fs.map((f) => [f.location.line, f.params['row'], f.params['column'], f.expected, f.actual, f.severity]), [[317, '合计', 'basic', '3741.71', '3741.61', 'error']]);
});
