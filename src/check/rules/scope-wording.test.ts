import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import { docFrom } from '../testkit.js';
import { scopeWording } from './scope-wording.js';

const doc = (title: string, part: string, duty: string) =>
  docFrom('大同市应急管理局', title, '', '第一部分 概况', '', duty, '', '负责应急管理工作。', '', part, '', '一、收入预算情况说明', '', '本年收入5.00万元。');

test('a unit budget titled 单位 and a department budget titled 部门 pass; 部门（单位） says both', () => {
  assert.deepEqual(scopeWording.check(doc('2025年度单位预算公开', '第三部分 2025年度单位预算情况说明', '一、本单位职责')), []);
  assert.deepEqual(scopeWording.check(doc('2025年度部门预算公开', '第三部分 2025年度部门预算情况说明', '一、本部门（单位）职责')), []);
});

test('a unit budget whose parts say 部门预算 is a warning on each such title', () => {
  const fs = scopeWording.check(doc('2025年度单位预算公开', '第三部分 2025年度部门预算情况说明', '一、本部门职责'));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.expected, f.actual, f.location.line, f.severity]), [
    ['section', '单位', '部门', 6, 'warning'],
    ['section', '单位', '部门', 10, 'warning'],
  ]);
});

test('a department budget whose part says 单位预算 is a warning', () => {
  const fs = scopeWording.check(doc('2025年度部门预算公开', '第三部分 2025年度单位预算情况说明', '一、本部门职责'));
  assert.deepEqual(fs.map((f) => f.params['subject']), ['2025年度单位预算情况说明']);
});

test('corpus: 部门 and 单位 wording matches each document', () => {
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(scopeWording.check(r.document), [], name);
  }
  for (const name of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const r = readText(layoutTextOf(name), name);
    assert.ok(r.ok);
    assert.deepEqual(scopeWording.check(r.document), [], name);
  }
});
