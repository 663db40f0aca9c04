import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editedCorpusDocument, type LineEdits } from '../../../test/corpus-document.js';
import { corpusBytes } from '../../../test/corpus.js';
import type { Document } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { shanghaiFiscalTablesAgree } from './shanghai-fiscal-tables-agree.js';

const NAME = 'shanghai-putuo-commerce-2025-budget.pdf';

const budget = (edit: LineEdits = {}): Document => editedCorpusDocument(NAME, edit);

const check = (doc: Document): (string | number | undefined)[][] =>
  shanghaiFiscalTablesAgree.check(doc).map((f) => [f.location.line, f.params['row'], f.params['column'], f.expected, f.actual, f.severity]);

test('corpus: the Shanghai 财政拨款收支预算总表 balances and agrees with the fund tables, the summary and 收入预算总表', () => {
  // pdftotext -layout, 单位：元. 财政拨款收支预算总表 lines 240–251: 一、一般公共预算资金 371,514,655.00, 政府性基金 and
  // 国有资本经营预算 blank; 类 201 21,601,733 … 221 2,849,034 in 合计 and 一般公共预算 (sum 371,514,655), 政府性基金 and
  // 国有资本经营 columns blank; 收入总计 371,514,655.00 = 支出总计 371,514,655.00 (合计 and 一般公共预算).
  // 一般公共预算支出功能分类预算表 lines 259–293 has the same 类 totals and 合计 371,514,655.00; the 政府性基金 (294) and 国有资本经营
  // (307) tables are 空表. 收支总表 line 147 1. 一般公共预算资金 371,514,655.00. 收入预算总表 财政拨款收入 (lines 166–196) equals the
  // 一般公共预算 table's 合计 on every code.
  assert.deepEqual(check(budget()), []);
});

test('a 一般公共预算 table 类 changed by 100 元 disagrees with 财政拨款收支总表 and with 收入预算总表 财政拨款收入', () => {
  // line 279: 210 卫生健康支出 881,803.00 (合计) 881,803.00 (基本支出); only 合计 is changed.
  assert.deepEqual(check(budget({ 279: (l) => l.replace('881,803.00', '881,903.00') })), [
    [279, '210 卫生健康支出', 'total', '881803.00', '881903.00', 'error'],
    [182, '210 卫生健康支出', 'fiscal', '881903.00', '881803.00', 'error'],
  ]);
});

test('an income line of 财政拨款收支总表 changed breaks 收入总计, the fund’s 支出总计 and the summary’s source line', () => {
  assert.deepEqual(check(budget({ 240: (l) => l.replace('371,514,655.00', '371,514,650.00') })), [
    [251, '收入总计', 'income.amount', '371514650.00', '371514655.00', 'error'],
    [251, '支出总计', 'expenditure.gpb', '371514650.00', '371514655.00', 'error'],
    [240, '一、一般公共预算资金', 'income.amount', '371514655.00', '371514650.00', 'error'],
  ]);
});

test('other templates get nothing (Shanxi 表4 includes 上年结转 while 表5 does not)', () => {
  const name = 'shanxi-emergency-2026-budget.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  assert.deepEqual(shanghaiFiscalTablesAgree.check(r.document), []);
});
