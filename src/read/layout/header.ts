// The header block of a table: which labels name a column of their own (leaves, possibly wrapped over two
// lines: 事业单位 / 经营收入) and which span several columns (parents: 功能分类科目编码 over 类 款 项,
// 合计 over 预算数 决算数). Positions drift by a few characters, so a parent is recognised by covering
// two labels of one lower line (allowing a few characters of slack) unless it simply continues onto the
// line below as a wrapped label of about its own width.
import type { Token } from './tokens.js';

/** A header label fragment: one token of one header line. */
export interface Fragment {
  id: number;
  /** Index of its header line within the header block (0 = top). */
  line: number;
  tok: Token;
}

/** Leaf labels that were stacked into one column label. */
export interface LeafGroup {
  ids: number[];
  start: number;
  end: number;
  /** Header lines it has a fragment on (few, so a list). */
  lines: number[];
}

const SLACK = 4;
const STRADDLE = 8;

/** Characters two spans share (negative when apart). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Distance between two spans, 0 when they touch or overlap. */
export function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, -overlap(a, b));
}

const len = (t: Token): number => Math.max(1, t.end - t.start);

function expanded(t: Token, by: number): { start: number; end: number } {
  return { start: t.start - by, end: t.end + by };
}

/** All fragments of a header block, numbered in reading order. */
export function fragmentsOf(lines: readonly (readonly Token[])[]): Fragment[] {
  const out: Fragment[] = [];
  lines.forEach((toks, line) => toks.forEach((tok) => out.push({ id: out.length, line, tok })));
  return out;
}

/** Whether lower fragment g continues f as its wrapped second line (overlapping, of comparable width). */
function wraps(f: Fragment, g: Fragment): boolean {
  const o = overlap(f.tok, g.tok);
  return o > 0 && o >= 0.5 * Math.min(len(f.tok), len(g.tok)) && len(g.tok) >= 0.6 * len(f.tok);
}

/** Fragments of one lower line that f straddles: two it sits between, each within STRADDLE characters. */
function straddled(f: Fragment, on: readonly Fragment[]): Fragment[] {
  // The nearest fragment ending before f and the nearest starting after it (the first of equals).
  let left: Fragment | undefined;
  let right: Fragment | undefined;
  for (const g of on) {
    if (overlap(f.tok, g.tok) > 0) return [];
    if (g.tok.end <= f.tok.start && (!left || g.tok.end > left.tok.end)) left = g;
    if (g.tok.start >= f.tok.end && (!right || g.tok.start < right.tok.start)) right = g;
  }
  if (!left || !right || f.tok.start - left.tok.end > STRADDLE || right.tok.start - f.tok.end > STRADDLE) return [];
  return [left, right];
}

/** How many fragments of a line a span overlaps. */
function overlapping(span: { start: number; end: number }, on: readonly Fragment[]): number {
  let n = 0;
  for (const g of on) if (overlap(span, g.tok) > 0) n++;
  return n;
}

/** The fragments of each header line, in order of first appearance. */
function rowsOf(frags: readonly Fragment[]): Fragment[][] {
  const byLine = new Map<number, Fragment[]>();
  for (const g of frags) {
    const row = byLine.get(g.line);
    if (row) row.push(g);
    else byLine.set(g.line, [g]);
  }
  return [...byLine.values()];
}

const lineOf = (row: readonly Fragment[]): number => row[0]?.line ?? -1;

/** Ids of the fragments that span several columns. */
export function findParents(frags: readonly Fragment[]): Set<number> {
  const parents = new Set<number>();
  const rows = rowsOf(frags);
  // Bottom up, so that a label sees whether the labels below it are parents.
  const bottomUp = [...frags].sort((a, b) => b.line - a.line);
  for (const f of bottomUp) {
    // Two labels under its very span: a parent even if one of them also looks like its wrapped line.
    let strict = false;
    // Two labels within its span widened by the slack, or a pair it straddles, on one lower line.
    let loose = false;
    let wrapBelow = false;
    // A wrapped label continuing a parent is part of that parent (因公出国 over （境）费 over 预算数 决算数).
    let continuesParent = false;
    const wide = expanded(f.tok, SLACK);
    for (const on of rows) {
      if (lineOf(on) <= f.line) continue;
      let under = 0;
      let near = 0;
      for (const g of on) {
        if (overlap(f.tok, g.tok) > 0) under++;
        if (overlap(wide, g.tok) > 0) near++;
        if (wraps(f, g)) {
          wrapBelow = true;
          continuesParent ||= parents.has(g.id);
        }
      }
      strict ||= under >= 2;
      loose ||= near >= 2 || (under === 0 && straddled(f, on).length > 0);
    }
    if (strict || (loose && !wrapBelow) || continuesParent) parents.add(f.id);
  }
  return parents;
}

/** Stack the non-parent fragments (in fragmentsOf order) into leaf groups: overlapping fragments of different lines form one label. */
export function leafGroups(frags: readonly Fragment[], parents: ReadonlySet<number>): LeafGroup[] {
  const leaves = frags.filter((f) => !parents.has(f.id));
  // Group of each leaf by fragment id.
  const groupOf: LeafGroup[] = [];
  for (const f of leaves) groupOf[f.id] = { ids: [f.id], start: f.tok.start, end: f.tok.end, lines: [f.line] };
  const pairs: { a: Fragment; b: Fragment; o: number }[] = [];
  // Leaves are in reading order (ids ascending), so each pair is met once with a before b.
  leaves.forEach((a, i) => {
    for (let j = i + 1; j < leaves.length; j++) {
      const b = leaves[j];
      if (!b || a.id >= b.id || a.line === b.line) continue;
      const o = overlap(a.tok, b.tok);
      if (o > 0) pairs.push({ a, b, o });
    }
  });
  pairs.sort((x, y) => y.o - x.o);
  const shareLine = (x: LeafGroup, y: LeafGroup): boolean => y.lines.some((l) => x.lines.includes(l));
  for (const { a, b } of pairs) {
    const ga = groupOf[a.id];
    const gb = groupOf[b.id];
    if (!ga || !gb || ga === gb || shareLine(ga, gb)) continue;
    ga.ids.push(...gb.ids);
    ga.start = Math.min(ga.start, gb.start);
    ga.end = Math.max(ga.end, gb.end);
    for (const l of gb.lines) if (!ga.lines.includes(l)) ga.lines.push(l);
    for (const id of gb.ids) groupOf[id] = ga;
  }
  // Distinct groups in the order of their first leaf, then left to right by centre.
  const out = [...new Set(leaves.map((f) => groupOf[f.id]).filter((g): g is LeafGroup => g !== undefined))];
  return out.sort((x, y) => x.start + x.end - (y.start + y.end));
}

/** Lower fragments a parent spans (within its span widened by the slack, or the pairs it straddles). */
export function childrenOf(p: Fragment, frags: readonly Fragment[]): Fragment[] {
  const wide = expanded(p.tok, SLACK);
  const out = new Set<Fragment>(frags.filter((g) => g.line > p.line && overlap(wide, g.tok) > 0));
  // Where fewer than two lie within the widened span, a straddled pair counts instead.
  for (const on of rowsOf(frags)) if (lineOf(on) > p.line && overlapping(wide, on) < 2) for (const g of straddled(p, on)) out.add(g);
  return [...out];
}
