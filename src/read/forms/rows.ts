// One printed row of an indicator block → its left half (实施期/中期) and right half (年度).
// Columns shift from form to form and row to row (merged cells lost, an empty 一级 column dropped),
// so a row is read as a sequence of typed tokens; column positions only settle ambiguous cases.
import type { SourceLine } from '../lines/types.js';
import { looksLikeValue } from './measure.js';
import { tokensOf, type Token } from './text.js';
import { headerWordOf, isBlockLabel, level1Of, level2Of, type Level1Word } from './vocabulary.js';

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

/** A typed token of an indicator row. */
export interface RowToken extends Token {
  kind: 'l1' | 'l2' | 'task' | 'x';
  level1?: Level1Word;
  /** The 二级 name, for l2 tokens. */
  level2?: string;
  /** Two 二级 names ran together in this cell. */
  double?: boolean;
}

/** One half of a row: its labels and its free cells (三级 name, 指标值, and in self-evaluations more). */
export interface Half {
  l1?: RowToken;
  l2?: RowToken;
  task?: RowToken;
  xs: RowToken[];
  /** What was dropped or guessed while splitting, for diagnostics. */
  notes: { code: string; message: string; token: RowToken }[];
}

/** Header columns when the line is an indicator header (`一级指标→二级指标→三级指标→指标值→…`). */
export function headerColumns(line: SourceLine): IndicatorColumns | undefined {
  const found: { word: string; col: number }[] = [];
  for (const t of tokensOf(line)) {
    const w = headerWordOf(t.text);
    if (w) found.push({ word: w, col: t.col });
  }
  const cols = (w: string): number[] => found.filter((f) => f.word === w).map((f) => f.col);
  const l2 = cols('l2');
  const name = cols('name');
  const value = cols('value');
  if (name.length === 0 || (l2.length === 0 && value.length === 0)) return undefined;
  const n0 = name[0]!;
  const l2a = l2[0] ?? n0 - 1;
  const out: IndicatorColumns = {
    l1: cols('l1')[0] ?? l2a - 1,
    l2: [l2a, l2[1]],
    name: [n0, name[1]],
    value: [value[0] ?? n0 + 1, value[1] ?? (name[1] !== undefined ? name[1] + 1 : undefined)],
    halves: name.length >= 2 || l2.length >= 2 ? 2 : 1,
  };
  if (out.halves === 2 && out.name[1] === undefined) out.name[1] = (out.l2[1] ?? n0 + 3) + 1;
  if (out.halves === 2 && out.l2[1] === undefined) out.l2[1] = (out.name[1] ?? n0 + 4) - 1;
  if (out.halves === 2 && out.value[1] === undefined) out.value[1] = (out.name[1] ?? n0 + 4) + 1;
  const actual = cols('actual')[0];
  const reason = cols('reason')[0];
  const score = cols('score')[0];
  if (actual !== undefined) out.actual = actual;
  if (reason !== undefined) out.reason = reason;
  if (score !== undefined) out.score = score;
  return out;
}

/** Default columns when a block has no readable header: 一级, then 二级/三级/指标值 twice. */
export const DEFAULT_COLUMNS: IndicatorColumns = { l1: 1, l2: [2, 5], name: [3, 6], value: [4, 7], halves: 2 };

/** The typed tokens of a row; cells that label the block (绩效指标) are dropped. */
export function rowTokens(line: SourceLine): RowToken[] {
  const out: RowToken[] = [];
  for (const t of tokensOf(line)) {
    if (isBlockLabel(t.text)) continue;
    const l1 = level1Of(t.text);
    if (l1) {
      out.push({ ...t, kind: 'l1', level1: l1 });
      continue;
    }
    const l2 = level2Of(t.text);
    if (l2) {
      out.push({ ...t, kind: 'l2', level2: l2.name, double: l2.double });
      continue;
    }
    out.push({ ...t, kind: /^任务\s*\d+$/.test(t.text) ? 'task' : 'x' });
  }
  return out;
}

