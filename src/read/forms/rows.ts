// One printed row of an indicator block → its left half (实施期/中期) and right half (年度).
// Columns shift from form to form and row to row (merged cells lost, an empty 一级 column dropped),
// so a row is read as a sequence of typed tokens; column positions only settle ambiguous cases.
import type { SourceLine } from '../lines/types.js';
import { RecentLines, tokensOf, type Token } from './tokens.js';
import type { HeaderWord } from './vocabulary.js';

/** Where the header of an indicator block put each column (indexes into a line's cells). */
export interface IndicatorColumns {
  l1: number;
  l2: [number, number?];
  name: [number, number?];
  value: [number, number?];
  actual?: number;
  reason?: number;
  score?: number;
  /** 2 when the block gives the period and the year side by side. */
  halves: 1 | 2;
}

/**
 * A token of an indicator row; its kind (`t.info.rowKind`: 一级, 二级, 任务N or a free cell) and its
 * 一级/二级 words come with the text.
 */
export type RowToken = Token;

/** One half of a row: its labels and its free cells (三级 name, 指标值, and in self-evaluations more). */
export interface Half {
  l1?: RowToken;
  l2?: RowToken;
  task?: RowToken;
  xs: RowToken[];
  /** What was dropped or guessed while splitting, for diagnostics (made on the first note). */
  notes?: { code: string; message: string; token: RowToken }[];
}

/** Header columns when the line is an indicator header (`一级指标→二级指标→三级指标→指标值→…`). */
export function headerColumns(line: SourceLine): IndicatorColumns | undefined {
  const toks = tokensOf(line);
  // Asked of every line: most have no 三级指标 cell and are no header.
  if (!toks.some(namesColumn)) return undefined;
  // The first and second column of each word; only those are used.
  const first: Partial<Record<HeaderWord, number>> = {};
  const second: Partial<Record<HeaderWord, number>> = {};
  for (const t of toks) {
    const w = t.info.headerWord;
    if (!w) continue;
    if (first[w] === undefined) first[w] = t.col;
    else if (second[w] === undefined) second[w] = t.col;
  }
  const n0 = first.name;
  if (n0 === undefined || (first.l2 === undefined && first.value === undefined)) return undefined;
  const l2a = first.l2 ?? n0 - 1;
  const out: IndicatorColumns = {
    l1: first.l1 ?? l2a - 1,
    l2: [l2a, second.l2],
    name: [n0, second.name],
    value: [first.value ?? n0 + 1, second.value ?? (second.name !== undefined ? second.name + 1 : undefined)],
    halves: second.name !== undefined || second.l2 !== undefined ? 2 : 1,
  };
  if (out.halves === 2 && out.name[1] === undefined) out.name[1] = (out.l2[1] ?? n0 + 3) + 1;
  if (out.halves === 2 && out.l2[1] === undefined) out.l2[1] = (out.name[1] ?? n0 + 4) - 1;
  if (out.halves === 2 && out.value[1] === undefined) out.value[1] = (out.name[1] ?? n0 + 4) + 1;
  const actual = first.actual;
  const reason = first.reason;
  const score = first.score;
  if (actual !== undefined) out.actual = actual;
  if (reason !== undefined) out.reason = reason;
  if (score !== undefined) out.score = score;
  return out;
}

const namesColumn = (t: Token): boolean => t.info.headerWord === 'name';

/** Default columns when a block has no readable header: 一级, then 二级/三级/指标值 twice. */
export const DEFAULT_COLUMNS: IndicatorColumns = { l1: 1, l2: [2, 5], name: [3, 6], value: [4, 7], halves: 2 };

const recentRows = new RecentLines<readonly RowToken[]>();

/** The tokens of a row without the cells that label the block (绩效指标). Shared with other callers: never change them. */
export function rowTokens(line: SourceLine): readonly RowToken[] {
  return recentRows.get(line, typeRow);
}

function typeRow(line: SourceLine): readonly RowToken[] {
  const toks = tokensOf(line);
  return toks.some(labelsBlock) ? toks.filter((t) => !t.info.blockLabel) : toks;
}

const labelsBlock = (t: Token): boolean => t.info.blockLabel;

