import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { readDocument, readText } from '../../read/index.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { T, docFrom } from '../testkit.js';
import { emptyTableNote } from './empty-table-note.js';

const head = ['2026年政府性基金预算收入表（不含上年结转）', '单位：万元', T('项目', '合计')];

test('an empty table with 注：本表无数据 passes; a table with amounts and no note passes', () => {
  assert.deepEqual(emptyTableNote.check(docFrom(...head, '注：本表无数据')), []);
  assert.deepEqual(emptyTableNote.check(docFrom(...head, T('合计', '5.00'))), []);
});

test('a table of printed zeros is a disclosed nil, not a contradiction of 本表无数据', () => {
  assert.deepEqual(emptyTableNote.check(docFrom(...head, T('合计', '0.00'))), []);
  assert.deepEqual(emptyTableNote.check(docFrom(...head, T('合计', '0.00'), '注：本表无数据')), []);
});

test('an empty table without the note is a warning', () => {
  const fs = emptyTableNote.check(docFrom(...head, T('合计', '')));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['tableKind'], f.severity, f.location.line]), [['missing-no-data-note', 'gf-revenue', 'warning', 1]]);
});

test('a table marked 本表无数据 that prints amounts is a warning', () => {
  const fs = emptyTableNote.check(docFrom(...head, T('合计', '5.00'), '注：本表无数据'));
  assert.deepEqual(fs.map((f) => f.params['kind']), ['no-data-but-amounts']);
});

test('corpus: every empty table carries its note and no noted table prints amounts', () => {
  // yangquan-emergency-2026-budget.txt: 表7/8/9 and 表13 are empty and say 注：本表无数据 (lines 341, 352, 367, 445); datong lines 360, 371, 384, 446; shanxi 表7–9 lines 359, 370, 385 (its 表13 has amounts);
  // yangquan-emergency-2024-final-accounts.txt: 国有资本经营预算财政拨款支出决算表 line 438 “说明：本表无数据”.
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.deepEqual(emptyTableNote.check(r.document), [], name);
  }
  // Shanghai PDFs (pdftotext -layout): commerce budget lines 306/319 “…故本表为空表。”; planning final accounts lines 562/577
  // “说明：…本年度没有政府性基金/国有资本经营预算财政拨款收入和支出…” under the empty 政府性基金/国有资本 tables.
  for (const name of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const r = readText(layoutTextOf(name), name);
    assert.ok(r.ok);
    assert.deepEqual(emptyTableNote.check(r.document), [], name);
  }
});
