import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshCorpusDocument, projectFormOf } from '../../../test/corpus-document.js';
import { formPlanSums } from './form-plan-sums.js';

// A real inconsistency in 阳泉 2026's 遗属补助 form, 项目概况 (line 1099): “全年生活补助1248元（104元*12），取暖补贴3360元，
// 2025年遗属补助共计4700元” — 1248 + 3360 = 4608 元, not the 4700 元 it states nor the 4,700.00 元 of the form (line 1093).
test('corpus: 阳泉 2026 遗属补助 items do not add up to their stated total', () => {
  const fs = formPlanSums.check(freshCorpusDocument('yangquan-emergency-2026-budget.txt'));
  assert.equal(fs.length, 1);
  const [f] = fs;
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.params['kind'], 'stated-total');
  assert.equal(f?.params['project'], '遗属补助');
  assert.equal(f?.expected, '4700');
  assert.equal(f?.actual, '4608');
  assert.equal(f?.location.line, 1099);
});

// Checked by hand: 晋中 质保金 (line 1182) 4.87 + 2.24 + 29 + 3.21 = 39.32万元 = 393,200 元 (line 1176); 晋中 救护队新招录人员
// (line 440) twelve items = 80.88万元 = 808,800 元 (line 434); 晋中 支付抢险救灾相关费用 成本指标 “劳务费5.46万元，租赁费3万元，
// 其他交通费用6.1万元，其他商品和服务支出0.54万元” (line 1161) = 151,000 元. 大同 and 山西 itemise nothing plainly.
test('corpus: the other itemised plans add up', () => {
  for (const name of ['datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'jinzhong-emergency-2022-performance-targets.txt'])
    assert.deepEqual(formPlanSums.check(freshCorpusDocument(name)), [], name);
});

// 阳泉 2026年安全生产应急指挥专项经费, 项目概况 (line 1133): 0.78 + 0.06 + 0.1 + 0.06 + 2.5 = 3.5万元 = 年度预算 3.5 (line 1132).
test('a plain list whose items miss the funding is a warning', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  const form = projectFormOf(doc, '2026年安全生产应急指挥专项经费');
  const text = form.texts['项目概况'];
  assert.ok(text);
  text.value = text.value.replace('支付2025年应急演练费用2.5万元', '支付2025年应急演练费用2.6万元');
  const fs = formPlanSums.check(doc).filter((f) => f.params['project'] === form.projectName);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['text'], f.expected, f.actual]), [['funding', '项目概况', '35000', '36000']]);
});

test('lists with unit costs, breakdowns or a total of their own that differs from the funding are not misread', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  // 应急指挥部建设: “共计192.88万元，预算批复160万元” (line 937): the items add up to the text's own total.
  // 森林防灭火: “14.706万元(其中,…2.5万元)、…6.5万元、…8.794万元(其中,…5.044万元),总计30万元” (line 825): asides are not items.
  const reward = projectFormOf(doc, '安全生产举报奖励经费');
  const plan = reward.texts['项目实施计划'];
  assert.ok(plan);
  // “最低奖励3000元,最高不超过30万元” (line 596) are bounds of one reward, not items.
  plan.value = '对举报之重大事故隐患的,给予最低奖励3000元,最高不超过30万元;宣传费2万元,印刷费1万元。';
  assert.deepEqual(formPlanSums.check(doc).filter((f) => f.params['project'] !== '遗属补助'), []);
});

test('a change against another year is not an item', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  const form = projectFormOf(doc, '2026年安全生产应急指挥专项经费');
  const text = form.texts['项目概况'];
  assert.ok(text);
  text.value = '1.购置无人机保险1.5万元;2.对讲机电话卡费用2万元,比2025年增加0.5万元。';
  assert.deepEqual(formPlanSums.check(doc).filter((f) => f.params['project'] === form.projectName && f.params['text'] === '项目概况'), []);
});
