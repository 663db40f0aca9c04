import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes, corpusText } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { finalSummaryBalances } from './final-summary-balances.js';

/** A 公开01表 with two income items, two 类 and a carry-over on each side. */
const summary = (o: { incTotal?: string; expTotal?: string; incGrand?: string; expGrand?: string } = {}): string[] => [
  '收入支出决算总表',
  '公开01表',
  '部门名称：测试局',
  '2024年度',
  '金额单位：万元',
  T('收入', '', '', '支出', '', ''),
  T('项目', '行次', '金额', '项目', '行次', '金额'),
  T('栏次', '', '1', '栏次', '', '2'),
  T('一、一般公共预算财政拨款收入', '1', '90.00', '一、一般公共服务支出', '32', '30.00'),
  T('二、政府性基金预算财政拨款收入', '2', '10.00', '二、外交支出', '33', ''),
  T('八、其他收入', '8', '', '二十二、灾害防治及应急管理支出', '53', '75.00'),
  T('本年收入合计', '27', o.incTotal ?? '100.00', '本年支出合计', '58', o.expTotal ?? '105.00'),
  T('使用非财政拨款结余（含专用结余）', '28', '', '结余分配', '59', ''),
  T('年初结转和结余', '29', '8.00', '年末结转和结余', '60', '3.00'),
  T('总计', '31', o.incGrand ?? '108.00', '总计', '62', o.expGrand ?? '108.00'),
];

test('passes a balanced 公开01表 where 本年支出合计 exceeds 本年收入合计 by the carry-over spent', () => {
  assert.deepEqual(finalSummaryBalances.check(docFrom(...summary())), []);
});

test('reports 本年收入合计 that is not the sum of 行次 1–8', () => {
  const fs = finalSummaryBalances.check(docFrom(...summary({ incTotal: '99.00', incGrand: '107.00', expGrand: '107.00', expTotal: '104.00' })));
  const f = fs.find((x) => x.params['row'] === '本年收入合计');
  assert.deepEqual([f?.severity, f?.expected, f?.actual, f?.location.line], ['error', '100.00', '99.00', 12]);
});

test('reports 本年支出合计 ≠ Σ 类 and 收入总计 ≠ 支出总计; a 0.01 gap is 尾差', () => {
  const fs = finalSummaryBalances.check(docFrom(...summary({ expTotal: '106.00', expGrand: '109.00' })));
  assert.deepEqual(fs.map((f) => [f.params['row'], f.expected, f.actual, f.severity]), [
    ['本年支出合计', '105.00', '106.00', 'error'],
    ['支出总计', '108.00', '109.00', 'error'],
  ]);
  const r = finalSummaryBalances.check(docFrom(...summary({ incGrand: '108.01', expGrand: '108.01' })));
  assert.deepEqual(r.map((f) => [f.params['row'], f.expected, f.actual, f.severity]), [
    ['收入总计', '108.00', '108.01', 'info'],
    ['支出总计', '108.00', '108.01', 'info'],
  ]);
});

test('returns nothing without a 收入支出决算总表', () => {
  assert.deepEqual(finalSummaryBalances.check(docFrom('支出决算表', '公开03表', '金额单位：万元', T('科目代码', '科目名称', '本年支出合计'), T('合计', '', '1.00'))), []);
});

test('阳泉市应急管理局 2024 公开01表 balances; a 本年支出合计 changed by 0.10 is an error, not 尾差', () => {
  // yangquan-emergency-2024-final-accounts.txt, as printed:
  //   line 108: 一、一般公共预算财政拨款收入 1 5814.32 | 一、一般公共服务支出 32 3.54
  //   line 109: 二、政府性基金预算财政拨款收入 2 246.77; lines 110–115 (行次 3–8) blank
  //   类: 3.54 + 670.44 (line 115) + 142.70 (116) + 280.63 (126) + 4717.01 (129) + 246.77 (130) = 6061.09
  //   line 135: 本年收入合计 27 6061.09 | 本年支出合计 58 6061.09; lines 136–137 结余/结转 blank
  //   line 139: 总计 31 6061.09 | 总计 62 6061.09
  const name = 'yangquan-emergency-2024-final-accounts.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  assert.deepEqual(finalSummaryBalances.check(r.document), []);
  const lines = corpusText(name).split('\n');
  lines[134] = (lines[134] ?? '').replace(/6061\.09$/, '6061.19');
  const fs = finalSummaryBalances.check(docFrom(...lines));
  assert.deepEqual(fs.map((f) => [f.location.line, f.params['row'], f.expected, f.actual, f.severity]), [
    [135, '本年支出合计', '6061.09', '6061.19', 'error'],
    [139, '支出总计', '6061.19', '6061.09', 'error'],
  ]);
});
