import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editedCorpusDocument } from '../../../test/corpus-document.js';
import type { Document } from '../../model/index.js';
import { finalBasicDetailSums } from './final-basic-detail-sums.js';

const SH = 'shanghai-putuo-planning-2024-final-accounts.pdf';
const YQ = 'yangquan-emergency-2024-final-accounts.txt';

const check = (doc: Document): (string | number | undefined)[][] =>
  finalBasicDetailSums.check(doc).map((f) => [f.location.line, f.params['row'], f.expected, f.actual, f.severity]);

test('corpus: Shanghai 基本支出决算表 adds up within 尾差', () => {
  // pdftotext -layout lines 466–533: 301 工资福利支出 4816.14 = 537.64 + 987.86 + 1594.02 + 446.11 + 225.12 + 236.63 + 17.94 + 289.59 + 481.23;
  // 302 商品和服务支出 440.90 against its 款 84.62 + 0.08 + 0.92 + 18.86 + 8.05 + 82.20 + 1.50 + 29.65 + 1.21 + 0.39 + 2.40 + 19.16
  // + 56.29 + 73.19 + 33.50 + 28.86 = 440.88 (16 non-zero parts: 尾差); 303 67.96 = 退休费 67.96; 310 39.76 = 办公设备购置 39.76;
  // line 533 人员经费合计 4884.09 against 4816.14 + 67.96 = 4884.10 (尾差), 公用经费合计 480.66 = 440.90 + 39.76.
  assert.deepEqual(check(editedCorpusDocument(SH)), [
    [466, '302 商品和服务支出', '440.88', '440.90', 'info'],
    [533, '人员经费合计', '4884.10', '4884.09', 'info'],
  ]);
});

test('corpus: 阳泉 2024 公开06表 adds up within 尾差', () => {
  // yangquan-emergency-2024-final-accounts.txt lines 368–397: 301 3230.06 against its 款 1019.30 + 323.32 + 187.04 + 730.52 + 302.95
  // + 186.11 + 139.61 + 20.11 + 280.63 + 40.49 = 3230.08 (尾差); 302 311.78 = Σ its 款; 303 184.41 = 180.12 + 0.59 + 1.96 + 1.74;
  // 310 15.36; 309/311 print ——— (zero); 人员经费合计 3414.47 = 3230.06 + 184.41; 公用经费合计 327.14 = 311.78 + 15.36.
  assert.deepEqual(check(editedCorpusDocument(YQ)), [[368, '301 工资福利支出', '3230.08', '3230.06', 'info']]);
});

test('a 类 changed by 10 万元 breaks its 款 sum and 人员经费合计; a 公用经费合计 off by 10 is an error', () => {
  assert.deepEqual(check(editedCorpusDocument(YQ, { 368: (l) => l.replace('3230.06', '3240.06') })), [
    [368, '301 工资福利支出', '3230.08', '3240.06', 'error'],
    [397, '人员经费合计', '3424.47', '3414.47', 'error'],
  ]);
  assert.deepEqual(check(editedCorpusDocument(SH, { 533: (l) => l.replace('480.66', '490.66') })), [
    [466, '302 商品和服务支出', '440.88', '440.90', 'info'],
    [533, '人员经费合计', '4884.10', '4884.09', 'info'],
    [533, '公用经费合计', '480.66', '490.66', 'error'],
  ]);
});
