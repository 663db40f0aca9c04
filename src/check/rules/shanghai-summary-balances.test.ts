import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editedCorpusDocument, type LineEdits } from '../../../test/corpus-document.js';
import type { Document } from '../../model/index.js';
import { readText } from '../../read/index.js';
import { shanghaiSummaryBalances } from './shanghai-summary-balances.js';

const NAME = 'shanghai-putuo-commerce-2025-budget.pdf';

const budget = (edit: LineEdits = {}): Document => editedCorpusDocument(NAME, edit);

const check = (doc: Document): (string | number | undefined)[][] =>
  shanghaiSummaryBalances.check(doc).map((f) => [f.location.line, f.params['row'], f.expected, f.actual, f.severity]);

test('corpus: 部门财务收支预算总表 of the Shanghai commerce budget balances', () => {
  // pdftotext -layout lines 146–157, 单位：元:
  //   146 一、财政拨款收入 371,514,655.00; 147 1. 一般公共预算资金 371,514,655.00; 148–152 政府性基金 … 其他收入 blank
  //   类: 21,601,733 + 17,200,000 + 3,808,085 + 881,803 + 293,810,000 + 31,364,000 + 2,849,034 = 371,514,655 (lines 146–152)
  //   157 收入总计 371,514,655.00 支出总计 371,514,655.00
  assert.deepEqual(check(budget()), []);
});

test('a 类 amount changed by 100 元 breaks 支出总计; 财政拨款收入 ≠ its sources breaks both income identities', () => {
  assert.deepEqual(check(budget({ 149: (l) => l.replace('881,803.00', '881,903.00') })), [
    [157, '支出总计', '371514755.00', '371514655.00', 'error'],
  ]);
  assert.deepEqual(check(budget({ 146: (l) => l.replace('371,514,655.00', '371,514,600.00') })), [
    [146, '一、财政拨款收入', '371514655.00', '371514600.00', 'error'],
    [157, '收入总计', '371514600.00', '371514655.00', 'error'],
  ]);
});

test('a 支出总计 off by 1 元 is an error (a 元 table has no 尾差 beyond 0.01 per part); no table, no finding', () => {
  // Σ 类 = 371,514,655 and 收入总计 = 371,514,655 both disagree with a 支出总计 of 371,514,656.
  const fs = check(budget({ 157: (l) => l.replace(/371,514,655\.00\s*$/, '371,514,656.00') }));
  assert.deepEqual(fs, [
    [157, '支出总计', '371514655.00', '371514656.00', 'error'],
    [157, '支出总计', '371514655.00', '371514656.00', 'error'],
  ]);
  const r = readText('2025年部门支出预算总表\n单位：元\n合计\t1.00', 't.txt');
  assert.ok(r.ok);
  assert.deepEqual(shanghaiSummaryBalances.check(r.document), []);
});
