// The reader's money fast path must give exactly what the model's parser gives, for every number the
// sentence reader can match (ASCII digits, optional thousands separators, optional decimals).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { toMoney } from '../../model/decimal.js';
import { moneyOf } from './amounts.js';

const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
const digits = (min: number, max: number): fc.Arbitrary<string> => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
const grouped = fc.tuple(digits(1, 3), fc.array(digits(3, 3), { minLength: 1, maxLength: 4 })).map(([head, groups]) => [head, ...groups].join(','));
const integer = fc.oneof(digits(1, 12), grouped);
const printed = fc.tuple(integer, fc.option(digits(1, 4), { nil: undefined })).map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));

describe('moneyOf', () => {
  it('agrees with the model on every number the reader matches', () => {
    fc.assert(
      fc.property(printed, fc.constantFrom('万元' as const, '元' as const, '亿元' as const), (raw, unit) => {
        assert.deepEqual(moneyOf(raw, unit), toMoney(raw, unit));
      }),
      { numRuns: 2000, seed: 20260301 },
    );
  });

  it('keeps the printed decimals and drops separators and leading zeros', () => {
    // Values as printed in the corpus: yangquan-emergency-2026-budget.txt line 452 "4,558.02万元", line 452 "0万元";
    // datong-emergency-2025-unit-budget.md line 465 "629.8万元".
    assert.deepEqual(moneyOf('4,558.02', '万元'), { raw: '4,558.02', value: '4558.02', unit: '万元' });
    assert.deepEqual(moneyOf('0', '万元'), { raw: '0', value: '0', unit: '万元' });
    assert.deepEqual(moneyOf('629.8', '万元'), { raw: '629.8', value: '629.8', unit: '万元' });
    assert.deepEqual(moneyOf('007.50', '元'), { raw: '007.50', value: '7.50', unit: '元' });
  });
});
