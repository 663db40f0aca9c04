import { FUNCTION_CLASSES } from '../../model/classification.js';
import type { Finding, Row, Table, TableKind } from '../../model/index.js';
import type { Rule } from '../rule.js';

// The summary tables print their lists (income sources, the expenditure 类) with Chinese ordinals 一、二、…; a row
// left out — most often a blank 类 — shows as a gap in the ordinals, or, at the end of the full national list, as a
// list that stops before the last 类 (234 抗疫特别国债安排的支出, in the lists since 2020).
const KINDS: readonly TableKind[] = ['budget-summary', 'fiscal-summary', 'final-summary', 'final-fiscal-summary', 'sh-budget-summary'];
const DIGITS = '一二三四五六七八九';
const FULL_LIST = 20;
const LAST_CLASS = '234';

/** The value of a Chinese ordinal from 一 to 九十九, or undefined. */
export function chineseOrdinal(s: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return undefined;
  const [, tens = '', ten = '', ones = ''] = m;
  if (!ten) return tens && !ones ? DIGITS.indexOf(tens) + 1 : undefined;
  return (tens ? DIGITS.indexOf(tens) + 1 : 1) * 10 + (ones ? DIGITS.indexOf(ones) + 1 : 0);
}

// Inverse of chineseOrdinal, for naming the missing ordinals.
const toChinese = (n: number): string => {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const d = (k: number): string => DIGITS[k - 1] ?? '';
  return tens === 0 ? d(ones) : `${tens === 1 ? '' : d(tens)}十${ones ? d(ones) : ''}`;
};

interface Entry {
  row: Row;
  n: number;
  /** The 类 code, from the row or its name (also a name cut short by a wrapped cell). */
  code: string | undefined;
}

function classCode(row: Row, name: string): string | undefined {
  if (row.code?.length === 3) return row.code;
  // Income sources (三、国有资本经营预算) read like a 类 cut short; only the expenditure side lists 类.
  if (row.side === 'income') return undefined;
  const exact = FUNCTION_CLASSES[name];
  if (exact) return exact;
  if (name.length < 4) return undefined;
  const prefixed = Object.entries(FUNCTION_CLASSES).filter(([k]) => k.startsWith(name));
  return prefixed.length === 1 ? prefixed[0]?.[1] : undefined;
}

function entries(t: Table): Map<string, Entry[]> {
  const bySide = new Map<string, Entry[]>();
  for (const row of t.rows) {
    const m = /^([一二三四五六七八九十]+)、(.*)$/.exec(row.name.replace(/\s+/g, ''));
    const n = m ? chineseOrdinal(m[1] ?? '') : undefined;
    if (!m || n === undefined) continue;
    const side = row.side ?? '';
    const list = bySide.get(side) ?? [];
    list.push({ row, n, code: classCode(row, m[2] ?? '') });
    bySide.set(side, list);
  }
  return bySide;
}

function finding(t: Table, e: Entry, kind: string, expected: string, extra: Record<string, string> = {}): Finding {
  return {
    rule: 'class-list-complete',
    severity: 'warning',
    location: e.row.pos,
    expected,
    actual: kind === 'list-end' ? (e.code ?? '') : toChinese(e.n),
    params: { table: t.title, row: e.row.name.trim(), side: e.row.side ?? '', kind, ...extra },
  };
}

function checkList(t: Table, list: readonly Entry[]): Finding[] {
  const out: Finding[] = [];
  const codes = list.flatMap((e) => (e.code ? [e] : []));
  for (let i = 1; i < codes.length; i++) {
    const [a, b] = [codes[i - 1], codes[i]];
    if (a?.code && b?.code && b.code <= a.code) out.push(finding(t, b, 'code-order', `> ${a.code}`, { code: b.code }));
  }
  const last = list[list.length - 1];
  const recent = t.year === undefined || t.year >= 2020;
  if (last && list.length >= FULL_LIST && codes.length >= FULL_LIST && recent && last.code !== undefined && last.code !== LAST_CLASS) {
    out.push(finding(t, last, 'list-end', LAST_CLASS));
  }
  return out;
}

function checkSide(t: Table, side: readonly Entry[]): Finding[] {
  const out: Finding[] = [];
  let list: Entry[] = [];
  let prev = 0;
  for (const e of side) {
    if (e.n === 1 && prev !== 0) {
      out.push(...checkList(t, list));
      list = [];
    } else if (e.n !== prev + 1) {
      const missing = e.n > prev + 1 ? Array.from({ length: e.n - prev - 1 }, (_, k) => toChinese(prev + 1 + k)).join('、') : toChinese(prev + 1);
      out.push(finding(t, e, e.n > prev + 1 ? 'gap' : 'out-of-order', missing));
    }
    list.push(e);
    prev = e.n;
  }
  out.push(...checkList(t, list));
  return out;
}

/** The numbered lists of the summary tables run 一、二、三… without a gap, and the full list of 类 ends with the last 类. */
export const classListComplete: Rule = {
  id: 'class-list-complete',
  title: '总表类级科目完整',
  category: 'completeness',
  severity: 'warning',
  docs: 'In the summary tables (收支总表, 财政拨款收支总表 and their final-accounts versions) the rows numbered 一、二、三… run without a gap or repeat (a new list restarts at 一), their 类 codes ascend, and a full list of the national 类 (20 or more) ends with 234 抗疫特别国债安排的支出: a row left out, often a blank 类, shows as a gap.',
  check: (doc) => doc.tables.filter((t) => KINDS.includes(t.kind) && !t.noData).flatMap((t) => [...entries(t).values()].flatMap((side) => checkSide(t, side))),
};
