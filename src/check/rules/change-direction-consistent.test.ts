import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import type { Document, NarrativeSection } from '../../model/index.js';
import { docFrom } from '../testkit.js';
import { changeDirectionConsistent } from './change-direction-consistent.js';

const found = (doc: Document): [string | undefined, string, string | undefined, string | undefined][] =>
  changeDirectionConsistent.check(doc).map((f) => [f.params['kind'], f.severity, f.expected, f.actual]);

// Worded as 山西 2026 line 523.
const budget = (change: string): Document =>
  docFrom('第三部分 2026年度部门预算情况说明', '', '八、机关运行经费增减变动原因说明', '', `本部门2026年机关运行经费财政拨款预算1042.42万元，比2025年预算1018.33万元${change}，原因是第一书记和驻村队员补助增加。`);

// Worded as the Shanghai planning final accounts lines 657–661.
const final = (actual: string, said: string): Document =>
  docFrom(
    '第三部分 2024年度部门决算情况说明',
    '',
    '五、一般公共预算财政拨款支出决算情况说明',
    '',
    `1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员支出。年初预算为54.53万元，支出决算为${actual}万元。${said}。`,
  );

test('a change equal to current − previous in the direction said passes', () => {
  assert.deepEqual(found(budget('增加24.09万元，增长2.37%')), []);
});

test('a change amount that is not current − previous is an error; 0.01–0.02 万元 off is rounding', () => {
  assert.deepEqual(found(budget('增加25.09万元')), [['amount', 'error', '24.09', '25.09']]);
  assert.deepEqual(found(budget('增加24.10万元')), [['amount', 'info', '24.09', '24.10']]);
});

test('a direction word against the sign is an error, reported once even with a growth rate', () => {
  assert.deepEqual(found(budget('减少24.09万元，下降2.37%')), [['direction', 'error', 'increase', 'decrease']]);
  // A growth rate alone carries the direction.
  assert.deepEqual(found(budget('，下降2.37%')), [['direction', 'error', 'increase', 'decrease']]);
});

test('决算 against 年初预算: 持平, 小于 and 大于 must match the figures', () => {
  assert.deepEqual(found(final('54.53', '决算数同预算数持平')), []);
  assert.deepEqual(found(final('50.00', '决算数小于预算数的主要原因：人员减少')), []);
  assert.deepEqual(found(final('50.00', '决算数同预算数持平')), [['direction', 'error', 'decrease', 'same']]);
  assert.deepEqual(found(final('54.54', '决算数同预算数持平')), [['direction', 'info', 'increase', 'same']]);
  assert.deepEqual(found(final('50.00', '决算数大于预算数的主要原因：人员增加')), [['direction', 'error', 'decrease', 'increase']]);
});

test('one side missing: nothing is compared', () => {
  // 阳泉 2026 line 508: “…预算145.59万元，比2025年预算减少8.41万元，减少5.46%” — last year's figure is not printed.
  const doc = docFrom('第三部分 2026年度部门预算情况说明', '', '八、机关运行经费增减变动原因说明', '', '机关运行经费财政拨款预算145.59万元，比2025年预算增加8.41万元。');
  assert.deepEqual(found(doc), []);
});

// Turn every stated direction around: increase → decrease → same → increase.
const flipped = (doc: Document): Document => {
  const turn = { increase: 'decrease', decrease: 'same', same: 'increase' } as const;
  const walk = (ss: readonly NarrativeSection[]): NarrativeSection[] =>
    ss.map((s) => ({ ...s, facts: s.facts.map((f) => (f.direction ? { ...f, direction: turn[f.direction] } : f)), children: walk(s.children) }));
  return { ...doc, narrative: { sections: walk(doc.narrative.sections) } };
};

test('corpus: every comparison printed with both sides agrees', () => {
  // shanxi line 523: 1042.42 − 1018.33 = 24.09 “增加24.09万元”. Shanghai planning final lines 647–779: 一般公共预算 年初预算10210.34 >
  // 决算9746.50 “决算数小于预算数”; the 13 项 paragraphs say 持平 where 年初预算 = 决算 (54.53, 28.11, 0.88, 45.00, 289.59, 171.49) and
  // 小于 where 决算 is lower (446.11 < 452.40, 225.12 < 226.25, 40.35 < 42.73, 196.29 < 196.40, 1092.80 < 1115.48, 2739.56 < 3110.14,
  // 4416.67 < 4477.33); line 819 三公 0.39 < 2.85 “决算数小于预算数”.
  // 三公 changes add up: 阳泉 2026 lines 496–500 减少6.20 = 0.80 + 5.40; 阳泉 2024 final lines 570–578 增加39.00 = 41.91 − 2.91;
  // Shanghai planning final lines 823–829 减少0.15 = 公务接待费 减少0.15 (the others 持平).
  const checked: Record<string, number> = {
    'shanxi-emergency-2026-budget.txt': 1,
    'shanghai-putuo-planning-2024-final-accounts.pdf': 15,
    'yangquan-emergency-2026-budget.txt': 0,
    'datong-emergency-2025-unit-budget.md': 0,
    'yangquan-emergency-2024-final-accounts.txt': 0,
    'shanghai-putuo-commerce-2025-budget.pdf': 0,
  };
  for (const [name, n] of Object.entries(checked)) {
    const doc = corpusDocument(name);
    assert.deepEqual(found(doc), [], name);
    // The comparisons are really checked: turned around, each is an error.
    assert.equal(found(flipped(doc)).filter(([, s]) => s === 'error').length, n, name);
  }
});

test('the 三公 change equals the changes of its items (阳泉 2026 lines 496–500: 6.20 = 0 + 0.80 + 5.40)', () => {
  const doc = (total: string): Document =>
    docFrom(
      '第三部分 2026年度部门预算情况说明',
      '',
      '七、“三公”经费增减变动原因说明',
      '',
      `2026年财政拨款安排的“三公”经费预算46.80万元比2025年减少${total}万元，主要原因是取消公务接待费预算。`,
      '',
      '其中：因公出国（境）费0万元，与上年预算数相同；公务接待费0万元，与上年相比预算数减少0.80万元；公务用车购置及运行费46.80万元，与上年相比预算数减少5.40万元，公务用车运行维护费46.80万元，与上年相比预算数减少5.40万元；公务用车购置费0万元，与上年预算数相同。',
    );
  assert.deepEqual(found(doc('6.20')), []);
  // In 元, signed: the items say −62,000 元, the total −72,000 元.
  assert.deepEqual(found(doc('7.20')), [['three-public-parts', 'error', '-62000', '-72000']]);
  assert.deepEqual(found(doc('6.22')), [['three-public-parts', 'info', '-62000', '-62200']]);
});
