import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDF_DOCS, corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { Document } from '../../model/index.js';
import { readDocument, readText } from '../../read/index.js';
import { docFrom } from '../testkit.js';
import { requiredTables } from './required-tables.js';

const read = (name: string): Document => {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return r.document;
};

test('a Shanxi budget missing tables 10 and 13 gets one error per missing kind, at its first table', () => {
  const doc = read('yangquan-emergency-2026-budget.txt');
  const cut = { ...doc, tables: doc.tables.filter((t) => t.kind !== 'three-public' && t.kind !== 'project-carryover') };
  const fs = requiredTables.check(cut);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['table'], f.severity, f.location.line]), [
    ['missing-table', 'three-public', 'error', 64],
    ['missing-table', 'project-carryover', 'error', 64],
  ]);
});

test('a Shanxi final-accounts document without tables is reported at line 1 for all 10 kinds', () => {
  const doc = read('yangquan-emergency-2024-final-accounts.txt');
  const fs = requiredTables.check({ ...doc, tables: [] });
  assert.equal(fs.length, 10);
  assert.deepEqual(fs[0]?.location, { file: doc.source.file, line: 1 });
  assert.equal(fs[9]?.params['table'], 'final-statistics');
});

test('other templates require nothing', () => {
  const doc = docFrom('2026年政府性基金预算收入表（不含上年结转）', '单位：万元', '项目\t合计', '注：本表无数据');
  assert.equal(doc.template, 'unknown');
  assert.deepEqual(requiredTables.check(doc), []);
});

test('corpus: the Shanxi budgets have all 13 tables and the Shanxi final accounts all 10', () => {
  // yangquan-emergency-2026-budget.txt: 表1 预算收支总表 line 64 … 表13 项目支出预算表（上年结转） line 435 (“2026年项目支出预算表（上年结转）”).
  // yangquan-emergency-2024-final-accounts.txt: 收入支出决算总表 line 95 … 部门决算公开相关信息统计表 line 458.
  // datong and shanxi budgets likewise 13 (datong 表13 at line 436, shanxi at line 447); jinzhong is forms-only.
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt', 'jinzhong-emergency-2022-performance-targets.txt']) {
    assert.deepEqual(requiredTables.check(read(name)), [], name);
  }
});

test('corpus: the Shanghai budget and final accounts have their nine tables; a Shanghai document missing one is reported', () => {
  // shanghai-putuo-commerce-2025-budget.pdf (pdftotext -layout), 目录 lines 11–19 and the tables at lines 141 (部门财务收支预算总表),
  // 158, 197, 235, 252, 294, 307, 320 and 358 (部门“三公”经费和机关运行经费预算表).
  // shanghai-putuo-planning-2024-final-accounts.pdf, 目录 lines 17–33: 收入支出决算总表 (line 189) … 国有资本经营预算财政拨款收入支出决算表 (563),
  // no 部门决算公开相关信息统计表.
  for (const name of PDF_DOCS) {
    const r = readText(layoutTextOf(name), name);
    assert.ok(r.ok);
    assert.deepEqual(requiredTables.check(r.document), [], name);
  }
  const r = readText(layoutTextOf('shanghai-putuo-commerce-2025-budget.pdf'), 'b.pdf');
  assert.ok(r.ok);
  const cut = { ...r.document, tables: r.document.tables.filter((t) => t.kind !== 'sh-three-public-operating') };
  assert.deepEqual(requiredTables.check(cut).map((f) => [f.params['table'], f.params['template'], f.location.line]), [['sh-three-public-operating', 'shanghai-budget', 141]]);
  const f = readText(layoutTextOf('shanghai-putuo-planning-2024-final-accounts.pdf'), 'f.pdf');
  assert.ok(f.ok);
  const cutF = { ...f.document, tables: f.document.tables.filter((t) => t.kind !== 'final-three-public') };
  assert.deepEqual(requiredTables.check(cutF).map((x) => [x.params['table'], x.params['template']]), [['final-three-public', 'shanghai-final']]);
});
