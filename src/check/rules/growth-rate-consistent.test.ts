import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument, readText } from '../../read/index.js';
import { docFrom } from '../testkit.js';
import { corpusBytes, corpusText } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { growthRateConsistent } from './growth-rate-consistent.js';

// A section shaped like 阳泉 2026 八 (corpus line 508).
const section = (sentence: string) =>
  docFrom('第三部分 2026年度部门预算情况说明', '', '八、机关运行经费增减变动原因说明', '', sentence);

test('passes when the rate equals change ÷ last year’s amount, for a decrease and an increase', () => {
  // 8.41 ÷ (145.59 + 8.41) = 5.461%; 139.31 ÷ (4558.02 − 139.31) = 3.153%.
  assert.deepEqual(growthRateConsistent.check(section('2026年机关运行经费预算145.59万元，比2025年预算减少8.41万元，下降5.46%。')), []);
  assert.deepEqual(growthRateConsistent.check(section('2026年机关运行经费预算4558.02万元，比2025年预算增加139.31万元，增长3.15%。')), []);
});

test('a rate computed against the current amount instead of last year’s is an error', () => {
  // 8.41 ÷ 145.59 = 5.78%, the common mistake.
  const [f, ...rest] = growthRateConsistent.check(section('2026年机关运行经费预算145.59万元，比2025年预算减少8.41万元，下降5.78%。'));
  assert.equal(rest.length, 0);
  assert.equal(f?.severity, 'error');
  assert.equal(f?.expected, '5.46');
  assert.equal(f?.actual, '5.78');
  assert.equal(f?.params['kind'], 'rate');
  assert.equal(f?.location.line, 5);
});

test('one unit in the last printed digit is rounding (info)', () => {
  const [f] = growthRateConsistent.check(section('2026年机关运行经费预算145.59万元，比2025年预算减少8.41万元，下降5.47%。'));
  assert.equal(f?.severity, 'info');
  assert.equal(f?.params['rounding'], 'true');
});

test('direction words that disagree are an error', () => {
  const [f] = growthRateConsistent.check(section('2026年机关运行经费预算145.59万元，比2025年预算减少8.41万元，增长5.46%。'));
  assert.equal(f?.severity, 'error');
  assert.equal(f?.params['kind'], 'direction');
});

// Every growth rate of the corpus was recomputed by hand (Python Decimal), all agree with their change and amount, e.g.
// 阳泉 2026 line 452 4,558.02万元 … 比上年增加139.31万元，增长3.15% (139.31 ÷ 4418.71 = 3.153%);
// 山西 line 494 31,190.81万元 … 增加15787.66万元，增长102.5% (15787.66 ÷ 15403.15 = 102.50%);
// 阳泉 2024 决算 line 546 住房保障支出 决算280.63万元 … 减少3.13万元，下降1.1% (3.13 ÷ 283.76 = 1.10%), where the amount is found
// by subject because the final accounts give no `ref`, skipping the 年初预算 263.16;
// 普陀规划 line 823–825 三公 决算0.39万元, 减少0.15万元, 下降（增长）27.78% (0.15 ÷ 0.54).
const CORPUS: [string, number][] = [
  ['yangquan-emergency-2026-budget.txt', 4],
  ['datong-emergency-2025-unit-budget.md', 4],
  ['shanxi-emergency-2026-budget.txt', 4],
  ['yangquan-emergency-2024-final-accounts.txt', 13],
  ['shanghai-putuo-planning-2024-final-accounts.pdf', 6],
];

const textOf = (name: string): string => (name.endsWith('.pdf') ? layoutTextOf(name) : corpusText(name));

test('corpus: every printed growth rate agrees, and each one is reached (a shifted last digit is reported)', () => {
  for (const [name, rates] of CORPUS) {
    const r = name.endsWith('.pdf') ? readText(textOf(name), name) : readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(growthRateConsistent.check(r.document), [], name);
    // Shift the last digit of every printed rate (减少5.46% too, not 减少8.41万元) by 5: each rate must then be reported, proving none was skipped.
    const shifted = textOf(name).replace(/((?:增长|下降|减少)(?:（增长）)?\s*)(\d+\.)(\d*)(\d)(?![\d万\s])%?/g, (_m, w: string, i: string, f: string, d: string) => `${w}${i}${f}${(Number(d) + 5) % 10}%`);
    const m = readText(shifted, name);
    assert.ok(m.ok);
    assert.equal(growthRateConsistent.check(m.document).length, rates, name);
  }
});
