import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compareDecimals, fromScaled, parseDecimal, sumDecimals, toMoney, toScaled, toYuan, trimZeros } from './decimal.js';

test('parseDecimal reads printed amounts exactly', () => {
  assert.equal(parseDecimal('4,558.02'), '4558.02');
  assert.equal(parseDecimal('371,514,655.00'), '371514655.00');
  assert.equal(parseDecimal('3990.4'), '3990.4');
  assert.equal(parseDecimal('０.５０'), '0.50');
  assert.equal(parseDecimal('007'), '7');
  assert.equal(parseDecimal('-12.5'), '-12.5');
  for (const bad of ['', '—', '1,23.00', '12a', '2026年', '.5', '1.2.3']) assert.equal(parseDecimal(bad), undefined, bad);
});

test('sums are exact where binary floats are not', () => {
  assert.equal(sumDecimals(['0.1', '0.2']), '0.3');
  // 阳泉 2026 表三: 基本支出 3915.63 + 项目支出 642.39 = 合计 4558.02
  assert.equal(sumDecimals(['3915.63', '642.39']), '4558.02');
  assert.equal(sumDecimals(['1.5', '2.25', '-0.75']), '3.00');
  assert.equal(compareDecimals('4558.02', '4558.020'), 0);
  assert.ok(compareDecimals('0.01', '0') > 0);
});

test('units convert exactly to 元', () => {
  // 特种作业人员安全资格考试考核经费 148.51 万元 = 1,485,100 元 (domain.md)
  assert.equal(toYuan(toMoney('148.51', '万元')!), '1485100');
  assert.equal(toYuan(toMoney('1,485,100', '元')!), '1485100');
  assert.equal(toYuan(toMoney('0.005', '万元')!), '50');
  assert.equal(trimZeros('3.00'), '3');
});

test('property: summing parsed cents equals integer arithmetic', () => {
  fc.assert(
    fc.property(fc.array(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { maxLength: 30 }), (cents) => {
      const values = cents.map((c) => fromScaled(c, 2));
      const sum = cents.reduce((a, b) => a + b, 0n);
      assert.equal(toScaled(sumDecimals(values), 2), sum);
      for (const v of values) assert.equal(parseDecimal(v), v.replace(/^(-?)0+(?=\d)/, '$1'));
    }),
  );
});
