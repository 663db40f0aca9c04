// Columns of a table page from its body rows. pdftotext places each printed fragment at a character
// column that depends on everything drawn to its left on the page, so CJK names shift later columns by a
// few characters from row to row; positions are only roughly shared. The rows are therefore aligned one
// by one (rows with the most tokens first) to a growing list of columns by an order-preserving match that
// weighs distance (to the column's mean start, end or centre, whichever fits: amounts are right-aligned,
// names left-aligned, labels centred) and kind (amounts, codes, text), opening a new column when nothing fits.
import { addToken, type Column, meanSpan, newColumn } from './columns.js';
import { loadColumns, placeLine, UNPLACED } from './place.js';
import type { Token } from './tokens.js';

/** More columns than this on one page is not a printed table; the caller leaves such text as prose. */
export const MAX_COLUMNS = 64;

/** Columns learnt from body lines and, for every line, the column index of each of its tokens. */
export interface BodyColumns {
  cols: Column[];
  /** For each input line, the column of each token (same order as the tokens). */
  assign: number[][];
}

/** Columns that decide placements (judge) and columns that record the placed tokens (record), maybe the same list. */
interface Placer {
  judge: Column[];
  record: Column[];
  /** Whether the judge's means changed since they were loaded: it recorded tokens itself or gained a column. */
  stale: boolean;
}

// A new column is opened in both lists and reported to `opened`, so indices already handed out can be shifted past it.
/** Place one line's tokens against the judge, recording them into the record; their column indices. */
function placeRow(p: Placer, toks: readonly Token[], opened: (at: number) => void): number[] {
  if (p.stale) loadColumns(p.judge);
  const places = placeLine(toks, p.judge.length);
  p.stale = p.judge === p.record;
  const idx: number[] = [];
  let inserted = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const place = places[k] ?? UNPLACED;
    if (!t || place === UNPLACED) continue;
    if (place >= 0) {
      const at = place + inserted;
      const c = p.record[at];
      if (c) addToken(c, t);
      idx.push(at);
      continue;
    }
    const at = -place - 1 + inserted;
    const column = newColumn();
    addToken(column, t);
    p.judge.splice(at, 0, column);
    if (p.record !== p.judge) {
      const copy = newColumn();
      addToken(copy, t);
      p.record.splice(at, 0, copy);
    }
    inserted++;
    p.stale = true;
    opened(at);
    idx.push(at);
  }
  return idx;
}

/** Learn a page's columns from its body lines (rows with most tokens first), then place every line again; undefined when too wide. */
export function alignBody(lines: readonly (readonly Token[])[]): BodyColumns | undefined {
  const learnt: Column[] = [];
  const learner: Placer = { judge: learnt, record: learnt, stale: true };
  // The first pass only learns columns; where it put each token is decided again below.
  const ignore = (): void => undefined;
  const order = lines.map((_, i) => i).sort((a, b) => (lines[b]?.length ?? 0) - (lines[a]?.length ?? 0) || a - b);
  for (const li of order) {
    const toks = lines[li] ?? [];
    if (toks.length > 0 && learnt.length <= MAX_COLUMNS) placeRow(learner, toks, ignore);
  }
  if (learnt.length > MAX_COLUMNS) return undefined;
  // Second pass against the learnt means, so the first rows are judged like the last ones.
  const judge = learnt.filter((c) => c.n > 0).sort((a, b) => meanSpan(a).centre - meanSpan(b).centre);
  const record = judge.map(() => newColumn());
  const placer: Placer = { judge, record, stale: true };
  const assign: number[][] = lines.map(() => []);
  const shiftPast = (at: number): void => {
    for (const row of assign) for (let q = 0; q < row.length; q++) if ((row[q] ?? 0) >= at) row[q] = (row[q] ?? 0) + 1;
  };
  for (let li = 0; li < lines.length; li++) {
    const toks = lines[li] ?? [];
    if (toks.length > 0 && judge.length <= MAX_COLUMNS) assign[li] = placeRow(placer, toks, shiftPast);
  }
  if (judge.length > MAX_COLUMNS) return undefined;
  // Columns that received no token are dropped and the indices renumbered (0 for a dropped one).
  const keep: number[] = [];
  const cols: Column[] = [];
  for (const c of record) {
    keep.push(c.n > 0 ? cols.length : 0);
    if (c.n > 0) cols.push(c);
  }
  for (const row of assign) for (let q = 0; q < row.length; q++) row[q] = keep[row[q] ?? 0] ?? 0;
  return { cols, assign };
}
