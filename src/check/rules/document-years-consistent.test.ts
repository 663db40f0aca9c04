import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { documentYearsConsistent } from './document-years-consistent.js';

const doc = (tableTitle: string, sectionTitle: string, tocEntry: string) =>
  docFrom('阳泉市应急管理局', '2026年度部门预算公开', '', `${tocEntry}.....\t3`, '', tableTitle, '单位：万元', T('项目', '合计'), T('合计', '5.00'), '', sectionTitle, '', '一、部门预算收支数据变动情况及原因', '', '本年收入5.00万元。');

test('titles of the document year pass', () => {
  assert.deepEqual(documentYearsConsistent.check(doc('2026年预算收支总表', '第三部分 2026年度部门预算情况说明', '表一2026年预算收支总表')), []);
});

test('a table, a contents entry and a section title of another year are warnings', () => {
  const fs = documentYearsConsistent.check(doc('2025年预算收支总表', '第三部分 2025年度部门预算情况说明', '表一2024年预算收支总表'));
  assert.deepEqual(
    fs.map((f) => [f.params['kind'], f.severity, f.expected, f.actual, f.location.line]).sort(),
    [
      ['contents', 'warning', '2026', '2024', 4],
      ['section', 'warning', '2026', '2025', 11],
      ['table', 'warning', '2026', '2025', 6],
    ],
  );
});

test('a year that names something else than the document is not compared', () => {
  assert.deepEqual(documentYearsConsistent.check(doc('2026年预算收支总表', '第三部分 2026年度部门预算情况说明', '2024年工作完成情况')), []);
});

test('corpus: every title carries its document year', () => {
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt', 'jinzhong-emergency-2022-performance-targets.txt']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(documentYearsConsistent.check(r.document), [], name);
  }
  for (const name of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const r = readText(layoutTextOf(name), name);
    assert.ok(r.ok);
    assert.deepEqual(documentYearsConsistent.check(r.document), [], name);
  }
});
