import { compareDecimals, sumDecimals } from '../model/decimal.js';
import type { Cell, Document, Finding, Position, Row, Table, TableKind } from '../model/index.js';
import { memoString } from './memo.js';
import { cellValue, difference, isRounding } from './sums.js';

/** The first table of a kind, or undefined when the document has none. */
export function tableOf(doc: Document, kind: TableKind): Table | undefined {
  return doc.tables.find((t) => t.kind === kind);
}

/** Rows of a table; a table marked 本表无数据 has none, so everything in it counts as zero. */
export function rowsOf(t: Table): Row[] {
  return t.noData ? [] : t.rows;
}

/** Rows keyed by code, the grand total under 合计; the first row of a code wins. */
export function byCode(rows: readonly Row[]): Map<string, Row> {
  const m = new Map<string, Row>();
  for (const r of rows) {
    const key = r.role === 'grand-total' ? '合计' : r.code;
    if (key && !m.has(key)) m.set(key, r);
  }
  return m;
}

/** A row name without spaces, circled numbers or half-width brackets, for matching printed names. */
export const normName: (s: string) => string = memoString((s) =>
  s.replace(/\s+/g, '').replace(/^[①②③④⑤]/, '').replace(/\(/g, '（').replace(/\)/g, '）'),
);

/**
 * Compare the sum of the cells of one table (`expected`) with the sum of the cells of another (`actual`).
 * Missing cells count as zero (a missing row); a text cell means nothing is compared. The finding sits on the
 * first actual cell (or `at` when there is none) and points at every other cell; 0.01 per cell involved
 * beyond the first is 尾差 (info).
 */
export function agree(
  rule: string,
  expected: readonly Cell[],
  actual: readonly Cell[],
  at: Position,
  params: Record<string, string>,
): Finding | undefined {
  const e = expected.map(cellValue);
  const a = actual.map(cellValue);
  if (e.some((v) => v === undefined) || a.some((v) => v === undefined)) return undefined;
  const exp = sumDecimals(e as string[]);
  const act = sumDecimals(a as string[]);
  if (compareDecimals(exp, act) === 0) return undefined;
  const diff = difference(exp, act);
  const rounding = isRounding(diff, Math.max(1, expected.length + actual.length - 1));
  const [first, ...rest] = actual;
  return {
    rule,
    severity: rounding ? 'info' : 'error',
    location: first?.pos ?? at,
    related: [...rest, ...expected].map((c) => c.pos),
    expected: exp,
    actual: act,
    params: { ...params, difference: diff, rounding: String(rounding) },
  };
}

/** The cells of a row under the given keys that exist (a key absent from the row is a blank). */
export function cellsAt(row: Row | undefined, ...keys: string[]): Cell[] {
  if (!row) return [];
  return keys.flatMap((k) => (row.cells[k] ? [row.cells[k]] : []));
}
