import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { projectTableMatchesExpenditure } from './project-table-matches-expenditure.js';

const t3 = (project: string): string[] => [
  '2026年预算支出总表',
  '单位：万元',
  T('项目', '', '2026年预算数', '', ''),
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('合计', '', '100.00', '20.00', project),
];
const t12 = (total: string): string[] => [
  '2026年项目支出预算表（本年预算）',
  '单位：万元',
  T('项目名称', '合计', '2026年财政拨款', '', '', '财政专户管理资金', '单位资金'),
  T('', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', ''),
  T('1', '2', '3', '4', '5', '6', '7'),
  T('某应急管理局', total, total, '', '', '', ''),
  T('某应急管理局', total, total, '', '', '', ''),
  T('专项业务工作经费', total, total, '', '', '', ''),
];
const t13 = (total: string | undefined): string[] => [
  '2026年项目支出预算表（上年结转）',
  '单位：万元',
  T('项目名称', '合计', '2026年财政拨款', '', ''),
  T('', '', '一般公共预算', '政府性基金预算', '国有资本经营预算'),
  T('1', '2', '3', '4', '5'),
  ...(total === undefined
    ? ['注：本表无数据']
    : [T('某应急管理局', total, total, '', ''), T('某应急管理局', total, total, '', ''), T('结转项目', total, total, '', '')]),
];

test('passes when 表12 = 表3 项目支出 − 表13, and with an empty 表13', () => {
  assert.deepEqual(projectTableMatchesExpenditure.check(docFrom(...t3('80.00'), ...t12('60.00'), ...t13('20.00'))), []);
  assert.deepEqual(projectTableMatchesExpenditure.check(docFrom(...t3('80.00'), ...t12('80.00'), ...t13(undefined))), []);
});

test('reports 表12 总计 against 表3 项目支出 minus 表13', () => {
  const [f, ...rest] = projectTableMatchesExpenditure.check(docFrom(...t3('80.00'), ...t12('70.00'), ...t13('20.00')));
  assert.deepEqual(rest, []);
  // An empty 表13 is found and counts as zero, so 表12 must carry the whole 项目支出.
  const [g] = projectTableMatchesExpenditure.check(docFrom(...t3('80.00'), ...t12('70.00'), ...t13(undefined)));
  assert.deepEqual([g?.expected, g?.actual], ['80.00', '70.00']);
  assert.equal(f?.severity, 'error');
  assert.equal(f?.expected, '60.00');
  assert.equal(f?.actual, '70.00');
  assert.equal(f?.location.line, 11);
  assert.deepEqual(f?.related?.map((p) => p.line), [5, 19]);
});

test('returns nothing without 表3, 表12 or 表13', () => {
  assert.deepEqual(projectTableMatchesExpenditure.check(docFrom(...t3('80.00'), ...t12('70.00'))), []);
});

test('corpus: 表12 总计 = 表3 项目支出 − 表13 总计', () => {
  // shanxi-emergency-2026-budget.txt: line 183 项目支出 28849.94 − line 456 (表13) 3997.75 = 24852.19 = line 425 (表12).
  // yangquan-emergency-2026-budget.txt: line 160 642.39 − 0 (表13 本表无数据) = line 407 642.39.
  // datong-emergency-2025-unit-budget.md: line 208 629.80 − 0 (表13 empty) = line 421 629.80.
  for (const name of ['shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(projectTableMatchesExpenditure.check(r.document), [], name);
  }
});
