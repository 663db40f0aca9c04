import { ECONOMIC_CLASSES, FUNCTION_CLASSES } from '../../../model/classification.js';

/**
 * Words OCR must get right for a table to be recognised and its rows named: the titles of the national disclosure
 * templates (a year and 部门 may stand before them), their column labels, and the national names of the function
 * and economic classes (src/model/classification.ts). The Chinese model confuses a few close shapes (支 → 文); a
 * run one character away from exactly one of these terms is that term.
 */
const TITLES = [
  '财务收支预算总表',
  '预算收支总表',
  '财政拨款收支预算总表',
  '财政拨款收支总表',
  '收入预算总表',
  '支出预算总表',
  '预算收入总表',
  '预算支出总表',
  '一般公共预算支出功能分类预算表',
  '一般公共预算基本支出经济分类预算表',
  '一般公共预算基本支出部门预算经济分类预算表',
  '政府性基金预算支出功能分类预算表',
  '国有资本经营预算支出功能分类预算表',
  '“三公”经费和机关运行经费预算表',
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '财政拨款收入支出决算总表',
  '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算表',
  '一般公共预算财政拨款基本支出决算明细表',
  '政府性基金预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款支出决算表',
  '财政拨款“三公”经费支出决算表',
  '“三公”经费支出决算表',
  '功能分类科目名称',
  '功能分类科目编码',
  '经济分类科目名称',
  '经济分类科目编码',
  '财政拨款收入',
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
];

/** Terms of at least this many characters are mended; a shorter word has too many neighbours one character away. */
const MIN_LENGTH = 4;

const TERMS: readonly string[] = [...new Set([...TITLES, ...Object.keys(FUNCTION_CLASSES), ...Object.keys(ECONOMIC_CLASSES)])].filter((t) => [...t].length >= MIN_LENGTH);
const KNOWN = new Set(TERMS);
/** Terms by length, so a run is compared with the terms of its own length only. */
const BY_LENGTH = new Map<number, string[]>();
for (const t of TERMS) {
  const n = [...t].length;
  BY_LENGTH.set(n, [...(BY_LENGTH.get(n) ?? []), t]);
}

const HAN = /[\u3400-\u9fff]/u;
/** What may stand before a title: a year (2025年) and the word 部门 or a unit's name is not mended, only kept. */
const YEAR = /^(\d{4}\s*年(?:度)?)/u;

/**
 * A Han run as the known term it misreads, or the run unchanged: mended only when it differs from exactly one
 * term of its length in one character (two in a term of six or more), a Han character read for a Han character. A leading year and
 * 部门 are kept apart (2025年部门文出预算总表 → 2025年部门支出预算总表).
 */
export function mendTerm(text: string): string {
  const year = YEAR.exec(text)?.[1] ?? '';
  let rest = text.slice(year.length);
  let dept = '';
  if (rest.startsWith('部门') && [...rest].length - 2 >= MIN_LENGTH) {
    dept = '部门';
    rest = rest.slice(2);
  }
  if (!HAN.test(rest) || KNOWN.has(rest)) return mendWords(text);
  const chars = [...rest];
  // The nearest terms: one place off first; two places only for long terms and when no term is one off.
  const at = (d: number): string[] => (BY_LENGTH.get(chars.length) ?? []).filter((t) => distance(chars, [...t]) === d);
  const one = at(1);
  const found = one.length ? one : chars.length >= TWO_OFF ? at(2) : [];
  return found.length === 1 ? year + dept + found[0] : mendWords(text);
}

/** Terms from this length may differ in two places (科学技术文上 → 科学技术支出); a shorter one in one only. */
const TWO_OFF = 6;

/** Places two equally long strings differ in, each a Han character in both; Infinity when a difference is not Han for Han. */
function distance(a: readonly string[], b: readonly string[]): number {
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!HAN.test(a[i] ?? '') || !HAN.test(b[i] ?? '')) return Infinity;
    diff++;
  }
  return diff;
}

/**
 * Misreadings that are never Chinese as read, mended wherever they stand: 文出 for 支出 and 文持 for 支持 (the
 * stroke of 支 lost; 文出版 is 文 + 出版, kept).
 */
const MISREAD: readonly [RegExp, string][] = [
  [/文出(?!版)/gu, '支出'],
  [/文持/gu, '支持'],
];

function mendWords(text: string): string {
  return MISREAD.reduce((s, [re, by]) => s.replace(re, by), text);
}
