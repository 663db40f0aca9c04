import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document, Finding } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { corpusBytes } from '../../../test/corpus.js';
import { formIndicatorMeasurable, unmeasurable } from './form-indicator-measurable.js';

test('quantities and stated levels are measurable', () => {
  for (const v of ['≥95%', '≤30万元', '100人次', '12月底前', '2026年12月31日前', '3至5项', '≤64.5元/平方米·月', '一分钟', '综合和专项演练各一次',
    '好', '较好', '优', '良好', '高', '达标', '合格', '完成', '高质量完成', '及时', '及时发放', '发放到位', '稳定', '持续稳定', '总体稳定', '健全', '合理合理',
    '符合标准', '满足', '有效', '明显', '显著提升', '有效提升', '有效降低', '得到保障', '有效控制在预算内', '有效防范安全事故发生',
    '按计划开展', '按标准执行', '按合同约定支付', '全年', '全年开展', '年底前完成', '每年汛期前', '长期', '长效', '是', '否']) {
    assert.equal(unmeasurable(v), undefined, v);
  }
});

test('empty values, open-ended directions, descriptions and unfilled choices are not', () => {
  assert.equal(unmeasurable(''), 'empty');
  assert.equal(unmeasurable('  '), 'empty');
  for (const v of ['逐步提高', '持续提升', '不断加强', '进一步提高', '有所提高', '同比减少', '提高', '降低', '保障', '加强', '推进推进',
    '根据实际需要维修、维护', '支持残联工作', '充实应急救援工作队伍,提高应急救援能力。']) {
    assert.equal(unmeasurable(v), 'vague', v);
  }
  assert.equal(unmeasurable('是或否满足'), 'placeholder');
});

const read = (name: string): Document => {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return r.document;
};

test('a form whose values are all measurable passes; a vague one is a warning at its cell', () => {
  const doc = read('yangquan-emergency-2026-budget.txt');
  doc.forms.projects.splice(1);
  doc.forms.departmentTargets.length = 0;
  // 601 `质量指标 | 举报核查质量 | 持续提升` in both halves: one finding for the row.
  const fs = formIndicatorMeasurable.check(doc);
  assert.deepEqual(fs.map((f) => `${f.location.line}:${f.params['half']}:${f.params['row']}:${f.actual}`), ['601:both:举报核查质量:持续提升']);
  assert.equal(fs[0]?.severity, 'warning');
  assert.equal(fs[0]?.related?.length, 1);
  for (const half of ['period', 'year'] as const) {
    for (const i of doc.forms.projects[0]!.indicators[half]) if (i.value === '持续提升') i.value = '明显提升';
  }
  assert.deepEqual(formIndicatorMeasurable.check(doc), []);
});

const found = (name: string): Finding[] => formIndicatorMeasurable.check(read(name));
const has = (fs: Finding[], line: number, value: string, kind = 'vague'): boolean =>
  fs.some((f) => f.location.line === line && f.actual === value && f.params['kind'] === kind);

// Counts of the whole corpus; the lines quoted were read by hand, the rest sampled (all genuine 指标值 cells).
test('corpus: 阳泉 2026 — 40 values (5 empty)', () => {
  const fs = found('yangquan-emergency-2026-budget.txt');
  assert.equal(fs.length, 40);
  assert.equal(fs.filter((f) => f.params['kind'] === 'empty').length, 5);
  assert.ok(has(fs, 1079, '逐步提高')); // `人民群众对防震减灾工作满意度 | 逐步提高`
  assert.ok(has(fs, 906, '根据实际需要维修、维护')); // a 数量指标 without a number
  assert.ok(has(fs, 1144, '', 'empty')); // `对讲机电话卡 |` (blank)
  assert.ok(has(fs, 576, '持续提升')); // department-wide form
});

test('corpus: 大同 2025 — 21 values, 山西 2026 — 29, 晋中 2022 — 64', () => {
  const dt = found('datong-emergency-2025-unit-budget.md');
  assert.equal(dt.length, 21);
  assert.ok(has(dt, 548, '保障')); // `保障安全生产事故下降率 | 保障`
  assert.ok(has(dt, 750, '', 'empty')); // `成本指标 | 经济成本 |` (blank)
  const sx = found('shanxi-emergency-2026-budget.txt');
  assert.equal(sx.length, 29);
  assert.ok(has(sx, 1049, '是或否满足', 'placeholder')); // the template's 是或否 left in
  assert.ok(has(sx, 934, '推进推进'));
  const jz = found('jinzhong-emergency-2022-performance-targets.txt');
  assert.equal(jz.length, 64);
  assert.ok(has(jz, 190, '支持残联工作')); // `对社会发展的影响 | 支持残联工作`
  assert.ok(has(jz, 645, '逐步提高'));
});

test('corpus: the self-evaluation of 阳泉 2024 is not a target form', () => {
  assert.deepEqual(found('yangquan-emergency-2024-final-accounts.txt'), []);
});
