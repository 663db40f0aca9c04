import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editedCorpusDocument, type LineEdits } from '../../../test/corpus-document.js';
import { corpusBytes } from '../../../test/corpus.js';
import type { Document } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { shanghaiThreePublicMatches } from './shanghai-three-public-matches.js';

const BUDGET = 'shanghai-putuo-commerce-2025-budget.pdf';
const FINAL = 'shanghai-putuo-planning-2024-final-accounts.pdf';

const read = (name: string, edit: LineEdits = {}): Document => editedCorpusDocument(name, edit);

const check = (doc: Document): (string | number | undefined)[][] =>
  shanghaiThreePublicMatches.check(doc).map((f) => [f.location.line, f.params['kind'], f.params['row'], f.expected, f.actual, f.severity]);

test('corpus: the Shanghai budget and final accounts tie 三公 and 机关运行经费 to their basic-expenditure tables', () => {
  // Budget (pdftotext -layout): line 369 三公 合计 1.00, 公务接待费 1.00, 用车 blank, 机关运行经费 171.01 (万元);
  // line 345 302 17 公务接待费 10,000.00 元 = 1.00 万元, no 公务用车运行维护费 line; line 357 合计 公用经费 1,710,062.00 元
  // = 171.0062 → 171.01 万元 ≥ 171.01; line 379 narrative 机关运行经费预算为171.01万元.
  // Final: line 546 三公 决算 0.39, 公务接待费 决算 0.39, 运行维护费 决算 0.00; lines 494 30217 公务接待费 0.39, 510 30231 公务用车运行维护费
  // 0.00; line 533 公用经费合计 480.66 ≥ line 915 机关运行经费支出 142.80.
  assert.deepEqual(check(read(BUDGET)), []);
  assert.deepEqual(check(read(FINAL)), []);
});

test('budget: 公务接待费 in 经济分类 above the 三公 figure is an error at the 三公 cell', () => {
  assert.deepEqual(check(read(BUDGET, { 345: (l) => l.replace('10,000.00', '20,000.00') })), [[369, 'below-basic', '公务接待费', '2.00', '1.00', 'error']]);
});

test('budget: 机关运行经费 above 公用经费 (171.0062 万元) is a warning; 0.01 above is 尾差', () => {
  assert.deepEqual(check(read(BUDGET, { 369: (l) => l.replace('171.01', '181.01') })), [
    [369, 'admin-operating-above-public', '机关运行经费', '171.01', '181.01', 'warning'],
  ]);
  assert.deepEqual(check(read(BUDGET, { 369: (l) => l.replace('171.01', '171.02') })), [
    [369, 'admin-operating-above-public', '机关运行经费', '171.01', '171.02', 'info'],
  ]);
});

test('final: 30217 公务接待费 above the 三公 决算 is an error; a narrative 机关运行经费 above 公用经费合计 a warning', () => {
  assert.deepEqual(check(read(FINAL, { 494: (l) => l.replace('0.39', '0.49') })), [[546, 'below-basic', '公务接待费', '0.49', '0.39', 'error']]);
  assert.deepEqual(check(read(FINAL, { 915: (l) => l.replace('142.80', '492.80') })), [[915, 'admin-operating-above-public', '机关运行经费', '480.66', '492.80', 'warning']]);
});

test('other templates are left to three-public-matches-economic', () => {
  const name = 'yangquan-emergency-2026-budget.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  assert.deepEqual(shanghaiThreePublicMatches.check(r.document), []);
});
