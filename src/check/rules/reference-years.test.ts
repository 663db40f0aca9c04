import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import { docFrom } from '../testkit.js';
import { referenceYears } from './reference-years.js';

const budget = (sentence: string) => docFrom('阳泉市应急管理局', '2026年度部门预算公开', '', '第三部分 2026年度部门预算情况说明', '', '七、“三公”经费增减变动原因说明', '', sentence);
const final = (sentence: string) => docFrom('阳泉市应急管理局', '2024年度部门决算公开', '', '第三部分 情况说明', '', '十、其他重要事项情况说明', '', sentence);

test('a budget comparing with the year before and dating assets at the end of it passes', () => {
  assert.deepEqual(referenceYears.check(budget('2026年“三公”经费预算46.80万元，比2025年减少6.20万元。截至2025年12月31日，共有车辆3辆。')), []);
  // 阳泉 2026 line 1284 dates the assets early in the budget year itself: 截至2026年3月2日.
  assert.deepEqual(referenceYears.check(budget('截至2026年3月2日，共有公务用车编制29辆。')), []);
});

test('a budget comparing with a stale year is a warning at the year', () => {
  const [f, ...rest] = referenceYears.check(budget('2026年“三公”经费预算46.80万元，比2024年减少6.20万元。'));
  assert.equal(rest.length, 0);
  assert.deepEqual([f?.params['kind'], f?.severity, f?.expected, f?.actual], ['comparison-year', 'warning', '2025', '2024']);
  // Line 8, “2024” is the 23rd–26th unit of the line.
  assert.deepEqual([f?.location.line, f?.location.column], [8, { start: 22, end: 26 }]);
});

test('a comparison of something other than money is not this rule’s business', () => {
  assert.deepEqual(referenceYears.check(budget('全市生产安全事故起数比2023年下降10%。')), []);
});

test('a budget dating its assets two years back is a warning', () => {
  const fs = referenceYears.check(budget('截至2024年12月31日，共有车辆3辆。'));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.actual]), [['as-of-year', '2024']]);
});

test('final accounts compare with the year before, state 年初预算 of their year and date assets 12月31日 of it', () => {
  assert.deepEqual(referenceYears.check(final('支出133.58万元，比2023年减少5.80万元。2024年年初预算为100.00万元。截至2024年12月31日，共有车辆27辆。')), []);
  const fs = referenceYears.check(final('与2022年度决算相比增加5.80万元。2023年年初预算为100.00万元。截至2023年12月31日，共有车辆27辆。'));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.expected, f.actual]), [
    ['comparison-year', '2023', '2022'],
    ['as-of-year', '2024', '2023'],
    ['opening-budget-year', '2024', '2023'],
  ]);
});

test('corpus: comparison years and reference dates are right', () => {
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(referenceYears.check(r.document), [], name);
  }
  for (const name of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const r = readText(layoutTextOf(name), name);
    assert.ok(r.ok);
    assert.deepEqual(referenceYears.check(r.document), [], name);
  }
});
