import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes, corpusText } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { finalStatisticsAgree } from './final-statistics-agree.js';

const head = (title: string, number: string): string[] => [title, number, '部门名称：测试局', '2024年度', '金额单位：万元'];
const t6 = (ops: string, reception: string): string[] => [
  ...head('一般公共预算财政拨款基本支出决算明细表', '公开06表'),
  T('人员经费', '', '', '公用经费', '', '', '', '', ''),
  T('科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数'),
  T('301', '工资福利支出', '25.00', '302', '商品和服务支出', '5.00', '310', '资本性支出', ''),
  T('30101', '基本工资', '25.00', '30217', '公务接待费', reception, '31002', '办公设备购置', ''),
  T('', '', '', '30231', '公务用车运行维护费', ops, '', '', ''),
  T('人员经费合计', '', '25.00', '公用经费合计', '', '', '', '', '5.00'),
];
const t9 = (ops: string, reception: string): string[] => [
  ...head('财政拨款“三公”经费支出决算表', '公开09表'),
  T('预算数', '', '', '', '', '', '决算数', '', '', '', '', ''),
  T('合计', '因公出国 (境) 费', '公务用车购置及运行维护费', '', '', '公务接 待费', '合计', '因公出国 (境) 费', '公务用车购置及运行维护费', '', '', '公务接 待费'),
  T('', '', '小计', '公务用车 购置费', '公务用车 运行维护 费', '', '', '', '小计', '公务用车 购置费', '公务用车 运行维护 费', ''),
  T('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'),
  T('5.00', '', '4.00', '', '4.00', '1.00', '5.00', '', '4.00', '', ops, reception),
];
const t10 = (total: string): string[] => [
  ...head('部门决算公开相关信息统计表', '公开10表'),
  T('一、政府采购情况', '', ''),
  T('项目', '行次', '统计数'),
  T('合计', '1', total),
  T('货物', '2', '10.00'),
  T('工程', '3', ''),
  T('服务', '4', '5.00'),
  T('二、机关运行经费', '', ''),
  T('项目', '行次', '统计数'),
  T('合计', '', '7.00'),
  T('(一) 行政单位', '5', '7.00'),
];

test('passes when 政府采购 合计 = 货物 + 工程 + 服务 and 公开09 决算 matches 公开06', () => {
  assert.deepEqual(finalStatisticsAgree.check(docFrom(...t6('4.00', '1.00'), ...t9('4.00', '1.00'), ...t10('15.00'))), []);
});

test('reports 政府采购 合计 and 公开09 运行维护费/接待费 that differ from their sources', () => {
  const fs = finalStatisticsAgree.check(docFrom(...t6('4.00', '1.00'), ...t9('3.00', '2.00'), ...t10('16.00')));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.params['column'], f.expected, f.actual, f.severity]), [
    ['政府采购合计', 'value', '15.00', '16.00', 'error'],
    ['公务用车运行维护费', 'final.vehicleOps', '4.00', '3.00', 'error'],
    ['公务接待费', 'final.reception', '1.00', '2.00', 'error'],
  ]);
});

test('a 0.01 gap is 尾差 (info); nothing without the tables', () => {
  const fs = finalStatisticsAgree.check(docFrom(...t10('15.01')));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.severity]), [['政府采购合计', 'info']]);
  assert.deepEqual(finalStatisticsAgree.check(docFrom(...t9('4.00', '1.00'))), []);
});

test('阳泉市应急管理局 2024: 公开10 政府采购 and 公开09 agree with 公开06; a changed 货物 is reported', () => {
  // yangquan-emergency-2024-final-accounts.txt, as printed:
  //   公开10 lines 470–473: 合计 1 1599.77, 货物 2 1514.58, 工程 3 (blank), 服务 4 85.19 → 1514.58 + 85.19 = 1599.77.
  //   公开09 line 454 (决算数 columns 7–12): 62.59, blank (出国), 62.59, 41.91, 20.68 (运行维护费), blank (公务接待费).
  //   公开06 line 393: 30231 公务用车运行维护费 20.68; line 385: 30217 公务接待费 blank.
  const name = 'yangquan-emergency-2024-final-accounts.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  assert.deepEqual(finalStatisticsAgree.check(r.document), []);
  const lines = corpusText(name).split('\n');
  lines[470] = (lines[470] ?? '').replace('1514.58', '1524.58');
  const fs = finalStatisticsAgree.check(docFrom(...lines));
  assert.deepEqual(fs.map((f) => [f.location.line, f.params['row'], f.expected, f.actual, f.severity]), [[470, '政府采购合计', '1609.77', '1599.77', 'error']]);
});
