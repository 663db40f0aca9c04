// Columns of a table page from its body rows. pdftotext places each printed fragment at a character
// column that depends on everything drawn to its left on the page, so CJK names shift later columns by a
// few characters from row to row; positions are only roughly shared. The rows are therefore aligned one
// by one (rows with the most tokens first) to a growing list of columns by an order-preserving match that
// weighs distance (to the column's mean start, end or centre, whichever fits: amounts are right-aligned,
// names left-aligned, labels centred) and kind (amounts, codes, text), opening a new column when nothing fits.
import { centre, type Token, type TokenKind } from './tokens.js';

/** A column being learnt from tokens. */
export interface Column {
  n: number;
  sumStart: number;
  sumEnd: number;
  minStart: number;
  maxEnd: number;
  kinds: Record<TokenKind, number>;
}

/** An empty column. */
export function newColumn(): Column {
  return { n: 0, sumStart: 0, sumEnd: 0, minStart: Infinity, maxEnd: -Infinity, kinds: { amount: 0, int: 0, text: 0 } };
}

/** Add a token's span and kind to a column. */
export function addToken(c: Column, t: { start: number; end: number; kind: TokenKind }): void {
  c.n++;
  c.sumStart += t.start;
  c.sumEnd += t.end;
  c.minStart = Math.min(c.minStart, t.start);
  c.maxEnd = Math.max(c.maxEnd, t.end);
  c.kinds[t.kind]++;
}

/** Mean start, end and centre of a column's tokens. */
export function meanSpan(c: Column): { start: number; end: number; centre: number } {
  if (c.n === 0) return { start: 0, end: 0, centre: 0 };
  const start = c.sumStart / c.n;
  const end = c.sumEnd / c.n;
  return { start, end, centre: (start + end) / 2 };
}

/** Dominant kind of a column; undefined when it has no tokens. */
export function columnKind(c: Column): TokenKind | undefined {
  if (c.n === 0) return undefined;
  const { amount, int, text } = c.kinds;
  if (amount >= int && amount >= text) return 'amount';
  return int >= text ? 'int' : 'text';
}

// Cost of putting a token of one kind (row) into a column of another kind (column). Codes and bare
// integers sit well in amount columns of integer tables; text never goes into an amount column.
const KIND_COST: Record<TokenKind, Record<TokenKind, number>> = {
  amount: { amount: 0, int: 6, text: 40 },
  int: { amount: 6, int: 0, text: 20 },
  text: { amount: 40, int: 30, text: 0 },
};
/** More columns than this on one page is not a printed table; the caller leaves such text as prose. */
export const MAX_COLUMNS = 64;

/** Cost of opening a new column for one token. */
const NEW_COLUMN = 12;
/** Extra cost of opening it out of positional order (right of a column that lies right of the token, or vice versa). */
const OUT_OF_ORDER = 20;

/** Cost of matching a token to a column. */
export function tokenCost(t: Token, c: Column): number {
  const m = meanSpan(c);
  const kind = columnKind(c);
  const pos = Math.min(Math.abs(t.start - m.start), Math.abs(t.end - m.end), Math.abs(centre(t) - m.centre));
  return pos + (kind === undefined ? 0 : KIND_COST[t.kind][kind]);
}

/** One token's place: an existing column index, or a new column inserted before column `before`. */
export type Placement = { col: number } | { before: number };

/** Penalty for a new column holding t between columns left and right when t lies outside them. */
function disorder(t: Token, left: Column | undefined, right: Column | undefined): number {
  const x = centre(t);
  if (left && x < meanSpan(left).centre) return OUT_OF_ORDER;
  if (right && x > meanSpan(right).centre) return OUT_OF_ORDER;
  return 0;
}

