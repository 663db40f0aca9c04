// One column grid for a whole table. Every page is drawn at its own offsets (a continuation page of the
// economic-classification table sits 13 characters left of the first), so each later page's columns are
// matched to the first page's in order, by kind (amount / code / text), by repeated header labels, and by
// position after the page's own shift; a page column that matches nothing opens a new grid column.
import { newTables, ready } from './scratch.js';
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

// No opinion when either side has no labels; a bonus when a label repeats, a charge when none does.
function labelCost(keys: readonly string[], other: ReadonlySet<string>): number {
  if (keys.length === 0 || other.size === 0) return 0;
  return keys.some((k) => other.has(k)) ? -6 : 6;
}

type Step = { col: number } | { before: number };

/** What matching one page column to one grid column costs apart from position; the same for every shift. */
interface PairCosts {
  /** kindCost and labelCost per pair at i * m + j, kept apart because they are added one after the other. */
  kind: number[];
  label: number[];
  segCentre: number[];
  gridCentre: number[];
}

function pairCosts(seg: readonly SegColumn[], grid: readonly GridColumn[]): PairCosts {
  const n = seg.length;
  const m = grid.length;
  const kind = new Array<number>(n * m).fill(0);
  const label = new Array<number>(n * m).fill(0);
  const gridKeys = grid.map((g) => new Set(g.labels.map(compact)));
  seg.forEach((s, i) => {
    const keys = s.labels.map(compact);
    grid.forEach((g, j) => {
      kind[i * m + j] = kindCost(s.kind, g.kind);
      label[i * m + j] = labelCost(keys, gridKeys[j] ?? new Set());
    });
  });
  return { kind, label, segCentre: seg.map(centreOf), gridCentre: grid.map(centreOf) };
}

let tables = newTables();

/** Order-preserving match of a page's columns to the grid for one shift; total cost and steps. */
function matchPage(seg: readonly SegColumn[], grid: readonly GridColumn[], pair: PairCosts, shift: number): { cost: number; steps: Step[] } {
  const n = seg.length;
  const m = grid.length;
  const W = m + 1;
  tables = ready(tables, (n + 1) * W);
  const { cost, step } = tables;
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const s = seg[i];
    const sc = pair.segCentre[i] ?? 0;
    for (let j = 0; j <= m; j++) {
      const k = i * W + j;
      const here = cost[k] ?? Infinity;
      if (here === Infinity) continue;
      // Relaxations in the order match, skip, new column, each only on a strict improvement.
      if (s && j < m) {
        // Drift accumulates left to right: codes and names at the margin barely move between pages while
        // the amounts further right may move a lot, so a non-amount column may also be compared unshifted.
        const gc = pair.gridCentre[j] ?? 0;
        const shifted = Math.abs(sc + shift - gc);
        const distance = s.kind === 'amount' ? shifted : Math.min(shifted, Math.abs(sc - gc));
        const v = here + (pair.kind[i * m + j] ?? 0) + (pair.label[i * m + j] ?? 0) + 0.3 * distance;
        if (v < (cost[k + W + 1] ?? Infinity)) {
          cost[k + W + 1] = v;
          step[k + W + 1] = 1;
        }
      }
      if (j < m && here < (cost[k + 1] ?? Infinity)) {
        cost[k + 1] = here;
        step[k + 1] = 2;
      }
      if (s && here + NEW_COLUMN < (cost[k + W] ?? Infinity)) {
        cost[k + W] = here + NEW_COLUMN;
        step[k + W] = 3;
      }
    }
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
    const pair = pairCosts(model.cols, cols);
    for (const shift of shifts(model.cols, cols)) {
      // A small charge per character of shift prefers the page's natural offset when costs tie.
      const r = matchPage(model.cols, cols, pair, shift);
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