const closer = (col: number, a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && b !== undefined && Math.abs(col - a) < Math.abs(col - b);

// How far the row's cells sit from the header's columns, judged by its first token.
function offsetOf(first: RowToken | undefined, cols: IndicatorColumns): number {
  if (!first) return 0;
  const kind = first.info.rowKind;
  if (kind === 'l1') return first.col - cols.l1;
  if (kind === 'l2') {
    const right = cols.halves === 2 && closer(first.col, cols.l2[1], cols.l2[0]);
    return first.col - (right ? (cols.l2[1] ?? cols.l2[0]) : cols.l2[0]);
  }
  return first.col - (cols.l2[0] + 1);
}

/** Split a row's tokens into its left (period) and right (year) halves. */
export function splitRow(toks: readonly RowToken[], cols: IndicatorColumns): [Half, Half] {
  const halves: [Half, Half] = [emptyHalf(), emptyHalf()];
  const two = cols.halves === 2;
  // A row that opens with a label tells how far it is shifted; one that opens with a free cell does
  // not (its name may have slid left alone), so its cells are taken where they stand.
  const off = toks[0]?.info.rowKind === 'x' ? 0 : offsetOf(toks[0], cols);
  let cur = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const h = halves[cur]!;
    const adj = t.col - off;
    const kind = t.info.rowKind;
    if (kind === 'l1') {
      if (cur === 0 && !h.l2 && h.xs.length === 0) {
        if (h.l1) note(h, 'form-indicator-stray-label', `second 一级 cell ${t.text} ignored`, t);
        h.l1 = t;
      } else note(h, 'form-indicator-stray-label', `一级 cell ${t.text} out of place, ignored`, t);
      continue;
    }
    if (kind === 'l2') {
      if (t.info.level2?.double) note(h, 'form-indicator-merged-labels', `cell ${t.text} holds two 二级 names; read as ${t.info.level2.name}`, t);
      if (!h.l2 && h.xs.length === 0 && !h.task) {
        // An empty left half whose first label sits in the right half's column: the row only has a right half.
        if (cur === 0 && two && !h.l1 && i === 0 && closer(t.col, cols.l2[1], cols.l2[0])) cur = 1;
        halves[cur]!.l2 = t;
        continue;
      }
      if (h.xs.length === 0 && !h.task) {
        // 服务对象满意度→服务对象满意度指标→100%: a label word used as the 三级 name, told apart from two
        // competing labels (生态效益指标→社会效益指标→减少事故发生…) by naming the same category or being followed by a value.
        const next = toks[i + 1];
        const sameCategory = h.l2?.info.level2?.core === t.info.level2?.core;
        if (freeTokensBeforeNextLabel(toks, i + 1) === 1 && next && (sameCategory || next.info.isValue || next.text.length <= 6)) {
          h.xs.push(t);
          continue;
        }
        if (cur === 0 && two && closer(adj, cols.l2[1], cols.l2[0])) {
          cur = 1;
          halves[1].l2 = t;
          continue;
        }
        if (h.l2 && h.l2.text !== t.text)
          note(h, 'form-indicator-label-conflict', `two 二级 cells ${h.l2.text} and ${t.text}; the nearer one, ${t.text}, is used`, t);
        h.l2 = t;
        continue;
      }
      if (cur === 0 && two) {
        cur = 1;
        halves[1].l2 = t;
        continue;
      }
      note(h, 'form-indicator-stray-label', `二级 cell ${t.text} after the indicator, ignored`, t);
      continue;
    }
    if (kind === 'task') {
      h.task = t;
      continue;
    }
    if (cur === 0 && two) {
      const n = h.xs.length;
      const valueAfterName = n === 1 && t.info.isValue && !(h.xs[0]?.info.isValue ?? false);
      if (n >= 2 || (n === 1 && !valueAfterName && closer(adj, cols.name[1], cols.value[0]))) cur = 1;
      else if (n === 1 && h.xs[0]?.text === t.text && toks[i + 1]?.info.rowKind === 'x') {
        // 培训讲师→培训讲师→≥1人: a merged name cell printed twice.
        note(h, 'form-indicator-duplicate-cell', `cell ${t.text} repeats the name, ignored`, t);
        continue;
      }
    }
    halves[cur]!.xs.push(t);
  }
  return halves;
}

function note(h: Half, code: string, message: string, token: RowToken): void {
  (h.notes ??= []).push({ code, message, token });
}

function emptyHalf(): Half {
  return { l1: undefined, l2: undefined, task: undefined, xs: [], notes: undefined };
}

function freeTokensBeforeNextLabel(toks: readonly RowToken[], from: number): number {
  let n = 0;
  for (let i = from; i < toks.length; i++) {
    const kind = toks[i]!.info.rowKind;
    if (kind === 'l2' || kind === 'l1') break;
    if (kind === 'x') n++;
  }
  return n;
}
