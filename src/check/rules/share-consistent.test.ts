import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument, readText } from '../../read/index.js';
import { docFrom } from '../testkit.js';
import { corpusBytes, corpusText } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { shareConsistent } from './share-consistent.js';

// 阳泉 2026 三 (corpus line 462) with the shares given.
const section = (basic: string, project: string) =>
  docFrom('第三部分 2026年度部门预算情况说明', '', '三、支出预算情况说明', '', `2026年度支出预算4558.02万元，其中：基本支出3915.63万元，占${basic}%；项目支出642.39万元，占${project}%。`);

test('passes when each share is its amount over the section’s total', () => {
  // 3915.63 ÷ 4558.02 = 85.906%, 642.39 ÷ 4558.02 = 14.094%.
  assert.deepEqual(shareConsistent.check(section('85.91', '14.09')), []);
});

test('a wrong share is an error with the recomputed figure', () => {
  const fs = shareConsistent.check(section('85.91', '14.90'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0]?.severity, 'error');
  assert.equal(fs[0]?.expected, '14.09');
  assert.equal(fs[0]?.actual, '14.90');
  assert.equal(fs[0]?.params['baseSubject'], '支出总计');
  assert.equal(fs[0]?.location.line, 5);
});

test('one unit in the last printed digit is rounding (info)', () => {
  const [f] = shareConsistent.check(section('85.90', '14.09'));
  assert.equal(f?.severity, 'info');
  assert.equal(f?.params['rounding'], 'true');
});

test('a share naming another base, or parts exceeding the first amount, is not checked', () => {
  const named = docFrom('第三部分 2024年度部门决算情况说明', '', '三、支出决算情况说明', '', '一般公共预算财政拨款支出5,814.32万元，占本年支出合计的50.00%。');
  assert.deepEqual(shareConsistent.check(named), []);
  const ambiguous = docFrom('第三部分 2026年度部门预算情况说明', '', '三、支出预算情况说明', '', '其中上年结转100.00万元，基本支出3915.63万元，占85.91%；项目支出642.39万元，占14.09%。');
  assert.deepEqual(shareConsistent.check(ambiguous), []);
});

// Recomputed by hand (Python Decimal): every checked share of the corpus agrees with its amount and the section's first amount, e.g.
// 阳泉 2026 line 479 一般公共预算4,558.02万元 … 一般公共服务支出6.56万元，占0.14% (0.144%);
// 山西 line 475 收入总计37,420.03万元 … 单位资金2,231.46万元，占5.96% (5.963%), 上年结转3,997.75万元，占10.68% (10.683%);
// 阳泉 2024 决算 lines 506–510 本年支出6,061.09万元, 基本支出3,741.61万元 占比61.73%, 项目支出2,319.48万元 占比38.27%.
// 普陀规划 lines 604–606 本年支出 9759.38 万元, 基本支出 5377.64 万元 占 55.10%, 项目支出 4381.74 万元 占 44.90%;
// lines 635–643 9746.50 万元 … 城乡社区支出（类）3832.36万元，占 39.32% (39.320%).
// Not checked: 普陀规划 lines 837–842 三公 (二) (因公出国 0.00 万元，占 0.00% …) whose section states no total;
// 占政府采购支出总额的99.59% (阳泉 2024 line 598), 占部门（单位）项目支出总额的100% (阳泉 2026 line 522) and 占本年支出合计的95.93% (阳泉 2024 line 520) name their base.
const CORPUS: [string, number][] = [
  ['yangquan-emergency-2026-budget.txt', 13],
  ['datong-emergency-2025-unit-budget.md', 13],
  ['shanxi-emergency-2026-budget.txt', 11],
  ['yangquan-emergency-2024-final-accounts.txt', 8],
  ['shanghai-putuo-planning-2024-final-accounts.pdf', 8],
];

const textOf = (name: string): string => (name.endsWith('.pdf') ? layoutTextOf(name) : corpusText(name));

test('corpus: every checked share agrees, and the expected number of shares is reached', () => {
  for (const [name, checked] of CORPUS) {
    const r = name.endsWith('.pdf') ? readText(textOf(name), name) : readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(shareConsistent.check(r.document), [], name);
    // Adding 7 to the last digit of every bare share (not one that names its base) must make each checked share a finding.
    const shifted = textOf(name).replace(/(占(?:比)?\s*)(\d+)(?:\.(\d+))?%/g, (_m, w: string, i: string, f: string | undefined) =>
      f === undefined ? `${w}${Number(i) + 7}%` : `${w}${i}.${f.slice(0, -1)}${(Number(f.slice(-1)) + 7) % 10}%`,
    );
    const m = readText(shifted, name);
    assert.ok(m.ok);
    assert.equal(shareConsistent.check(m.document).length, checked, name);
  }
});
