// The columns of one table page: the body's columns (align.ts) named by the header's leaf labels, plus
// columns that only the header shows (blank in every row, e.g. 事业收入 in a table with fiscal money only).
import { alignBody, MAX_COLUMNS } from './align.js';
import { columnKind, meanSpan } from './columns.js';
import { childrenOf, findParents, fragmentsOf, gap, leafGroups, type LeafGroup } from './header.js';
import { newTables, ready } from './scratch.js';
import { centre, type Token, type TokenKind } from './tokens.js';

/** A column of a table page. */
export interface SegColumn {
  /** Kind of its body tokens; undefined for a column only the header shows. */
  kind: TokenKind | undefined;
  /** Mean start and end of its body tokens, or of its labels when it has none. */
  start: number;
  end: number;
  /** Envelope of everything placed in it. */
  minStart: number;
  maxEnd: number;
  /** Header texts placed in it, top to bottom. */
  labels: string[];
}

/** A table page's columns and where every header fragment and body token goes. */
export interface SegmentModel {
  cols: SegColumn[];
  /** Per header line, the column of each token. */
  header: number[][];
  /** Per body line, the column of each token. */
  body: number[][];
}

// A column whose rows carry amounts must get a label if any label is near; an unlabeled text column is
// less of a loss. A label left over costs little: it becomes a column of its own or joins a neighbour.
const UNLABELED_AMOUNT = 25;
const UNLABELED_OTHER = 10;
const LEFTOVER_LABEL = 3;
const JOIN_GAP = 2;

interface Env {
  start: number;
  end: number;
  centre: number;
}

function labelCost(g: LeafGroup, c: Env): number {
  return gap(g, c) + 0.3 * Math.abs(centre(g) - c.centre);
}

type Item = { body: number; group?: LeafGroup } | { orphan: LeafGroup };

let tables = newTables();

/** Order-preserving one-to-one match of leaf groups to body columns (both left to right). */
function matchLabels(groups: readonly LeafGroup[], envs: readonly Env[], kinds: readonly (TokenKind | undefined)[]): Item[] {
  const n = groups.length;
  const m = envs.length;
  const W = m + 1;
  tables = ready(tables, (n + 1) * W);
  const { cost, step } = tables; // steps: 1 match, 2 column unlabeled, 3 label left over
  cost[0] = 0;
  const relax = (k: number, v: number, s: number): void => {
    if (v < (cost[k] ?? Infinity)) {
      cost[k] = v;
      step[k] = s;
    }
  };
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      const here = cost[i * W + j] ?? Infinity;
      if (here === Infinity) continue;
      const g = groups[i];
      const e = envs[j];
      if (g && e) relax((i + 1) * W + j + 1, here + labelCost(g, e), 1);
      if (e) relax(i * W + j + 1, here + (kinds[j] === 'amount' ? UNLABELED_AMOUNT : UNLABELED_OTHER), 2);
      if (g) relax((i + 1) * W + j, here + LEFTOVER_LABEL, 3);
    }
  const items: Item[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = step[i * W + j];
    const g = groups[i - 1];
    if (s === 1 && g) {
      items.push({ body: j - 1, group: g });
      i--;
      j--;
    } else if (s === 2) {
      items.push({ body: j - 1 });
      j--;
    } else if (s === 3 && g) {
      items.push({ orphan: g });
      i--;
    } else break;
  }
  return items.reverse();
}

