import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { corpusBytes } from '../../../test/corpus.js';
import { formRequiredFields } from './form-required-fields.js';

// The header of 阳泉 2026's first form (安全生产举报奖励经费, corpus lines 583–591), with chosen cells blanked.
const form = (implementer: string, period: string, yearTotal: string): string[] => [
  '项目支出绩效目标表',
  '(2026年度)',
  T('项目名称', '', '安全生产举报奖励经费', '', '', '', ''),
  T('主管部门及代码', '', '035-阳泉市应急管理局', '', '实施单位', '', implementer),
  T('项目属性', '', '一次性项目（1年结束）', '', '项目期', '', period),
  T('项目资金 (元)', '实施期资金总额:', '50000', '', '年度资金总额:', yearTotal, ''),
  T('', '其中:中央财政资金', '0', '', '其中:中央财政资金', '0', ''),
  T('', '市县(区)财政资金', '50000', '', '市县(区)财政资金', yearTotal, ''),
];
const run = (...args: [string, string, string]): string[] => formRequiredFields.check(docFrom(...form(...args))).map((f) => `${f.location.line}:${f.params['field']}`);

test('a form with every header field filled passes', () => {
  assert.equal(docFrom(...form('阳泉市应急管理局', '1年', '50,000')).forms.projects.length, 1);
  assert.deepEqual(run('阳泉市应急管理局', '1年', '50,000'), []);
});

test('blank 实施单位, 项目期 and 年度资金总额 are each a warning at their row', () => {
  assert.deepEqual(run('', '', ''), ['4:实施单位', '5:项目期', '6:年度资金总额']);
  const [f] = formRequiredFields.check(docFrom(...form('', '1年', '50,000')));
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.params['subject'], '安全生产举报奖励经费');
});

const corpus = (name: string): string[] => {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return formRequiredFields.check(r.document).map((f) => `${f.location.line}:${f.params['subject']}:${f.params['field']}`);
};

test('corpus: blank header fields, read by hand', () => {
  assert.deepEqual(corpus('yangquan-emergency-2026-budget.txt'), [
    // 1132 `项目预算资金(万元) | 中期预算资金总额 | (blank) | 年度预算资金总额(当年) | 3.5`.
    '1132:2026年安全生产应急指挥专项经费:实施期资金总额',
    // 1239 `实施单位 |` (blank), 1240 `项目日期 |` (blank), 1241 only `年度资金总额：50万元` and no 实施期 total.
    '1239:应急救援综合保障经费:实施单位',
    '1240:应急救援综合保障经费:项目期',
    '1241:应急救援综合保障经费:实施期资金总额',
  ]);
  // 860 `实施期资金总额: | 800,000 | 年度资金总额: | (blank)`; the year's sources are blank too (861–865).
  assert.deepEqual(corpus('datong-emergency-2025-unit-budget.md'), ['860:Z应急管理干部培训经费:年度资金总额']);
  assert.deepEqual(corpus('shanxi-emergency-2026-budget.txt'), []);
  assert.deepEqual(corpus('jinzhong-emergency-2022-performance-targets.txt'), []);
});
