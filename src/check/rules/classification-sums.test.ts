import assert from 'node:assert/strict';
import { test } from 'node:test';
import { T, docFrom } from '../testkit.js';
import { classificationSums } from './classification-sums.js';

const table = (cls: string, kuan: string): string[] => [
  '2026年预算支出总表',
  '单位：万元',
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('合计', '', cls, cls, ''),
  T('224', '灾害防治及应急管理支出', cls, cls, ''),
  T('22401', '应急管理事务', kuan, kuan, ''),
  T('2240101', '行政运行', '5.00', '5.00', ''),
  T('2240150', '事业运行', '3.00', '3.00', ''),
];

test('passes when 合计 = Σ类, 类 = Σ款, 款 = Σ项', () => {
  assert.deepEqual(classificationSums.check(docFrom(...table('8.00', '8.00'))), []);
});

test('reports a 款 that is not the sum of its 项, per column', () => {
  const fs = classificationSums.check(docFrom(...table('9.00', '9.00')));
  const kuan = fs.filter((f) => f.params['row'] === '22401 应急管理事务');
  assert.deepEqual(kuan.map((f) => [f.params['column'], f.expected, f.actual, f.severity]), [
    ['total', '8.00', '9.00', 'error'],
    ['basic', '8.00', '9.00', 'error'],
  ]);
  // 类 224 = Σ款 (9.00 = 9.00) holds, and 合计 = Σ类 holds.
  assert.equal(fs.filter((f) => f.params['row'] !== '22401 应急管理事务').length, 0);
});

test('0.01 off over two parts is rounding, not an error', () => {
  const fs = classificationSums.check(docFrom(...table('8.01', '8.01')));
  assert.ok(fs.length > 0);
  assert.ok(fs.every((f) => f.severity === 'info'));
});
