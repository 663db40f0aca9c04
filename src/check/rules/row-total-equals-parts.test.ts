import assert from 'node:assert/strict';
import { test } from 'node:test';
import { T, docFrom } from '../testkit.js';
import { rowTotalEqualsParts } from './row-total-equals-parts.js';

const table = (total: string, basic: string, project: string): string[] => [
  '2026年预算支出总表',
  '单位：万元',
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('2240101', '行政运行', total, basic, project),
];

test('passes when 合计 = 基本支出 + 项目支出, blanks counting as zero', () => {
  assert.deepEqual(rowTotalEqualsParts.check(docFrom(...table('10.00', '7.00', '3.00'))), []);
  assert.deepEqual(rowTotalEqualsParts.check(docFrom(...table('7.00', '7.00', ''))), []);
});

test('reports a wrong total as an error with expected, actual and the parts', () => {
  const [f] = rowTotalEqualsParts.check(docFrom(...table('10.50', '7.00', '3.00')));
  assert.ok(f);
  assert.equal(f.severity, 'error');
  assert.equal(f.expected, '10.00');
  assert.equal(f.actual, '10.50');
  assert.equal(f.location.line, 4);
  assert.equal(f.related?.length, 2);
  assert.equal(f.params['row'], '2240101 行政运行');
});

test('a difference of 0.01 per part is rounding (尾差), reported as info', () => {
  const [f] = rowTotalEqualsParts.check(docFrom(...table('10.01', '7.00', '3.00')));
  assert.equal(f?.severity, 'info');
  assert.equal(f?.params['rounding'], 'true');
});

test('a text cell is not read as zero: the row is not checked', () => {
  assert.deepEqual(rowTotalEqualsParts.check(docFrom(...table('10.00', '见附件', '3.00'))), []);
});
