import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { corpusBytes } from '../../../test/corpus.js';
import { formYearWithinPeriod } from './form-year-within-period.js';

// The funding block of 阳泉 2026's first form (corpus lines 583–591), with the year's total and 市县 amount as given.
const form = (periodTotal: string, yearTotal: string, yearLocal: string): string[] => [
  '项目支出绩效目标表',
  '(2026年度)',
  T('项目名称', '', '安全生产举报奖励经费', '', '', '', ''),
  T('主管部门及代码', '', '035-阳泉市应急管理局', '', '实施单位', '', '阳泉市应急管理局'),
  T('项目属性', '', '一次性项目（1年结束）', '', '项目期', '', '1年'),
  T('项目资金 (元)', '实施期资金总额:', periodTotal, '', '年度资金总额:', yearTotal, ''),
  T('', '其中:中央财政资金', '0', '', '其中:中央财政资金', '0', ''),
  T('', '省级财政资金', '0', '', '省级财政资金', '0', ''),
  T('', '市县(区)财政资金', periodTotal, '', '市县(区)财政资金', yearLocal, ''),
  T('', '单位自筹', '0', '', '单位自筹', '0', ''),
];

test('passes when the year is the whole period or a part of it', () => {
  assert.deepEqual(formYearWithinPeriod.check(docFrom(...form('50,000', '50,000', '50,000'))), []);
  assert.deepEqual(formYearWithinPeriod.check(docFrom(...form('150,000', '50,000', '50,000'))), []);
});

test('a year total above the period total is an error, and so is each source above its period amount', () => {
  const fs = formYearWithinPeriod.check(docFrom(...form('50,000', '60,000', '60,000')));
  assert.deepEqual(
    fs.map((f) => [f.severity, f.params['part'], f.expected, f.actual, f.location.line]),
    [
      ['error', 'total', '50000', '60000', 6],
      ['error', 'local', '50000', '60000', 9],
    ],
  );
});

test('a form printing one half only is not checked', () => {
  const doc = docFrom(...form('50,000', '60,000', '60,000'));
  const [f] = doc.forms.projects;
  assert.ok(f);
  delete f.funding.period;
  assert.deepEqual(formYearWithinPeriod.check(doc), []);
});

// Checked by hand: no form of the corpus gives a year above its period, e.g. 大同 Z安全生产和宣传经费 实施期 800,000 and
// 年度 320,000 (大同 line 693), 晋中 安全检查费用 4,500,000 and 1,500,000 (晋中 line 10), 山西 办公用房租赁费 1,173,501 and 692,000 (山西 line 1034).
test('corpus: every form keeps its year within its period', () => {
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'jinzhong-emergency-2022-performance-targets.txt']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(formYearWithinPeriod.check(r.document), [], name);
  }
});
