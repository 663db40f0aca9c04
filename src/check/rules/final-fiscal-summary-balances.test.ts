import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editedCorpusDocument } from '../../../test/corpus-document.js';
import type { Document } from '../../model/index.js';
import { finalFiscalSummaryBalances } from './final-fiscal-summary-balances.js';

const SH = 'shanghai-putuo-planning-2024-final-accounts.pdf';
const YQ = 'yangquan-emergency-2024-final-accounts.txt';

const check = (doc: Document): (string | number | undefined)[][] =>
  finalFiscalSummaryBalances.check(doc).map((f) => [f.location.line, f.params['row'], f.params['column'], f.expected, f.actual, f.severity]);

test('corpus: 阳泉 2024 公开04表 balances', () => {
  // yangquan-emergency-2024-final-accounts.txt lines 268–300: 一般公共预算财政拨款 5814.32 + 政府性基金预算财政拨款 246.77 = 本年收入合计 6061.09;
  // 类 合计 3.54 + 670.44 + 142.70 + 280.63 + 4717.01 + 246.77 = 6061.09, 一般公共预算 5814.32 (without 229), 政府性基金 246.77 (229);
  // 结转和结余 blank; 总计 6061.09 | 6061.09 5814.32 246.77 (line 300).
  assert.deepEqual(check(editedCorpusDocument(YQ)), []);
});

test('corpus: the Shanghai 财政拨款收入支出决算总表 balances but for 0.01 尾差 in 本年支出合计', () => {
  // pdftotext -layout lines 344–391: 一、一般公共预算财政拨款 9746.50 = 本年收入合计 9746.50 = 总计 9746.50 (结转 blank);
  // 类 754.75 + 236.63 + 3832.36 + 4461.67 + 461.08 = 9746.49 against 本年支出合计 9746.50 in 合计 and 一般公共预算 (line 382).
  assert.deepEqual(check(editedCorpusDocument(SH)), [
    [382, '本年支出合计', 'expenditure.total', '9746.49', '9746.50', 'info'],
    [382, '本年支出合计', 'expenditure.gpb', '9746.49', '9746.50', 'info'],
  ]);
});

test('a 类 off by 1 万元 breaks 本年支出合计; a 收入总计 off breaks 总计 and the balance', () => {
  // line 276: 九、卫生健康支出 142.70 (合计) 142.70 (一般公共预算); only 合计 is changed.
  assert.deepEqual(check(editedCorpusDocument(YQ, { 276: (l) => l.replace('142.70', '143.70') })), [
    [295, '本年支出合计', 'expenditure.total', '6062.09', '6061.09', 'error'],
  ]);
  assert.deepEqual(check(editedCorpusDocument(YQ, { 300: (l) => l.replace(/^(总计\t32\t)6061\.09/, '$16071.09') })), [
    [300, '收入总计', 'income.amount', '6061.09', '6071.09', 'error'],
    [300, '支出总计', 'expenditure.total', '6071.09', '6061.09', 'error'],
  ]);
});
