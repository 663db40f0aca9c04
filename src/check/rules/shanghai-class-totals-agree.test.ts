import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editedCorpusDocument, type LineEdits } from '../../../test/corpus-document.js';
import { corpusBytes } from '../../../test/corpus.js';
import type { Document } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { shanghaiClassTotalsAgree } from './shanghai-class-totals-agree.js';

const NAME = 'shanghai-putuo-commerce-2025-budget.pdf';

const budget = (edit: LineEdits = {}): Document => editedCorpusDocument(NAME, edit);

const check = (doc: Document): (string | number | undefined)[][] =>
  shanghaiClassTotalsAgree.check(doc).map((f) => [f.location.line, f.params['row'], f.params['column'], f.expected, f.actual, f.severity]);

test('corpus: the Shanghai summary, 收入预算总表 and 支出预算总表 agree 类 by 类 and code by code', () => {
  // pdftotext -layout, 单位：元. 收支总表 lines 146–157: 类 201 21,601,733 … 221 2,849,034, 收入总计 = 支出总计 = 371,514,655,
  // 一、财政拨款收入 371,514,655, 事业收入 / 事业单位经营收入 / 其他收入 blank.
  // 收入预算总表 lines 166–196 and 支出预算总表 lines 204–234 print the same codes with the same 合计 on every line
  // (e.g. 201 13 01 行政运行 9,389,913.00 at 168 and 206; 215 08 99 293,810,000.00 at 188 and 226; 合计 371,514,655.00 at 196 and 234);
  // 收入预算总表 合计 财政拨款收入 371,514,655.00 (line 196).
  assert.deepEqual(check(budget()), []);
});

test('a 收入预算总表 类 changed by 1,000 元 disagrees with the summary and with 支出预算总表', () => {
  // line 189: 216 商业服务业等支出 31,364,000.00 (合计) 31,364,000.00 (财政拨款收入); only 合计 is changed.
  assert.deepEqual(check(budget({ 189: (l) => l.replace('31,364,000.00', '31,365,000.00') })), [
    [189, '216 商业服务业等支出', 'total', '31364000.00', '31365000.00', 'error'],
    [227, '216 商业服务业等支出', 'total', '31365000.00', '31364000.00', 'error'],
  ]);
});

test('收入预算总表 合计 财政拨款收入 ≠ the summary’s 一、财政拨款收入 is an error at the 合计 cell', () => {
  assert.deepEqual(check(budget({ 196: (l) => l.replace(/371,514,655\.00\s*$/, '371,514,755.00') })), [
    [196, '合计', 'fiscal', '371514655.00', '371514755.00', 'error'],
  ]);
});

test('other templates are left to class-totals-agree (a Shanxi budget has 上年结转, so income by code is not spending by code)', () => {
  const name = 'shanxi-emergency-2026-budget.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  assert.deepEqual(shanghaiClassTotalsAgree.check(r.document), []);
});
