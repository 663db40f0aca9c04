import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshCorpusDocument } from '../../../test/corpus-document.js';
import { departmentFormMatchesTables } from './department-form-matches-tables.js';

// Checked by hand: 阳泉 2026's 整体支出绩效目标申报表 gives 合计 4558.02, 一般公共预算资金 4558.02, 基本支出 3915.63 and 项目支出
// 642.39 万元 (lines 540–542) as 预算收入总表 and 预算支出总表 do, and 所属预算单位数 6个 (line 533) for the bureau's office
// and six units under 机构设置 (lines 54–60).
test('corpus: 阳泉 2026 department form agrees with the tables', () => {
  assert.deepEqual(departmentFormMatchesTables.check(freshCorpusDocument('yangquan-emergency-2026-budget.txt')), []);
});

// Real inconsistencies in 山西 2026: the form (lines 555–557) gives 合计 33658.57, 一般公共预算资金 31427.11 and 项目支出
// 25088.49 万元, but 预算收入总表 (line 147) has 合计 33422.27 and 一般公共预算 31190.81, and 预算支出总表 (line 183) 合计
// 37420.03 and 项目支出 28849.94 (24852.19 without the 3997.75 上年结转): the form is 236.30 万元 above the tables.
// Its 所属预算单位数 3个 (line 548) while 机构设置 lists 所属事业单位4个 (line 88).
test('corpus: 山西 2026 department form disagrees with the tables and the unit list', () => {
  const fs = departmentFormMatchesTables.check(freshCorpusDocument('shanxi-emergency-2026-budget.txt'));
  assert.deepEqual(
    fs.map((f) => [f.severity, f.params['kind'], f.params['side'] ?? '', f.params['row'] ?? f.params['subject'], f.expected, f.actual, f.location.line]),
    [
      ['error', 'funding-line', 'source', '合计', '33422.27', '33658.57', 555],
      ['error', 'funding-line', 'source', '一般公共预算资金', '31190.81', '31427.11', 556],
      ['error', 'funding-line', 'use', '合计', '37420.03', '33658.57', 555],
      ['error', 'funding-line', 'use', '项目支出', '28849.94', '25088.49', 557],
      ['warning', 'unit-count', '', '所属预算单位数', '4', '3', 548],
    ],
  );
  assert.equal(fs[3]?.params['withoutCarryover'], '24852.19');
});

test('a 0.01 difference is 尾差 (info), a larger one an error, a wrong unit count a warning', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  const [form] = doc.forms.departmentTargets;
  assert.ok(form);
  const basic = form.fundingByUse.find((l) => l.label === '基本支出');
  const project = form.fundingByUse.find((l) => l.label === '项目支出');
  const count = form.fields.find((f) => f.label === '所属预算单位数');
  assert.ok(basic?.amount && project?.amount && count);
  basic.amount.value = '3915.64';
  project.amount.value = '652.39';
  count.value = '5个';
  const fs = departmentFormMatchesTables.check(doc);
  assert.deepEqual(
    fs.map((f) => [f.severity, f.params['row'] ?? f.params['subject'], f.expected, f.actual]),
    [
      ['info', '基本支出', '3915.63', '3915.64'],
      ['error', '项目支出', '642.39', '652.39'],
      ['warning', '所属预算单位数', '6', '5'],
    ],
  );
});

test('documents without a department form are not checked', () => {
  assert.deepEqual(departmentFormMatchesTables.check(freshCorpusDocument('datong-emergency-2025-unit-budget.md')), []);
});

test('a form giving this year’s money without 上年结转 agrees with 预算支出总表 less the carry-over', () => {
  const doc = freshCorpusDocument('shanxi-emergency-2026-budget.txt');
  const [form] = doc.forms.departmentTargets;
  assert.ok(form);
  const set = (lines: typeof form.fundingBySource, label: string, value: string) => {
    const l = lines.find((x) => x.label === label);
    assert.ok(l?.amount, label);
    l.amount.value = value;
  };
  // 37420.03 − 3997.75 = 33422.28 and 28849.94 − 3997.75 = 24852.19 (lines 183 and 147).
  set(form.fundingBySource, '合计', '33422.27');
  set(form.fundingBySource, '一般公共预算资金', '31190.81');
  set(form.fundingByUse, '合计', '33422.28');
  set(form.fundingByUse, '项目支出', '24852.19');
  assert.deepEqual(departmentFormMatchesTables.check(doc).map((f) => f.params['kind']), ['unit-count']);
});
