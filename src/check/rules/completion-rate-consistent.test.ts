import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusText } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { Document } from '../../model/index.js';
import { readText } from '../../read/index.js';
import { completionRateConsistent } from './completion-rate-consistent.js';

/** A corpus document with some lines (1-based) rewritten, read as gongkai reads it (the PDF through pdftotext -layout). */
function edited(name: string, edit: Record<number, (l: string) => string> = {}): Document {
  const text = name.endsWith('.pdf') ? layoutTextOf(name) : corpusText(name);
  const r = readText(text.split('\n').map((l, i) => edit[i + 1]?.(l) ?? l).join('\n'), name);
  assert.ok(r.ok);
  return r.document;
}

const Y2024 = 'yangquan-emergency-2024-final-accounts.txt';
const SH = 'shanghai-putuo-planning-2024-final-accounts.pdf';
const row = (d: Document) => completionRateConsistent.check(d).map((f) => [f.location.line, f.severity, f.expected, f.actual]);
// Line 649's 95.45% (truncated) is the one finding of the unedited 普陀规划 document.
const others = (d: Document) => row(d).filter((r) => r[0] !== 649);

test('corpus: every completion rate agrees with its 决算 and 年初预算 (Python Decimal by hand)', () => {
  // 阳泉 2024 lines 538–548: 5,814.32/4,492.26 = 129.43%, 3.54/6.50 = 54.46%, 670.44/659.50 = 101.66%, 142.70/152.42 = 93.62%,
  // 280.63/263.16 = 106.64%, 4,717.01/3,410.68 = 138.30%: all as printed.
  assert.deepEqual(row(edited(Y2024)), []);
  // 普陀规划 line 649: 9746.50 / 10210.34 = 95.457% printed 95.45% (truncated: one unit, info); line 705: 40.35 / 42.73 = 94.43% and
  // line 811 三公 0.39 / 2.85 = 13.68% agree.
  assert.deepEqual(row(edited(SH)), [[649, 'info', '95.46', '95.45']]);
});

test('a changed 年初预算 no table prints is caught by its completion rate', () => {
  // 阳泉 2024 line 546 “住房保障支出年初预算263.16万元，支出决算280.63万元，完成年初预算的106.64%”: 280.63 / 963.16 = 29.14%.
  assert.deepEqual(row(edited(Y2024, { 546: (l) => l.replace('263.16', '963.16') })), [[546, 'error', '29.14', '106.64']]);
  // 普陀规划 line 703 “年初预算为 42.73” (行政单位医疗): 40.35 / 42.13 = 95.77% against 94.43% printed at line 705.
  assert.deepEqual(others(edited(SH, { 703: (l) => l.replace('42.73', '42.13') })), [[705, 'error', '95.77', '94.43']]);
});

test('a rate whose budget is stated for another subject is not paired', () => {
  // Line 813 “因公出国（境）费决算为 0.00 万元，完成预算的 0.00%”: no 因公出国 budget is stated, so nothing is compared even when changed.
  assert.deepEqual(others(edited(SH, { 813: (l) => l.replace('0.00%', '7.00%') })), []);
});
