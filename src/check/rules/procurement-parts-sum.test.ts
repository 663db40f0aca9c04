import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import type { Document, Money, Procurement } from '../../model/index.js';
import { procurementPartsSum } from './procurement-parts-sum.js';

const wan = (value: string): Money => ({ raw: value, value, unit: '万元' });
const withProcurement = (p: Omit<Procurement, 'pos'>): Document => ({
  ...corpusDocument('yangquan-emergency-2026-budget.txt'),
  procurement: { ...p, pos: { file: 't.txt', line: 9 } },
});
const found = (doc: Document): [string | undefined, string, string | undefined, string | undefined][] =>
  procurementPartsSum.check(doc).map((f) => [f.params['kind'], f.severity, f.expected, f.actual]);

test('a total that is not goods + works + services is an error; 0.01 per part is rounding', () => {
  assert.deepEqual(found(withProcurement({ total: wan('48.01'), goods: wan('3.11'), works: wan('0'), services: wan('44.90') })), []);
  assert.deepEqual(found(withProcurement({ total: wan('50.01'), goods: wan('3.11'), works: wan('0'), services: wan('44.90') })), [['parts-sum', 'error', '48.01', '50.01']]);
  assert.deepEqual(found(withProcurement({ total: wan('48.03'), goods: wan('3.11'), works: wan('0'), services: wan('44.90') })), [['parts-sum', 'info', '48.01', '48.03']]);
  // Without all three parts nothing is summed.
  assert.deepEqual(found(withProcurement({ total: wan('50.01'), goods: wan('3.11') })), []);
});

test('units mix exactly: a total in 元 against parts in 万元', () => {
  const total: Money = { raw: '480,100', value: '480100', unit: '元' };
  assert.deepEqual(found(withProcurement({ total, goods: wan('3.11'), works: wan('0'), services: wan('44.90') })), []);
});

test('the SME share is the SME amount over the total, rounded to the printed decimals', () => {
  const base = { total: wan('1599.77'), goods: wan('1514.58'), works: wan('0'), services: wan('85.19'), sme: wan('1593.26') };
  assert.deepEqual(found(withProcurement({ ...base, smeShare: '99.59' })), []);
  assert.deepEqual(found(withProcurement({ ...base, smeShare: '99.60' })), [['sme-share', 'info', '99.59', '99.60']]);
  assert.deepEqual(found(withProcurement({ ...base, smeShare: '95.59' })), [['sme-share', 'error', '99.59', '95.59']]);
});

test('corpus: the Shanghai planning final accounts parts exceed the total by 0.01 (rounding)', () => {
  // shanghai-putuo-planning-2024-final-accounts.pdf (pdftotext -layout) lines 925–931: “政府采购金额（以合同签订为准）为 2319.21 万元，
  // 其中：货物采购金额 122.43 万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元” — the parts add up to 2319.22.
  const fs = procurementPartsSum.check(corpusDocument('shanghai-putuo-planning-2024-final-accounts.pdf'));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.severity, f.location.line, f.expected, f.actual]), [['parts-sum', 'info', 927, '2319.22', '2319.21']]);
});

test('corpus: the other documents add up, SME share included', () => {
  // yangquan 2024 final line 598: 1,599.77 = 1,514.58 + 0 + 85.19; 中小企业 1,593.26 万元 “占政府采购支出总额的99.59%”.
  // shanxi line 527: 8,268.45 = 1,021.25 + 0 + 7,247.20; yangquan 2026 line 512: 48.01 = 3.11 + 0 + 44.90;
  // datong line 508: 118.00 = 101.00 + 0 + 17.00; shanghai commerce line 381: 38.20 = 7.80 + 0 + 30.40.
  const doc = corpusDocument('yangquan-emergency-2024-final-accounts.txt');
  assert.equal(doc.procurement?.smeShare, '99.59');
  for (const name of ['yangquan-emergency-2024-final-accounts.txt', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanghai-putuo-commerce-2025-budget.pdf', 'jinzhong-emergency-2022-performance-targets.txt']) {
    assert.deepEqual(procurementPartsSum.check(corpusDocument(name)), [], name);
  }
});
