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

const HAN = /[\u3400-\u9fff]/u;
/** What may stand before a title: a year (2025年) and the word 部门 or a unit's name is not mended, only kept. */
const YEAR = /^(\d{4}\s*年(?:度)?)/u;

/**
 * A Han run as the known term it misreads, or the run unchanged: mended only when exactly one term is nearest and
 * one edit away (a Han character read for another, one read in addition or lost), or for long terms one edit per
 * eight characters (a title with two specks read into it); names the catalogue does not hold stay as read. A leading year and
 * 部门 are kept apart (2025年部门文出预算总表 → 2025年部门支出预算总表).
 */
export function mendTerm(text: string): string {
  const year = YEAR.exec(text)?.[1] ?? '';
  let rest = mendWords(text.slice(year.length));
  let dept = '';
  if (rest.startsWith('部门') && [...rest].length - 2 >= MIN_LENGTH) {
    dept = '部门';
    rest = rest.slice(2);
  }
  if (!HAN.test(rest) || KNOWN.has(rest)) return year + dept + rest;
  const chars = [...rest];
  // The nearest terms: one edit off first, more only for long terms (one per eight characters) and when no term is nearer.
  let found: string[] = [];
  for (let d = 1; d <= Math.max(1, Math.floor(chars.length / PER_EDIT)) && found.length === 0; d++) found = TERMS.filter((t) => edits(chars, [...t], d) === d);
  return year + dept + (found.length === 1 ? (found[0] as string) : rest);
}

/** A term may be this many characters per edit off (a speck read as 了 inside a long title, a 支 read as 文). */
const PER_EDIT = 8;

/**
 * Edits (a character read for another, read in addition or lost) between two strings, or more than `most` when
 * more; a character read for another must be Han for Han (a digit misread is the number pass's business), and
 * one read in addition Han.
 */
function edits(a: readonly string[], b: readonly string[], most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    // A character read in addition must be Han (a speck read as 了); a quote or a digit is printed.
    const extra = HAN.test(a[i - 1] ?? '') ? 1 : most + 1;
    const row = [(prev[0] ?? 0) + extra];
    let best = row[0] ?? 0;
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      const swap = same ? 0 : HAN.test(a[i - 1] ?? '') && HAN.test(b[j - 1] ?? '') ? 1 : most + 1;
      const v = Math.min((prev[j - 1] ?? 0) + swap, (prev[j] ?? 0) + extra, (row[j - 1] ?? 0) + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > most) return most + 1;
    prev = row;
  }
  return prev[b.length] ?? most + 1;
}

/**
 * Misreadings that are never Chinese as read, mended wherever they stand: 文出 for 支出 and 文持 for 支持 (the
 * stroke of 支 lost; 文出版 is 文 + 出版, kept), and 单位; for 单位： before a table's unit.
 */
const MISREAD: readonly [RegExp, string][] = [
  [/文出(?!版)/gu, '支出'],
  [/文持/gu, '支持'],
  // The unit line: a colon read as a semicolon (单位;万元).
  [/^单位[;；]/u, '单位：'],
];

function mendWords(text: string): string {
  return MISREAD.reduce((s, [re, by]) => s.replace(re, by), text);
}
