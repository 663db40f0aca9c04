// One column grid for a whole table. Every page is drawn at its own offsets (a continuation page of the
// economic-classification table sits 13 characters left of the first), so each later page's columns are
// matched to the first page's in order, by kind (amount / code / text), by repeated header labels, and by
// position after the page's own shift; a page column that matches nothing opens a new grid column.
import type { SegColumn, SegmentModel } from './segment.js';
import type { TokenKind } from './tokens.js';

/** A column of the table grid, with its position on the first page. */
export interface GridColumn {
  kind: TokenKind | undefined;
  start: number;
  end: number;
  labels: string[];
}

/** The grid of a table and, for every page segment, its columns' grid indices and its shift. */
export interface Grid {
  cols: GridColumn[];
  maps: number[][];
  shifts: number[];
}

const NEW_COLUMN = 30;
const centreOf = (c: { start: number; end: number }): number => (c.start + c.end) / 2;
const compact = (s: string): string => s.replace(/\s+/g, '');

function kindCost(a: TokenKind | undefined, b: TokenKind | undefined): number {
  if (a === undefined || b === undefined) return 2;
  if (a === b) return 0;
  if (a === 'text' || b === 'text') return 40;
  return 5;
}

function labelCost(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a.map(compact));
  return b.some((l) => set.has(compact(l))) ? -6 : 6;
}

type Step = { col: number } | { before: number };

// Drift accumulates left to right: codes and names at the margin barely move between pages while the
// amounts further right may move a lot, so a non-amount column may also be compared without the shift.
function distance(s: SegColumn, g: GridColumn, shift: number): number {
  const shifted = Math.abs(centreOf(s) + shift - centreOf(g));
  return s.kind === 'amount' ? shifted : Math.min(shifted, Math.abs(centreOf(s) - centreOf(g)));
}

/** Order-preserving match of a page's columns to the grid for one shift; total cost and steps. */
function matchPage(seg: readonly SegColumn[], grid: readonly GridColumn[], shift: number): { cost: number; steps: Step[] } {
  const n = seg.length;
  const m = grid.length;
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const step = new Int8Array((n + 1) * W);
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
      const s = seg[i];
      const g = grid[j];
      if (s && g) relax((i + 1) * W + j + 1, here + kindCost(s.kind, g.kind) + labelCost(s.labels, g.labels) + 0.3 * distance(s, g, shift), 1);
      if (g) relax(i * W + j + 1, here, 2);
      if (s) relax((i + 1) * W + j, here + NEW_COLUMN, 3);
    }
  const steps: Step[] = new Array<Step>(n);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = step[i * W + j];
    if (s === 1) {
      steps[i - 1] = { col: j - 1 };
      i--;
      j--;
    } else if (s === 2) j--;
    else if (s === 3) {
      steps[i - 1] = { before: j };
      i--;
    } else break;
  }
  return { cost: cost[n * W + m] ?? Infinity, steps };
}

/** Candidate shifts of a page against the grid: none, and those that put an amount column on an amount column. */
function shifts(seg: readonly SegColumn[], grid: readonly GridColumn[]): number[] {
  const out = new Set<number>([0]);
  for (const s of seg) for (const g of grid) if (s.kind === 'amount' && g.kind === 'amount') out.add(Math.round(centreOf(g) - centreOf(s)));
  return [...out].slice(0, 200);
}

/** Build the table grid from its page segments (the first page defines it; later pages are matched to it). */
export function buildGrid(models: readonly SegmentModel[]): Grid {
  const first = models[0];
  const cols: GridColumn[] = (first?.cols ?? []).map((c) => ({ kind: c.kind, start: c.start, end: c.end, labels: [...c.labels] }));
  const maps: number[][] = [];
  const shiftList: number[] = [];
  if (first) {
    maps.push(first.cols.map((_, i) => i));
    shiftList.push(0);
  }
  for (const model of models.slice(1)) {
    let best: { cost: number; steps: Step[]; shift: number } | undefined;
    for (const shift of shifts(model.cols, cols)) {
      // A small charge per character of shift prefers the page's natural offset when costs tie.
      const r = matchPage(model.cols, cols, shift);
      const total = r.cost + 0.05 * Math.abs(shift);
      if (!best || total < best.cost) best = { cost: total, steps: r.steps, shift };
    }
    const map: number[] = [];
    let inserted = 0;
    (best?.steps ?? []).forEach((s, i) => {
      const sc = model.cols[i];
      if ('col' in s) {
        map.push(s.col + inserted);
        return;
      }
      const at = s.before + inserted;
      const shift = best?.shift ?? 0;
      cols.splice(at, 0, { kind: sc?.kind, start: (sc?.start ?? 0) + shift, end: (sc?.end ?? 0) + shift, labels: [...(sc?.labels ?? [])] });
      inserted++;
      for (const prev of maps) prev.forEach((v, k) => (prev[k] = v >= at ? v + 1 : v));
      map.push(at);
    });
    maps.push(map);
    shiftList.push(best?.shift ?? 0);
  }
  return { cols, maps, shifts: shiftList };
}