/** Order-preserving placement of a line's tokens among the columns at least total cost. */
export function placeLine(tokens: readonly Token[], cols: readonly Column[]): Placement[] {
  const n = tokens.length;
  const m = cols.length;
  const W = m + 1;
  // cost[i][j]: best cost with the first i tokens placed and the first j columns passed.
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const step = new Int8Array((n + 1) * W); // 1 match, 2 skip column, 3 new column
  cost[0] = 0;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      const here = cost[i * W + j] ?? Infinity;
      if (here === Infinity) continue;
      const relax = (k: number, v: number, s: number): void => {
        if (v < (cost[k] ?? Infinity)) {
          cost[k] = v;
          step[k] = s;
        }
      };
      const t = tokens[i];
      const c = cols[j];
      if (t && c) relax((i + 1) * W + j + 1, here + tokenCost(t, c), 1);
      if (c) relax(i * W + j + 1, here, 2);
      if (t) relax((i + 1) * W + j, here + NEW_COLUMN + disorder(t, cols[j - 1], c), 3);
    }
  const out: Placement[] = new Array<Placement>(n);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = step[i * W + j];
    if (s === 1) {
      out[i - 1] = { col: j - 1 };
      i--;
      j--;
    } else if (s === 2) j--;
    else if (s === 3) {
      out[i - 1] = { before: j };
      i--;
    } else break;
  }
  return out;
}

/** Columns learnt from body lines and, for every line, the column index of each of its tokens. */
export interface BodyColumns {
  cols: Column[];
  /** For each input line, the column of each token (same order as the tokens). */
  assign: number[][];
}

/**
 * Place lines in the given order against `judge` (whose statistics decide), recording tokens into `record`;
 * a new column is opened in both lists, and indices already handed out are shifted past it.
 */
function placeAll(lines: readonly (readonly Token[])[], order: readonly number[], judge: Column[], record: Column[]): number[][] {
  const assign: number[][] = lines.map(() => []);
  for (const li of order) {
    const toks = lines[li] ?? [];
    if (toks.length === 0 || judge.length > MAX_COLUMNS) continue;
    const places = placeLine(toks, judge);
    const idx: number[] = [];
    let inserted = 0;
    places.forEach((p, k) => {
      const t = toks[k];
      if (!t) return;
      if ('col' in p) {
        const at = p.col + inserted;
        const c = record[at];
        if (c) addToken(c, t);
        idx.push(at);
        return;
      }
      const at = p.before + inserted;
      const opened = newColumn();
      addToken(opened, t);
      judge.splice(at, 0, opened);
      if (record !== judge) {
        const copy = newColumn();
        addToken(copy, t);
        record.splice(at, 0, copy);
      }
      inserted++;
      for (const row of assign) row.forEach((v, q) => (row[q] = v >= at ? v + 1 : v));
      idx.push(at);
    });
    assign[li] = idx;
  }
  return assign;
}

/** Learn a page's columns from its body lines (rows with most tokens first), then place every line again; undefined when too wide. */
export function alignBody(lines: readonly (readonly Token[])[]): BodyColumns | undefined {
  const order = lines.map((_, i) => i).sort((a, b) => (lines[b]?.length ?? 0) - (lines[a]?.length ?? 0) || a - b);
  const learnt: Column[] = [];
  placeAll(lines, order, learnt, learnt);
  if (learnt.length > MAX_COLUMNS) return undefined;
  // Second pass against the learnt means, so the first rows are judged like the last ones.
  const judge = learnt.filter((c) => c.n > 0).sort((a, b) => meanSpan(a).centre - meanSpan(b).centre);
  const record = judge.map(() => newColumn());
  const assign = placeAll(
    lines,
    lines.map((_, i) => i),
    judge,
    record,
  );
  if (judge.length > MAX_COLUMNS) return undefined;
  const keep = new Map<number, number>();
  const cols: Column[] = [];
  record.forEach((c, i) => {
    if (c.n > 0) {
      keep.set(i, cols.length);
      cols.push(c);
    }
  });
  return { cols, assign: assign.map((row) => row.map((v) => keep.get(v) ?? 0)) };
}
