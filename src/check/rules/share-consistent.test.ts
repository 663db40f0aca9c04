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

test('a share naming a base no table or sentence gives, or parts exceeding the first amount, is not checked', () => {
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
// 普陀规划 lines 838–844 三公 (二) states no total: 因公出国 0.00 万元 占 0.00%, 公务用车 0.00 占 0.00%, 公务接待费 0.39 占 100.00% are
// shares of the three items' sum 0.39. Shares naming their base (阳泉 2024 lines 520, 598; 阳泉 2026 line 522) are not shifted here.
const CORPUS: [string, number][] = [
  ['yangquan-emergency-2026-budget.txt', 13],
  ['datong-emergency-2025-unit-budget.md', 13],
  ['shanxi-emergency-2026-budget.txt', 11],
  ['yangquan-emergency-2024-final-accounts.txt', 8],
  // 8 section shares + 3 三公 item shares + line 623's unshifted 99.86% (info).
  ['shanghai-putuo-planning-2024-final-accounts.pdf', 12],
];

const textOf = (name: string): string => (name.endsWith('.pdf') ? layoutTextOf(name) : corpusText(name));

test('corpus: every checked share agrees, and the expected number of shares is reached', () => {
  for (const [name, checked] of CORPUS) {
    const r = name.endsWith('.pdf') ? readText(textOf(name), name) : readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    // 普陀规划 line 623 “占本年支出合计的 99.86%”: 9746.50 / 9759.38 (收入支出决算总表 line 217) = 99.868%, truncated: info.
    assert.deepEqual(shareConsistent.check(r.document).filter((f) => f.severity !== 'info'), [], name);
    // Adding 7 to the last digit of every bare share (not one that names its base) must make each checked share a finding.
    const shifted = textOf(name).replace(/(占(?:比)?\s*)(\d+)(?:\.(\d+))?%/g, (_m, w: string, i: string, f: string | undefined) =>
      f === undefined ? `${w}${Number(i) + 7}%` : `${w}${i}.${f.slice(0, -1)}${(Number(f.slice(-1)) + 7) % 10}%`,
    );
    const m = readText(shifted, name);
    assert.ok(m.ok);
    assert.equal(shareConsistent.check(m.document).length, checked, name);
  }
});

/** A corpus document with some lines (1-based) rewritten. */
function edited(name: string, edit: Record<number, (l: string) => string>): ReturnType<typeof shareConsistent.check> {
  const r = readText(textOf(name).split('\n').map((l, i) => edit[i + 1]?.(l) ?? l).join('\n'), name);
  assert.ok(r.ok);
  return shareConsistent.check(r.document).filter((f) => f.severity !== 'info');
}
const row = (fs: ReturnType<typeof shareConsistent.check>) => fs.map((f) => [f.location.line, f.severity, f.expected, f.actual, f.params['base'] ?? '']);

test('a share naming 本年支出合计 is recomputed against 收入支出决算总表', () => {
  // 阳泉 2024 line 520 “一般公共预算财政拨款决算支出5,814.32万元，占本年支出合计的95.93%”; 公开01 line 135 本年支出合计 6061.09:
  // 5814.32 / 6061.09 = 95.929%.
  assert.deepEqual(row(edited('yangquan-emergency-2024-final-accounts.txt', {})), []);
  assert.deepEqual(row(edited('yangquan-emergency-2024-final-accounts.txt', { 520: (l) => l.replace('95.93%', '93.93%') })), [
    [520, 'error', '95.93', '93.93', '本年支出合计'],
  ]);
});

test('a share naming 政府采购支出总额 is of the section’s 政府采购 amount', () => {
  // 阳泉 2024 line 598 “政府采购支出总额1,599.77万元 … 中小企业合同金额1,593.26万元，占政府采购支出总额的99.59%。其中：授予小微企业合同金额
  // 1,586.13万元，占政府采购支出总额的99.15%”: 1593.26 / 1599.77 = 99.593%, 1586.13 / 1599.77 = 99.147%.
  assert.deepEqual(row(edited('yangquan-emergency-2024-final-accounts.txt', { 598: (l) => l.replace('99.15%', '94.15%') })), [
    [598, 'error', '99.15', '94.15', '政府采购支出总额'],
  ]);
});

test('a share naming 部门（单位）项目支出总额 is of 表12’s total', () => {
  // 山西 2026 line 539 “公开项目绩效目标15个，涉及项目金额24,852.19万元，占部门（单位）项目支出总额的100%”; 表12 line 425 total 24852.19.
  assert.deepEqual(row(edited('shanxi-emergency-2026-budget.txt', { 539: (l) => l.replace('100%', '104%') })), [[539, 'error', '100', '104', '部门（单位）项目支出总额']]);
});

test('三公 items listed with shares and no total are shares of their sum', () => {
  // 普陀规划 lines 840–844: 因公出国 0.00 万元，占 0.00%; 公务用车 0.00 万元，占 0.00%; 公务接待费 0.39 万元，占 100.00% (of 0.39).
  assert.deepEqual(row(edited('shanghai-putuo-planning-2024-final-accounts.pdf', { 840: (l) => l.replace('占 0.00%', '占 4.00%') })), [
    [840, 'error', '0.00', '4.00', ''],
  ]);
});

test('one unit off an exact share is an error, not rounding: 0万元 is 0%', () => {
  // 阳泉 2026 line 456 “预算收入4,558.02万元 … 政府性基金预算拨款收入0万元，占0%”: 0 / 4558.02 is exactly 0%.
  assert.deepEqual(row(edited('yangquan-emergency-2026-budget.txt', { 456: (l) => l.replace('政府性基金预算拨款收入0万元，占0%', '政府性基金预算拨款收入0万元，占1%') })), [
    [456, 'error', '0', '1', '4,558.02万元'],
  ]);
  // One unit off an inexact share stays 尾差: 基本支出3915.63 of 4558.02 (line 462) is 85.906%, printed 85.90.
  const fs = shareConsistent.check(section('85.90', '14.09'));
  assert.deepEqual(fs.map((f) => f.severity), ['info']);
});
