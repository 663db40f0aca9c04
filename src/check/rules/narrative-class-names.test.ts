import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import type { Document, NarrativeSection } from '../../model/index.js';
import { narrativeClassNames } from './narrative-class-names.js';

test('Shanghai budget: every 类/款/项 path of the narrative is printed so in the tables', () => {
  // shanghai-putuo-commerce-2025-budget.pdf (pdftotext -layout) lines 108–140: 16 paths, e.g. 一般公共服务支出（类）商贸事务（款）
  // 行政运行（项） = 收入预算总表 2011301 行政运行.
  assert.deepEqual(narrativeClassNames.check(corpusDocument('shanghai-putuo-commerce-2025-budget.pdf')), []);
});

test('Shanghai final: four paths name a 款 or 项 that no table prints — real slips of the document', () => {
  // shanghai-putuo-planning-2024-final-accounts.pdf (pdftotext -layout): line 694–696 “社会保障和就业支出（类）行政事业单位养老支出（款）
  // 机关事业单位退休人员活动费支出（项）… 0.88 万元” but table line 245 prints 2080599 其他行政事业单位养老支出 0.88; line 757–759
  // “其他国土资源事务支出（项）” (the pre-2019 name) for line 270 2200199 其他自然资源事务支出; lines 763 and 774 “住房保障支出（类）
  // 住房保障支出（款）” where the tables print 22102 住房改革支出 (lines 276, 278: 住房公积金, 购房补贴).
  const fs = narrativeClassNames.check(corpusDocument('shanghai-putuo-planning-2024-final-accounts.pdf'));
  assert.deepEqual(fs.map((f) => [f.location.line, f.params['level'], f.actual, f.severity]), [
    [696, '项', '机关事业单位退休人员活动费支出', 'warning'],
    [759, '项', '其他国土资源事务支出', 'warning'],
    [768, '款', '住房保障支出', 'warning'],
    [777, '款', '住房保障支出', 'warning'],
  ]);
  assert.equal(fs[0]?.expected?.includes('2080599 其他行政事业单位养老支出'), true);
});

test('a path under a 类 whose 款 no table prints is not judged; the Shanxi narratives name 类 only', () => {
  const doc = structuredClone(corpusDocument('shanghai-putuo-planning-2024-final-accounts.pdf'));
  const strip = (ss: NarrativeSection[]): NarrativeSection[] =>
    ss.map((s) => ({ ...s, facts: s.facts.map((f) => (f.subject?.path?.[0] === '住房保障支出' ? { ...f, subject: { ...f.subject, path: ['国防支出', '住房保障支出', '住房公积金'] } } : f)), children: strip(s.children) }));
  const moved: Document = { ...doc, narrative: { sections: strip(doc.narrative.sections) } };
  assert.deepEqual(narrativeClassNames.check(moved).map((f) => f.location.line), [696, 759]);
  for (const name of ['yangquan-emergency-2026-budget.txt', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt']) {
    assert.deepEqual(narrativeClassNames.check(corpusDocument(name)), [], name);
  }
});
