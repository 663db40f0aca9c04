// The seeding harness's own pieces: digit edits keep the length and change the value beyond 尾差, line drops
// shift the lines after them, the seeded PRNG repeats itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyDigit, chooseDigitEdit, dropLines, eligibleDigits, shiftLine } from './mutate.js';
import { mulberry32, sample } from './prng.js';
import { canonical } from './sites.js';

test('eligible digits: integer part and first decimal, with their places', () => {
  assert.deepEqual(
    eligibleDigits('4,558.02', -1).map((d) => [d.offset, d.exp, d.leading]),
    [[0, 3, true], [2, 2, false], [3, 1, false], [4, 0, false], [6, -1, false]],
  );
  // A form in 元 compared with a table in 万元: only digits worth 1,000 元 or more.
  assert.deepEqual(eligibleDigits('1,485,100', 3).map((d) => d.offset), [0, 2, 3, 4]);
  assert.deepEqual(eligibleDigits('0.00', -1).map((d) => d.exp), [0, -1]);
  assert.deepEqual(eligibleDigits('-12.5', -1).map((d) => d.offset), [1, 2, 4]);
  assert.deepEqual(eligibleDigits('12%', -1), []);
});

test('digit edits keep the length, never lead with 0, and change the value by at least the smallest allowed place', () => {
  const rand = mulberry32(7);
  for (const token of ['4,558.02', '0.00', '0', '5', '100', '1,485,100', '37,151.47', '10.5']) {
    for (let i = 0; i < 200; i++) {
      const minExp = token.includes(',') && !token.includes('.') ? 3 : -1;
      const e = chooseDigitEdit(rand, token, minExp);
      assert.ok(e, token);
      const out = applyDigit(token, e);
      assert.equal(out.length, token.length);
      assert.notEqual(out, token);
      assert.ok(!/^0\d/.test(out.replace(/,/g, '')), `${token} → ${out}`);
      const delta = Math.abs(Number(out.replace(/,/g, '')) - Number(token.replace(/,/g, '')));
      assert.ok(delta >= 10 ** minExp - 1e-9, `${token} → ${out}`);
    }
  }
});

test('dropping lines shifts the lines after them', () => {
  assert.deepEqual(dropLines(['a', 'b', 'c', 'd'], 2, 3), ['a', 'd']);
  assert.equal(shiftLine(1, 2, 3), 1);
  assert.equal(shiftLine(2, 2, 3), undefined);
  assert.equal(shiftLine(4, 2, 3), 2);
});

test('canonical numbers and the seeded sample', () => {
  assert.equal(canonical('4,558.00'), '4558');
  assert.equal(canonical('0.00'), '0');
  assert.equal(canonical('-012.50'), '-12.5');
  const a = sample(mulberry32(20261123), [1, 2, 3, 4, 5, 6], 4);
  assert.deepEqual(a, sample(mulberry32(20261123), [1, 2, 3, 4, 5, 6], 4));
  assert.equal(new Set(a).size, 4);
  assert.equal(sample(mulberry32(1), [1, 2], 5).length, 2);
});
