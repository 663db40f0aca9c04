import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDF_DOCS, corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { Document, NarrativeSection } from '../../model/index.js';
import { readDocument, readText } from '../../read/index.js';
import { requiredNarrativeSections } from './required-narrative-sections.js';

const read = (name: string): Document => {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return r.document;
};

// Drops every section (at any depth) whose title matches, as if the document had left it out.
const without = (ss: readonly NarrativeSection[], re: RegExp): NarrativeSection[] =>
  ss.filter((s) => !re.test(s.title)).map((s) => ({ ...s, children: without(s.children, re) }));

test('a Shanxi budget without 政府采购 and 国有资产 sections and without glossary gets three warnings at 第三部分', () => {
  const doc = read('yangquan-emergency-2026-budget.txt');
  const cut = { ...doc, narrative: { sections: without(doc.narrative.sections, /政府采购|国有资产/) }, glossary: [] };
  const fs = requiredNarrativeSections.check(cut);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['section'], f.severity, f.location.line]), [
    ['missing-section', '政府采购', 'warning', 448],
    ['missing-section', '国有资产', 'warning', 448],
    ['missing-glossary', '名词解释', 'warning', 448],
  ]);
});

test('the 基本支出 section does not stand in for the 一般公共预算支出 section, nor 财政拨款收支 for 收支总体', () => {
  const budget = read('yangquan-emergency-2026-budget.txt');
  const b = requiredNarrativeSections.check({ ...budget, narrative: { sections: without(budget.narrative.sections, /^一般公共预算支出情况说明$/) } });
  assert.deepEqual(b.map((f) => f.params['section']), ['一般公共预算支出']);
  const final = read('yangquan-emergency-2024-final-accounts.txt');
  const f = requiredNarrativeSections.check({ ...final, narrative: { sections: without(final.narrative.sections, /^收入支出决算总体情况说明$/) } });
  assert.deepEqual(f.map((x) => x.params['section']), ['收入支出决算总体情况']);
});

test('other templates require nothing', () => {
  const doc = read('jinzhong-emergency-2022-performance-targets.txt');
  assert.equal(doc.template, 'forms-only');
  assert.deepEqual(requiredNarrativeSections.check(doc), []);
});

test('corpus: the Shanxi budgets and final accounts have every section and a glossary', () => {
  // yangquan-emergency-2026-budget.txt lines 450 一、部门预算收支数据变动情况及原因, 454 二、收入预算情况说明, 460 三、支出预算情况说明,
  // 464 四、财政拨款收支预算总体情况说明, 470 五、一般公共预算支出情况说明, 485 六、一般公共预算基本支出情况说明,
  // 494 七、“三公”经费增减变动原因说明, 506 八、机关运行经费增减变动原因说明, 510 九、政府采购情况, 514 十、绩效管理情况,
  // 1280 十一、国有资产占有使用情况, 1294 十二、其他说明, 1304 第四部分 名词解释 (datong: 单位预算收支数据变动情况及原因, line 453).
  // yangquan-emergency-2024-final-accounts.txt lines 494 一、收入支出决算总体情况说明, 498 二、收入决算情况说明, 504 三、支出决算情况说明,
  // 512 四、财政拨款收支决算总体情况说明, 516 五、一般公共预算财政拨款支出决算情况说明, 550 六、一般公共预算财政拨款基本支出决算情况说明,
  // 566 九、财政拨款“三公”经费支出决算情况说明, 590 十、其他重要事项情况说明, 616 第四部分 名词解释.
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt']) {
    assert.deepEqual(requiredNarrativeSections.check(read(name)), [], name);
  }
});

test('corpus: the Shanghai budget and final accounts have their sections; dropping one (in the 目录 too) is reported', () => {
  // shanghai-putuo-commerce-2025-budget.pdf (pdftotext -layout): 80 名词解释, 98 2025年部门预算编制说明, 370 其他相关情况说明 with
  // 372 一、2025年“三公”经费预算情况说明, 378 二、机关运行经费预算, 380 三、政府采购预算情况, 383 四、绩效目标设置情况, 385 五、国有资产占有使用情况.
  // shanghai-putuo-planning-2024-final-accounts.pdf: 584 一、收入支出决算总体情况说明 … 868 八、政府性基金预算财政拨款收入支出决算情况说明,
  // 874 九、国有资本经营预算财政拨款收入支出决算情况说明, 880 十、预算绩效管理情况, 911 十一、其他重要事项的情况说明, 954 第四部分 名词解释.
  const docs = PDF_DOCS.map((name) => {
    const r = readText(layoutTextOf(name), name);
    assert.ok(r.ok);
    return r.document;
  });
  for (const d of docs) assert.deepEqual(requiredNarrativeSections.check(d), [], d.source.file);
  const [budget, final] = docs;
  assert.ok(budget && final);
  assert.deepEqual([budget.template, final.template], ['shanghai-budget', 'shanghai-final']);
  const b = requiredNarrativeSections.check({ ...budget, narrative: { sections: without(budget.narrative.sections, /政府采购/) } });
  assert.deepEqual(b.map((f) => [f.params['section'], f.location.line]), [['政府采购', 370]]);
  const f = requiredNarrativeSections.check({ ...final, narrative: { sections: without(final.narrative.sections, /绩效管理/) } });
  assert.deepEqual(f.map((x) => x.params['section']), ['预算绩效管理']);
});
