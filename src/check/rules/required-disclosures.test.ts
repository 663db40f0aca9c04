import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import type { Document, NarrativeSection } from '../../model/index.js';
import { requiredDisclosures } from './required-disclosures.js';

const found = (doc: Document): [string | undefined, number][] => requiredDisclosures.check(doc).map((f) => [f.params['kind'], f.location.line]);
const dropCounts = (ss: readonly NarrativeSection[]): NarrativeSection[] =>
  ss.map((s) => ({ ...s, facts: s.facts.filter((f) => f.kind !== 'count'), children: dropCounts(s.children) }));

test('corpus: every budget discloses 国有资产 and the number of projects with targets', () => {
  // yangquan 2026 lines 1284–1292 (截至2026年3月2日, 29辆, 设备 0/3台（套）), line 522 (项目19个); shanxi lines 1198–1206, 539;
  // datong lines 923–931, 518; Shanghai commerce line 384 (项目共25个) and 386–388 (截至2024年8月31日, 车辆0辆, 设备0台（套）).
  for (const name of ['yangquan-emergency-2026-budget.txt', 'shanxi-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanghai-putuo-commerce-2025-budget.pdf']) {
    assert.deepEqual(found(corpusDocument(name)), [], name);
  }
});

test('missing parts are warnings at their section (阳泉 2026: 十一 line 1280, 十 line 514)', () => {
  const doc = corpusDocument('yangquan-emergency-2026-budget.txt');
  assert.ok(doc.assets);
  const { asOf: _d, ...noDate } = doc.assets;
  const partial: Document = { ...doc, assets: { ...noDate, equipment: [] } };
  assert.deepEqual(found(partial), [
    ['missing-equipment', 1280],
    ['missing-as-of', 1280],
  ]);
  const { assets: _a, ...rest } = doc;
  const bare: Document = { ...rest, narrative: { sections: dropCounts(doc.narrative.sections) } };
  assert.deepEqual(found(bare), [
    ['missing-assets', 1280],
    ['missing-performance-count', 514],
  ]);
  assert.ok(requiredDisclosures.check(bare).every((f) => f.severity === 'warning'));
});

test('final accounts and forms-only documents are not checked', () => {
  for (const name of ['yangquan-emergency-2024-final-accounts.txt', 'jinzhong-emergency-2022-performance-targets.txt', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const { assets: _a, ...rest } = corpusDocument(name);
    assert.deepEqual(found(rest), [], name);
  }
});
