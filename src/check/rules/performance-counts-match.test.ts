import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import type { Document, NarrativeFact, NarrativeSection } from '../../model/index.js';
import { performanceCountsMatch } from './performance-counts-match.js';

const found = (doc: Document): [string | undefined, string, number, string | undefined, string | undefined][] =>
  performanceCountsMatch.check(doc).map((f) => [f.params['kind'], f.severity, f.location.line, f.expected, f.actual]);

/** A copy of a document with every fact on `line` passed through `edit`. */
function editFacts(doc: Document, line: number, edit: (f: NarrativeFact, i: number) => NarrativeFact): Document {
  let i = 0;
  const walk = (ss: readonly NarrativeSection[]): NarrativeSection[] =>
    ss.map((s) => ({ ...s, facts: s.facts.map((f) => (f.pos.line === line ? edit(f, i++) : f)), children: walk(s.children) }));
  return { ...doc, narrative: { sections: walk(doc.narrative.sections) } };
}

test('corpus: 阳泉 2026 and 山西 2026 state the project table and the forms exactly', () => {
  // yangquan-emergency-2026-budget.txt line 522: “纳入绩效目标管理的2级项目19个，共计金额642.39万元。其中：其他运转类项目18个，
  // 涉及金额637.39万元；特定目标类项目1个，涉及金额5.00万元。公开项目绩效目标19个…” — table 12 has 19 projects, total 642.39; 19 forms.
  // shanxi-emergency-2026-budget.txt line 539: 15个, 24,852.19万元 = 11个 3,622.24 + 4个 21,229.95 — table 12: 15 projects, 24852.19; 15 forms
  // (专项业务工作经费 is printed in three units and has three forms).
  assert.deepEqual(found(corpusDocument('yangquan-emergency-2026-budget.txt')), []);
  assert.deepEqual(found(corpusDocument('shanxi-emergency-2026-budget.txt')), []);
});

test('corpus: 大同 2025 says 13 project targets are published but prints 12 forms', () => {
  // datong-emergency-2025-unit-budget.md line 518: “…纳入绩效目标管理的二级项目13个，共计金额629.80万元…公开项目绩效目标13个，涉及项目金额629.80万元…”;
  // table 12 (lines 421–434) has 13 projects and the total 629.80, but the forms that follow (lines 526–912) are 12:
  // XM行政事业单位遗属补助经费 (line 433, 21.63) has none.
  assert.deepEqual(found(corpusDocument('datong-emergency-2025-unit-budget.md')), [['form-count', 'warning', 518, '12', '13']]);
});

test('documents without a project table or forms are compared with nothing but themselves', () => {
  // Shanghai commerce budget line 384 “编报绩效目标的项目共25个，涉及项目预算资金11381.60万元”: no project table, no forms.
  for (const name of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf', 'yangquan-emergency-2024-final-accounts.txt', 'jinzhong-emergency-2022-performance-targets.txt']) {
    assert.deepEqual(found(corpusDocument(name)), [], name);
  }
});

test('a count that differs from the table is a warning, an amount an error, 0.01 万元 rounding', () => {
  const doc = corpusDocument('yangquan-emergency-2026-budget.txt');
  // Line 522: facts in order 19个, 642.39, 18个, 637.39, 1个, 5.00, 19个, 642.39 …; change the first two.
  const changed = editFacts(doc, 522, (f, i) => (i === 0 ? { ...f, number: '20' } : i === 1 && f.amount ? { ...f, amount: { ...f.amount, raw: '650.39', value: '650.39' } } : f));
  assert.deepEqual(found(changed), [
    ['category-count', 'warning', 522, '19', '20'],
    ['category-amount', 'error', 522, '642.39', '650.39'],
    ['table-count', 'warning', 522, '19', '20'],
    ['table-amount', 'error', 522, '642.39', '650.39'],
  ]);
  const rounded = editFacts(doc, 522, (f, i) => (i === 1 && f.amount ? { ...f, amount: { ...f.amount, raw: '642.40', value: '642.40' } } : f));
  assert.deepEqual(found(rounded).map(([k, s]) => [k, s]), [
    ['category-amount', 'info'],
    ['table-amount', 'info'],
  ]);
});

test('figures that match 表12 and 表13 together (targets for carried-over projects too) are not reported against 表12', () => {
  // shanxi-emergency-2026-budget.txt: 表12 (line 416) 15 projects, 合计 24852.19 on line 425; 表13 (line 447) 7 projects, 合计 3997.75 on line 456.
  const doc = corpusDocument('shanxi-emergency-2026-budget.txt');
  const both = editFacts(doc, 539, (f, i) => (i === 0 ? { ...f, number: '22' } : i === 1 && f.amount ? { ...f, amount: { ...f.amount, raw: '28849.94', value: '28849.94' } } : f));
  assert.deepEqual(found(both).filter(([k]) => k === 'table-count' || k === 'table-amount'), []);
  const neither = editFacts(doc, 539, (f, i) => (i === 0 ? { ...f, number: '21' } : f));
  assert.deepEqual(found(neither).filter(([k]) => k === 'table-count'), [['table-count', 'warning', 539, '15', '21']]);
});
