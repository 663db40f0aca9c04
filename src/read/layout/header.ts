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
  lines: Set<number>;
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
  if (on.some((g) => overlap(f.tok, g.tok) > 0)) return [];
  const left = on.filter((g) => g.tok.end <= f.tok.start).sort((a, b) => b.tok.end - a.tok.end)[0];
  const right = on.filter((g) => g.tok.start >= f.tok.end).sort((a, b) => a.tok.start - b.tok.start)[0];
  if (!left || !right || f.tok.start - left.tok.end > STRADDLE || right.tok.start - f.tok.end > STRADDLE) return [];
  return [left, right];
}

/** Fragments of one lower line that f covers: at least two within its span widened by the slack, or a straddled pair. */
function covered(f: Fragment, on: readonly Fragment[]): Fragment[] {
  const near = on.filter((g) => overlap(expanded(f.tok, SLACK), g.tok) > 0);
  return near.length >= 2 ? near : straddled(f, on);
}

function linesBelow(f: Fragment, frags: readonly Fragment[]): Fragment[][] {
  const byLine = new Map<number, Fragment[]>();
  for (const g of frags) if (g.line > f.line) byLine.set(g.line, [...(byLine.get(g.line) ?? []), g]);
  return [...byLine.values()];
}

/** Ids of the fragments that span several columns. */
export function findParents(frags: readonly Fragment[]): Set<number> {
  const parents = new Set<number>();
  const bottomUp = [...frags].sort((a, b) => b.line - a.line);
  for (const f of bottomUp) {
    const lower = frags.filter((g) => g.line > f.line);
    const below = linesBelow(f, frags);
    // Two labels under its very span: a parent even if one of them also looks like its wrapped line.
    const strict = below.some((on) => on.filter((g) => overlap(f.tok, g.tok) > 0).length >= 2);
    const loose = below.some((on) => covered(f, on).length >= 2);
    const wrapBelow = lower.some((g) => wraps(f, g));
    // A wrapped label continuing a parent is part of that parent (因公出国 over （境）费 over 预算数 决算数).
    const continuesParent = lower.some((g) => parents.has(g.id) && wraps(f, g));
    if (strict || (loose && !wrapBelow) || continuesParent) parents.add(f.id);
  }
  return parents;
}

/** Stack the non-parent fragments into leaf groups: overlapping fragments of different lines form one label. */
export function leafGroups(frags: readonly Fragment[], parents: ReadonlySet<number>): LeafGroup[] {
  const leaves = frags.filter((f) => !parents.has(f.id));
  const groupOf = new Map<number, LeafGroup>();
  for (const f of leaves) groupOf.set(f.id, { ids: [f.id], start: f.tok.start, end: f.tok.end, lines: new Set([f.line]) });
  const pairs: { a: Fragment; b: Fragment; o: number }[] = [];
  for (const a of leaves)
    for (const b of leaves) {
      const o = overlap(a.tok, b.tok);
      if (a.id < b.id && a.line !== b.line && o > 0) pairs.push({ a, b, o });
    }
  pairs.sort((x, y) => y.o - x.o);
  for (const { a, b } of pairs) {
    const ga = groupOf.get(a.id);
    const gb = groupOf.get(b.id);
    if (!ga || !gb || ga === gb || [...gb.lines].some((l) => ga.lines.has(l))) continue;
    ga.ids.push(...gb.ids);
    ga.start = Math.min(ga.start, gb.start);
    ga.end = Math.max(ga.end, gb.end);
    for (const l of gb.lines) ga.lines.add(l);
    for (const id of gb.ids) groupOf.set(id, ga);
  }
  const out = [...new Set(groupOf.values())];
  return out.sort((x, y) => x.start + x.end - (y.start + y.end));
}

/** Lower fragments a parent spans (within its span widened by the slack, or the pairs it straddles). */
export function childrenOf(p: Fragment, frags: readonly Fragment[]): Fragment[] {
  const out = new Set<Fragment>(frags.filter((g) => g.line > p.line && overlap(expanded(p.tok, SLACK), g.tok) > 0));
  for (const on of linesBelow(p, frags)) for (const g of covered(p, on)) out.add(g);
  return [...out];
}
