// Placing one body line's tokens among a page's columns (align.ts learns the columns over all lines): an
// order-preserving match at least total cost, where a token either joins a column or opens a new one.
import { type Column, columnKind } from './columns.js';
import { grown, newTables } from './scratch.js';
import { centre, type Token, type TokenKind } from './tokens.js';

// Cost of putting a token of one kind (row) into a column of another kind (column). Codes and bare
// integers sit well in amount columns of integer tables; text never goes into an amount column.
// Kinds are numbered amount 0, int 1, text 2, and the table is flat: token kind * 3 + column kind.
const KIND_CODE: Record<TokenKind, number> = { amount: 0, int: 1, text: 2 };
const KIND_COST = Float64Array.of(...[0, 6, 40], ...[6, 0, 20], ...[40, 30, 0]);

/** Cost of opening a new column for one token. */
const NEW_COLUMN = 12;
/** Extra cost of opening it out of positional order (right of a column that lies right of the token, or vice versa). */
const OUT_OF_ORDER = 20;

// Scratch space shared by every placement (one per body line per pass), grown when a line needs more:
// the columns' means as meanSpan computes them (3 per column), their kinds (-1 for none), the cost and
// step tables of the match, and the placements returned.
let means = new Float64Array(48);
let kinds = new Int8Array(16);
let tables = newTables();
let placed = new Int32Array(16);

/** Read the columns' means and kinds into the scratch space for the placements that follow. */
export function loadColumns(cols: readonly Column[]): void {
  if (kinds.length < cols.length) {
    means = new Float64Array(6 * cols.length);
    kinds = new Int8Array(2 * cols.length);
  }
  cols.forEach((c, j) => {
    const start = c.n === 0 ? 0 : c.sumStart / c.n;
    const end = c.n === 0 ? 0 : c.sumEnd / c.n;
    means[3 * j] = start;
    means[3 * j + 1] = end;
    means[3 * j + 2] = (start + end) / 2;
    const kind = columnKind(c);
    kinds[j] = kind === undefined ? -1 : KIND_CODE[kind];
  });
}

/** Below any -(b + 1) a placement can take: marks a token the match did not place. */
export const UNPLACED = -0x3fffffff;

// The result gives per token (the first tokens.length entries) the column index it joins, or -(b + 1) for
// a new column inserted before column b. It is scratch space, valid until the next call.
/** Order-preserving placement of a line's tokens among the m loaded columns at least total cost. */
export function placeLine(tokens: readonly Token[], m: number): Int32Array {
  const n = tokens.length;
  const W = m + 1;
  // Every entry is written below, so the tables need no clearing.
  tables = grown(tables, (n + 1) * W);
  const { cost, step } = tables;
  // cost[i][j]: best cost with the first i tokens placed and the first j columns passed, reached by
  // matching token i-1 to column j-1 (step 1), skipping column j-1 (2) or opening a column for token i-1
  // before column j (3). Candidates are tried as match, new column, skip, and only a strictly better one
  // replaces the best so far: on equal costs a match wins, then a new column.
  cost[0] = 0;
  step[0] = 0;
  for (let j = 1; j <= m; j++) {
    cost[j] = cost[j - 1] ?? Infinity;
    step[j] = 2;
  }
  for (let i = 1; i <= n; i++) {
    const t = tokens[i - 1];
    const ts = t ? t.start : 0;
    const te = t ? t.end : 0;
    const tc = t ? centre(t) : 0;
    const row = t ? 3 * KIND_CODE[t.kind] : 0;
    const up = (i - 1) * W;
    const here = i * W;
    for (let j = 0; j <= m; j++) {
      let best = Infinity;
      let how = 0;
      if (j > 0) {
        const pos = Math.min(Math.abs(ts - (means[3 * j - 3] ?? 0)), Math.abs(te - (means[3 * j - 2] ?? 0)), Math.abs(tc - (means[3 * j - 1] ?? 0)));
        const kind = kinds[j - 1] ?? -1;
        best = (cost[up + j - 1] ?? Infinity) + (pos + (kind < 0 ? 0 : (KIND_COST[row + kind] ?? 0)));
        how = 1;
      }
      // Out of order: t left of the centre of the column before it, or right of the one after it.
      const disorder = (j > 0 && tc < (means[3 * j - 1] ?? 0)) || (j < m && tc > (means[3 * j + 2] ?? 0)) ? OUT_OF_ORDER : 0;
      const opened = (cost[up + j] ?? Infinity) + NEW_COLUMN + disorder;
      if (opened < best) {
        best = opened;
        how = 3;
      }
      if (j > 0 && (cost[here + j - 1] ?? Infinity) < best) {
        best = cost[here + j - 1] ?? Infinity;
        how = 2;
      }
      cost[here + j] = best;
      step[here + j] = best === Infinity ? 0 : how;
    }
  }
  // Every token is placed on the way back (UNPLACED never survives, but the caller skips it).
  if (placed.length < n) placed = new Int32Array(2 * n);
  const out = placed;
  out.fill(UNPLACED, 0, n);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = step[i * W + j];
    if (s === 1) {
      out[i - 1] = j - 1;
      i--;
      j--;
    } else if (s === 2) j--;
    else if (s === 3) {
      out[i - 1] = -(j + 1);
      i--;
    } else break;
  }
  return out;
}
