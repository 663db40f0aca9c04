import assert from 'node:assert/strict';
import { test } from 'node:test';
import { T, docFrom } from '../testkit.js';
import { threePublicSums } from './three-public-sums.js';

const budget = (total: string): string[] => [
  '2026年财政拨款安排“三公”经费支出预算表',
  '单位：万元',
  T('项目', '2026年预算数', '', '', ''),
  T('', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'),
  T('因公出国（境）费', '', '', '', ''),
  T('公务接待费', '1.00', '1.00', '', ''),
  T('公务用车购置及运行费', '46.80', '46.80', '', ''),
  T('①公务用车购置费', '', '', '', ''),
  T('②公务用车运行维护费', '46.80', '46.80', '', ''),
  T('合计', total, total, '', ''),
];

test('budget 三公 table: passes when 合计 = 出国 + 接待 + 用车 and 用车 = 购置 + 运维', () => {
  assert.deepEqual(threePublicSums.check(docFrom(...budget('47.80'))), []);
});

test('budget 三公 table: a wrong 合计 is an error in each column it appears', () => {
  const fs = threePublicSums.check(docFrom(...budget('46.80')));
  assert.deepEqual(fs.map((f) => [f.params['column'], f.expected, f.actual, f.severity]), [
    ['total', '47.80', '46.80', 'error'],
    ['gpb', '47.80', '46.80', 'error'],
  ]);
});

const final = (vehicle: string): string[] => [
  '财政拨款“三公”经费支出决算表',
  '金额单位：万元',
  T('预算数', '', '', '', '', '', '决算数', '', '', '', '', ''),
  T('合计', '因公出国(境)费', '公务用车购置及运行维护费', '', '', '公务接待费', '合计', '因公出国(境)费', '公务用车购置及运行维护费', '', '', '公务接待费'),
  T('', '', '小计', '公务用车购置费', '公务用车运行维护费', '', '', '', '小计', '公务用车购置费', '公务用车运行维护费', ''),
  T('62.59', '', '62.59', '41.91', '20.68', '', '62.59', '', vehicle, '41.91', '20.68', ''),
];

test('final 三公 table: 预算数 and 决算数 groups are both checked', () => {
  // yangquan-emergency-2024-final-accounts.txt line 454 as printed: 62.59 = 41.91 + 20.68 on both sides
  assert.deepEqual(threePublicSums.check(docFrom(...final('62.59'))), []);
  const fs = threePublicSums.check(docFrom(...final('60.00')));
  assert.deepEqual(fs.map((f) => [f.params['column'], f.expected, f.actual]).sort(), [
    ['final.total', '60.00', '62.59'],
    ['final.vehicleTotal', '62.59', '60.00'],
  ]);
});
