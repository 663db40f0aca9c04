import assert from 'node:assert/strict';
import { test } from 'node:test';
import { T, docFrom } from '../testkit.js';
import { projectSubtotals } from './project-subtotals.js';

const table = (...rows: [string, string][]): string[] => [
  '2026年项目支出预算表（本年预算）',
  '部门名称：某局',
  '单位：万元',
  T('项目名称', '合计', '2026年财政拨款', '', ''),
  T('', '', '一般公共预算', '政府性基金预算', '国有资本经营预算'),
  ...rows.map(([n, v]) => T(n, v, v, '', '')),
];

test('passes when units add up to the department and projects to their unit', () => {
  const doc = docFrom(...table(['某局', '8.00'], ['某局', '5.00'], ['甲项目', '2.00'], ['乙项目', '3.00'], ['某中心', '3.00'], ['丙项目', '3.00']));
  assert.deepEqual(projectSubtotals.check(doc), []);
});

test('a single-unit table: the first row must equal the sum of the projects', () => {
  const ok = docFrom(...table(['某局', '5.00'], ['甲项目', '2.00'], ['乙项目', '3.00']));
  assert.deepEqual(projectSubtotals.check(ok), []);
  // 1.00 over 2 parts is not rounding: the reader cannot pair it, so it keeps rows as projects and the sum is off.
  const bad = docFrom(...table(['某局', '6.00'], ['甲项目', '2.00'], ['乙项目', '3.00']));
  const fs = projectSubtotals.check(bad);
  assert.ok(fs.some((f) => f.severity === 'error' && f.expected === '5.00' && f.actual === '6.00'), JSON.stringify(fs));
});