/** Index of the column whose envelope centre is nearest to x. */
function nearestColumn(cols: readonly SegColumn[], x: number): number {
  let best = 0;
  let bestD = Infinity;
  cols.forEach((c, i) => {
    const d = Math.abs((c.minStart + c.maxEnd) / 2 - x);
    if (d < bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

/** Build a page's column model from its header lines and body lines (tokens per line); undefined when too wide to be a table. */
export function buildSegment(headerLines: readonly (readonly Token[])[], bodyLines: readonly (readonly Token[])[]): SegmentModel | undefined {
  const body = alignBody(bodyLines);
  if (!body) return undefined;
  const envs: Env[] = body.cols.map((c) => {
    const m = meanSpan(c);
    return { start: c.minStart, end: c.maxEnd, centre: m.centre };
  });
  const kinds = body.cols.map(columnKind);
  const frags = fragmentsOf(headerLines);
  if (frags.length > MAX_COLUMNS * 8) return undefined;
  const parents = findParents(frags);
  const groups = leafGroups(frags, parents);
  const items = matchLabels(groups, envs, kinds);

  // Final columns in order; a left-over label joins a neighbouring body column it nearly touches.
  const cols: SegColumn[] = [];
  const bodyToCol = new Map<number, number>();
  const fragCol = new Map<number, number>();
  const place = (g: LeafGroup, col: number): void => {
    for (const id of g.ids) fragCol.set(id, col);
  };
  const bodyCol = (b: number): SegColumn => {
    const c = body.cols[b];
    const m = c ? meanSpan(c) : { start: 0, end: 0 };
    return { kind: kinds[b], start: m.start, end: m.end, minStart: c?.minStart ?? 0, maxEnd: c?.maxEnd ?? 0, labels: [] };
  };
  items.forEach((it) => {
    if ('body' in it) {
      bodyToCol.set(it.body, cols.length);
      cols.push(bodyCol(it.body));
      if (it.group) place(it.group, cols.length - 1);
    }
  });
  // Left-over labels: joined to an adjacent body column within JOIN_GAP, else inserted as their own column.
  let offset = 0;
  items.forEach((it, k) => {
    if (!('orphan' in it)) return;
    const g = it.orphan;
    let best: { col: number; d: number } | undefined;
    for (const nb of [items[k - 1], items[k + 1]]) {
      if (!nb || !('body' in nb)) continue;
      const e = envs[nb.body];
      const col = bodyToCol.get(nb.body);
      if (!e || col === undefined) continue;
      const d = gap(g, e);
      if (d <= JOIN_GAP && (!best || d < best.d)) best = { col, d };
    }
    if (best) place(g, best.col);
    else {
      const before = items.slice(0, k).filter((x) => 'body' in x).length + offset;
      cols.splice(before, 0, { kind: undefined, start: g.start, end: g.end, minStart: g.start, maxEnd: g.end, labels: [] });
      for (const [b, c] of bodyToCol) if (c >= before) bodyToCol.set(b, c + 1);
      for (const [id, c] of fragCol) if (c >= before) fragCol.set(id, c + 1);
      place(g, before);
      offset++;
    }
  });

  // Parents, lowest first so that a parent of parents sees its children placed: the leftmost column spanned.
  const parentFrags = frags.filter((f) => parents.has(f.id)).sort((a, b) => b.line - a.line);
  for (const p of parentFrags) {
    const spanned = childrenOf(p, frags)
      .map((g) => fragCol.get(g.id))
      .filter((c): c is number => c !== undefined);
    if (spanned.length > 0) fragCol.set(p.id, Math.min(...spanned));
    else if (cols.length > 0) fragCol.set(p.id, nearestColumn(cols, centre(p.tok)));
  }

  // Header lines: columns never go backwards along a line (fragments sharing a column become one cell).
  const header: number[][] = [];
  let id = 0;
  headerLines.forEach((toks) => {
    const row: number[] = [];
    let prev = 0;
    for (const t of toks) {
      const col = Math.max(prev, Math.min(fragCol.get(id) ?? prev, Math.max(0, cols.length - 1)));
      row.push(col);
      prev = col;
      const c = cols[col];
      if (c) {
        c.labels.push(t.text);
        c.minStart = Math.min(c.minStart, t.start);
        c.maxEnd = Math.max(c.maxEnd, t.end);
      }
      id++;
    }
    header.push(row);
  });
  // The body's column indices become final column indices in place (alignBody's rows are ours to keep).
  const toCol = body.cols.map(() => 0);
  for (const [b, c] of bodyToCol) toCol[b] = c;
  for (const row of body.assign) for (let q = 0; q < row.length; q++) row[q] = toCol[row[q] ?? 0] ?? 0;
  return { cols, header, body: body.assign };
}
