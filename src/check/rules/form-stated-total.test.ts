import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshCorpusDocument, projectFormOf } from '../../../test/corpus-document.js';
import { formStatedTotal } from './form-stated-total.js';

// A real inconsistency in 阳泉 2026's 临时聘用人员劳务费 form: 总体目标 “2026年,计划继续聘用一名临时人员,4名见习生,经费共需7.4万元”
// (line 762) while the form's funding is 66,000 元 (line 750) and its 成本指标 6.6万元 (line 767).
test('corpus: 阳泉 2026 临时聘用人员劳务费 states 7.4万元 for a 66,000 元 project', () => {
  const fs = formStatedTotal.check(freshCorpusDocument('yangquan-emergency-2026-budget.txt'));
  assert.equal(fs.length, 1);
  const [f] = fs;
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.params['project'], '临时聘用人员劳务费');
  assert.equal(f?.params['stated'], '7.4万元');
  assert.equal(f?.expected, '66000');
  assert.equal(f?.actual, '74000');
  assert.deepEqual(f?.location, { file: 'yangquan-emergency-2026-budget.txt', line: 762, column: { start: 34, end: 39 } });
});

// Checked by hand: 阳泉 “2026年项目经费预算5万元” (line 598) = 50,000; “总计30万元” (line 825) = 300,000; “全年需安排预算148.51万元”
// (line 867) = 1,485,100; “预算批复160万元” (line 937) = 1,600,000; “项目金额4700元” (line 1103); 晋中 “经费合计119.82万元”
// (line 343) = 1,198,200. 阳泉 应急执法综合经费's “总计为0.32万元” (line 1205) closes one course inside a list, not the project.
test('corpus: the other stated totals equal their funding', () => {
  for (const name of ['datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'jinzhong-emergency-2022-performance-targets.txt'])
    assert.deepEqual(formStatedTotal.check(freshCorpusDocument(name)), [], name);
});

test('a stated total that differs from the funding is a warning; an approximate one is not compared', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  const form = projectFormOf(doc, '特种作业人员安全技术考试考核经费');
  const { period, year } = form.goals;
  assert.ok(period && year);
  for (const g of [period, year]) g.value = g.value.replace('全年需安排预算148.51万元', '全年需安排预算148.61万元');
  const plan = form.texts['项目实施计划'];
  assert.ok(plan);
  plan.value = plan.value.replace('合计约148.51万元', '合计约150万元');
  const fs = formStatedTotal.check(doc).filter((f) => f.params['project'] === form.projectName);
  assert.deepEqual(fs.map((f) => [f.params['text'], f.expected, f.actual]), [['实施期目标', '1485100', '1486100']]);
});
