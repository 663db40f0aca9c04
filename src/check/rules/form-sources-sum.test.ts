import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { corpusBytes } from '../../../test/corpus.js';
import { formSourcesSum } from './form-sources-sum.js';

// The funding block of 阳泉 2026's first form (安全生产举报奖励经费, corpus lines 583–591), with the year's 市县 amount as given.
const form = (yearLocal: string): string[] => [
  '项目支出绩效目标表',
  '(2026年度)',
  T('项目名称', '', '安全生产举报奖励经费', '', '', '', ''),
  T('主管部门及代码', '', '035-阳泉市应急管理局', '', '实施单位', '', '阳泉市应急管理局'),
  T('项目属性', '', '一次性项目（1年结束）', '', '项目期', '', '1年'),
  T('项目资金 (元)', '实施期资金总额:', '50000', '', '年度资金总额:', '50,000', ''),
  T('', '其中:中央财政资金', '0', '', '其中:中央财政资金', '0', ''),
  T('', '省级财政资金', '0', '', '省级财政资金', '0', ''),
  T('', '市县(区)财政资金', '50000', '', '市县(区)财政资金', yearLocal, ''),
  T('', '单位自筹', '0', '', '单位自筹', '0', ''),
  T('', '其他资金', '', '', '其他资金', '', ''),
];

test('passes when the sources add up to the total', () => {
  const doc = docFrom(...form('50,000'));
  assert.equal(doc.forms.projects.length, 1);
  assert.deepEqual(formSourcesSum.check(doc), []);
});

test('reports the year half when its sources do not add up to its total', () => {
  const fs = formSourcesSum.check(docFrom(...form('45,000')));
  assert.equal(fs.length, 1);
  const [f] = fs;
  assert.equal(f?.severity, 'error');
  assert.equal(f?.params['funding'], 'year');
  assert.equal(f?.params['project'], '安全生产举报奖励经费');
  assert.equal(f?.expected, '45000');
  assert.equal(f?.actual, '50000');
  assert.equal(f?.location.line, 6);
});

test('a form that prints only a total is not checked', () => {
  const doc = docFrom(...form('50,000').slice(0, 6));
  assert.equal(doc.forms.projects[0]?.funding.year?.total?.value, '50000');
  assert.deepEqual(formSourcesSum.check(doc), []);
});

// Checked by hand: in every form of the four documents that carry forms (阳泉 2026: 19 forms, 大同: 12, 山西: 15,
// 晋中: 43) the printed sources add up to the printed totals, e.g. 阳泉 line 586 实施期资金总额 50000 = 市县 50000 (589).
test('corpus: no form of the corpus has sources that disagree with its total', () => {
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'jinzhong-emergency-2022-performance-targets.txt']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(formSourcesSum.check(r.document), [], name);
  }
});
