// Bases of comparison as printed in the corpus, in their normal form.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeBasis } from './comparisons.js';

describe('normalizeBasis', () => {
  it('reads the prior year however it is printed', () => {
    // shanghai-putuo-planning-2024-final-accounts.pdf line 827 "与上一年度持平"; yangquan-emergency-2024-final-accounts.txt
    // line 570 "比上年度增加39.00万元"; shanghai-putuo-planning line 590 "较上一度增加".
    assert.deepEqual(['上一年度', '上年度', '上一度', '上一年', '去年', '上年'].map(normalizeBasis), ['上年', '上年', '上年', '上年', '上年', '上年']);
  });

  it('drops 度 after a year and a final 数, but keeps 预算执行数', () => {
    // shanghai-putuo-planning line 588 "与 2023 年度相比"; yangquan-emergency-2026-budget.txt line 500 "与上年预算数相同";
    // shanxi-emergency-2026-budget.txt line 515 "与2025年预算数相同"; shanghai-putuo-commerce-2025-budget.pdf line 100 "比2024年预算执行数增加".
    assert.equal(normalizeBasis('2023年度'), '2023年');
    assert.equal(normalizeBasis('上年预算数'), '上年预算');
    assert.equal(normalizeBasis('2025年预算数'), '2025年预算');
    assert.equal(normalizeBasis('2025年度预算数'), '2025年预算');
    assert.equal(normalizeBasis('2024年预算执行数'), '2024年预算执行数');
    assert.equal(normalizeBasis('上年度决算'), '上年决算');
    assert.equal(normalizeBasis('年初预算数'), '年初预算');
  });
});
