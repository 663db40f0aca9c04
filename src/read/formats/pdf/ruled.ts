// Ruled tables: the cell of every text item that sits between a page's vertical ruling lines. A table is a
// run of vertical rules whose heights touch; its column boundaries are the x of all its vertical rules; an
// item's cell runs from the nearest rule left of its centre to the nearest right of it, among the rules that
// cross its line, so a label in a merged cell spans the columns its cell covers.
import type { PageText, TextItem } from './page-text.js';

/** Where an item sits in a ruled table: the table's column boundaries and the columns [l, r) of its cell. */
export interface CellOf {
  bounds: readonly number[];
  l: number;
  r: number;
  /** Number of columns of the table. */
  n: number;
}

interface Vertical {
  x: number;
  y0: number;
  y1: number;
}

// Rules within this distance (points) are one line; a rule reaches a line it misses by less than this.
const SAME = 1;

/** Sorted distinct values, those within SAME of the previous one merged. */
function distinct(xs: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last === undefined || x - last > SAME) out.push(x);
  }
  return out;
}

/** Index of the boundary at x (within SAME), or -1. */
function indexAt(bounds: readonly number[], x: number): number {
  for (let i = 0; i < bounds.length; i++) if (Math.abs((bounds[i] ?? 0) - x) <= SAME) return i;
  return -1;
}

/** Whether two tables have the same column boundaries (a table continued on another page). */
export function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? Infinity)) <= 2 * SAME);
}

/** The ruled cell of every item of the page that lies in one. */
export function ruledCells(page: PageText): Map<TextItem, CellOf> {
  const out = new Map<TextItem, CellOf>();
  const verticals: Vertical[] = (page.rules ?? []).filter((r) => r.x1 - r.x0 < r.y1 - r.y0).map((r) => ({ x: (r.x0 + r.x1) / 2, y0: r.y0, y1: r.y1 }));
  if (verticals.length < 2) return out;
  verticals.sort((a, b) => a.y0 - b.y0);
  const tables: { y0: number; y1: number; rules: Vertical[] }[] = [];
  for (const v of verticals) {
    const cur = tables[tables.length - 1];
    if (cur && v.y0 <= cur.y1 + SAME) {
      cur.rules.push(v);
      cur.y1 = Math.max(cur.y1, v.y1);
    } else tables.push({ y0: v.y0, y1: v.y1, rules: [v] });
  }
  for (const t of tables) {
    const bounds = distinct(t.rules.map((v) => v.x));
    if (bounds.length < 2) continue;
    for (const it of page.items) {
      const cy = it.y + it.h / 2;
      if (cy < t.y0 || cy > t.y1) continue;
      const cx = it.x + it.w / 2;
      let left = -Infinity;
      let right = Infinity;
      for (const v of t.rules) {
        if (cy < v.y0 - SAME || cy > v.y1 + SAME) continue;
        if (v.x <= cx && v.x > left) left = v.x;
        if (v.x >= cx && v.x < right) right = v.x;
      }
      const l = indexAt(bounds, left);
      const r = indexAt(bounds, right);
      if (l >= 0 && r > l) out.set(it, { bounds, l, r, n: bounds.length - 1 });
    }
  }
  return out;
}
