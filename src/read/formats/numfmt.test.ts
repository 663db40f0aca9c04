import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatNumber, isDateFormat } from './numfmt.js';

test('numbers show as their format prints them, by decimal digits not float arithmetic', () => {
  assert.equal(formatNumber(1234.5, '0.00'), '1234.50');
  assert.equal(formatNumber(4558.02, '0.00'), '4558.02');
  assert.equal(formatNumber(1485100, '#,##0'), '1,485,100');
  assert.equal(formatNumber(1234567.891, '#,##0.00'), '1,234,567.89');
  assert.equal(formatNumber(2.675, '0.00'), '2.68'); // half away from zero on the printed digits (2.675 as a double is 2.67499…)
  assert.equal(formatNumber(0.1 + 0.2, 'General'), '0.3');
  assert.equal(formatNumber(3990.4, undefined), '3990.4');
  assert.equal(formatNumber(2240101, '0'), '2240101');
  assert.equal(formatNumber(0.8591, '0.00%'), '85.91%');
  assert.equal(formatNumber(0.0315, '0.0%'), '3.2%');
  assert.equal(formatNumber(-12.5, '0.00'), '-12.50');
  assert.equal(formatNumber(-12.5, '#,##0.00;(#,##0.00)'), '(12.50)');
  assert.equal(formatNumber(0, '#,##0.00;-#,##0.00;"-"'), '-');
  assert.equal(formatNumber(1e-7, 'General'), '0.0000001');
  assert.equal(formatNumber(12.3, '0.0#'), '12.3');
  assert.equal(formatNumber(12.345, '0.0#'), '12.35');
  assert.equal(formatNumber(1500, '#,##0.00_);[Red](#,##0.00)'), '1,500.00');
  assert.equal(formatNumber(99, '"￥"#,##0.00'), '￥99.00');
  assert.equal(formatNumber(-0.001, '0.00'), '0.00');
  assert.equal(formatNumber(1234.5, '@'), '1234.5');
  assert.equal(formatNumber(1234.5, '0.00E+00'), '1234.5');
});

test('dates show as their format prints them', () => {
  const d = new Date(Date.UTC(2026, 2, 2));
  assert.ok(isDateFormat('yyyy"年"m"月"d"日"'));
  assert.ok(!isDateFormat('0.00'));
  assert.equal(formatDate(d, 'yyyy"年"m"月"d"日"'), '2026年3月2日');
  assert.equal(formatDate(d, 'yyyy-mm-dd'), '2026-03-02');
  assert.equal(formatDate(d, undefined), '2026-03-02');
  assert.equal(formatDate(new Date(Date.UTC(2026, 2, 2, 9, 5, 7)), 'hh:mm:ss'), '09:05:07');
});