const closer = (col: number, a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && b !== undefined && Math.abs(col - a) < Math.abs(col - b);

// How far the row's cells sit from the header's columns, judged by its first token.
function offsetOf(first: RowToken | undefined, cols: IndicatorColumns): number {
  if (!first) return 0;
  if (first.kind === 'l1') return first.col - cols.l1;
  if (first.kind === 'l2') {
    const right = cols.halves === 2 && closer(first.col, cols.l2[1], cols.l2[0]);
    return first.col - (right ? (cols.l2[1] ?? cols.l2[0]) : cols.l2[0]);
  }
  return first.col - (cols.l2[0] + 1);
}

/** Split a row's tokens into its left (period) and right (year) halves. */
export function splitRow(toks: readonly RowToken[], cols: IndicatorColumns): [Half, Half] {
  const halves: [Half, Half] = [{ xs: [], notes: [] }, { xs: [], notes: [] }];
  const two = cols.halves === 2;
  // A row that opens with a label tells how far it is shifted; one that opens with a free cell does
  // not (its name may have slid left alone), so its cells are taken where they stand.
  const off = toks[0]?.kind === 'x' ? 0 : offsetOf(toks[0], cols);
  let cur = 0;
  toks.forEach((t, i) => {
    const h = halves[cur]!;
    const adj = t.col - off;
    if (t.kind === 'l1') {
      if (cur === 0 && !h.l2 && h.xs.length === 0) {
        if (h.l1) h.notes.push({ code: 'form-indicator-stray-label', message: `second 一级 cell ${t.text} ignored`, token: t });
        h.l1 = t;
      } else h.notes.push({ code: 'form-indicator-stray-label', message: `一级 cell ${t.text} out of place, ignored`, token: t });
      return;
    }
    if (t.kind === 'l2') {
      if (t.double) h.notes.push({ code: 'form-indicator-merged-labels', message: `cell ${t.text} holds two 二级 names; read as ${t.level2}`, token: t });
      if (!h.l2 && h.xs.length === 0 && !h.task) {
        // An empty left half whose first label sits in the right half's column: the row only has a right half.
        if (cur === 0 && two && !h.l1 && i === 0 && closer(t.col, cols.l2[1], cols.l2[0])) cur = 1;
        halves[cur]!.l2 = t;
        return;
      }
      if (h.xs.length === 0 && !h.task) {
        // 服务对象满意度→服务对象满意度指标→100%: a label word used as the 三级 name, told apart from two
        // competing labels (生态效益指标→社会效益指标→减少事故发生…) by naming the same category or being followed by a value.
        const next = toks[i + 1];
        const sameCategory = level2Of(h.l2?.text ?? '')?.core === level2Of(t.text)?.core;
        if (freeTokensBeforeNextLabel(toks, i + 1) === 1 && next && (sameCategory || looksLikeValue(next.text) || next.text.length <= 6)) {
          h.xs.push({ ...t, kind: 'x' });
          return;
        }
        if (cur === 0 && two && closer(adj, cols.l2[1], cols.l2[0])) {
          cur = 1;
          halves[1].l2 = t;
          return;
        }
        if (h.l2 && h.l2.text !== t.text)
          h.notes.push({ code: 'form-indicator-label-conflict', message: `two 二级 cells ${h.l2.text} and ${t.text}; the nearer one, ${t.text}, is used`, token: t });
        h.l2 = t;
        return;
      }
      if (cur === 0 && two) {
        cur = 1;
        halves[1].l2 = t;
        return;
      }
      h.notes.push({ code: 'form-indicator-stray-label', message: `二级 cell ${t.text} after the indicator, ignored`, token: t });
      return;
    }
    if (t.kind === 'task') {
      h.task = t;
      return;
    }
    if (cur === 0 && two) {
      const n = h.xs.length;
      const valueAfterName = n === 1 && looksLikeValue(t.text) && !looksLikeValue(h.xs[0]?.text ?? '');
      if (n >= 2 || (n === 1 && !valueAfterName && closer(adj, cols.name[1], cols.value[0]))) cur = 1;
      else if (n === 1 && h.xs[0]?.text === t.text && toks[i + 1]?.kind === 'x') {
        // 培训讲师→培训讲师→≥1人: a merged name cell printed twice.
        h.notes.push({ code: 'form-indicator-duplicate-cell', message: `cell ${t.text} repeats the name, ignored`, token: t });
        return;
      }
    }
    halves[cur]!.xs.push(t);
  });
  return halves;
}

function freeTokensBeforeNextLabel(toks: readonly RowToken[], from: number): number {
  let n = 0;
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'l2' || t.kind === 'l1') break;
    if (t.kind === 'x') n++;
  }
  return n;
}
