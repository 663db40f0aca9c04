import { compareDecimals, fromScaled, parseDecimal, scaleOf, toScaled } from './decimal.js';
import type { Document } from './document.js';
import type { Row, Table } from './table.js';

/** Where a cell is in a document: table index, row index, column key. */
export interface CellRef {
  table: number;
  row: number;
  column: string;
}

/** Why an edit was refused: no such cell, not an amount, or a computed cell (typed totals are what goes wrong). */
export class EditError extends Error {}

/**
 * The rows whose amounts are sums of other rows of the same table, with the rows they sum: a coded row sums the
 * coded rows directly below it in the code hierarchy (类 ← 款 ← 项); a 合计 row sums the top-level coded rows of its
 * side. Rows without codes (the summary tables) are never computed: their identities cross tables, and the checks
 * report them.
 */
export function sumsOf(table: Table): Map<number, number[]> {
  const sums = new Map<number, number[]>();
  const coded = table.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.code !== undefined && /^\d+$/.test(r.code));
  for (const { r, i } of coded) {
    const code = r.code ?? '';
    // The nearest coded row above with a proper prefix of this code, same classification and side, is the parent.
    let parent: number | undefined;
    for (const { r: p, i: j } of coded) {
      if (j >= i) break;
      const pc = p.code ?? '';
      if (pc.length < code.length && code.startsWith(pc) && p.classification === r.classification && p.side === r.side) parent = j;
    }
    if (parent !== undefined) sums.set(parent, [...(sums.get(parent) ?? []), i]);
  }
  const top = new Map<string, number[]>();
  for (const { r, i } of coded) {
    const isChild = [...sums.values()].some((kids) => kids.includes(i));
    if (!isChild) top.set(r.side ?? '', [...(top.get(r.side ?? '') ?? []), i]);
  }
  table.rows.forEach((r, i) => {
    const kids = top.get(r.side ?? '');
    if (r.role === 'grand-total' && kids && kids.length > 0 && (r.code === undefined || r.code === '')) sums.set(i, kids);
  });
  return sums;
}

/** Whether a cell is computed (a sum of other rows), so an editor shows it read-only. */
export function isComputed(table: Table, row: number, column: string): boolean {
  return sumsOf(table).has(row) && table.rows[row]?.cells[column] !== undefined;
}

/**
 * Set one amount (a decimal such as `12.50`, or '' for blank) and recompute every sum that contains it, in the same
 * column; the cell keeps its unit and position. Returns a new document; the input is unchanged.
 */
export function setAmount(doc: Document, ref: CellRef, value: string): Document {
  const table = doc.tables[ref.table];
  const row = table?.rows[ref.row];
  const cell = row?.cells[ref.column];
  if (!table || !row || !cell) throw new EditError(`no cell ${ref.column} in row ${ref.row} of table ${ref.table}`);
  const sums = sumsOf(table);
  if (sums.has(ref.row)) throw new EditError(`${row.name} / ${ref.column} is a total: it is computed from the rows it sums`);
  const v = value.trim() === '' ? undefined : parseDecimal(value);
  if (value.trim() !== '' && v === undefined) throw new EditError(`${JSON.stringify(value)} is not an amount`);
  const unit = cell.amount?.unit ?? table.unit ?? '万元';
  const rows: Row[] = table.rows.map((r) => ({ ...r, cells: { ...r.cells } }));
  const put = (i: number, amount: string | undefined): void => {
    const r = rows[i];
    const c = r?.cells[ref.column];
    if (!r || !c) return;
    const { amount: _old, ...rest } = c;
    r.cells[ref.column] = amount === undefined ? { ...rest, text: '' } : { ...rest, text: amount, amount: { raw: amount, value: amount, unit } };
  };
  put(ref.row, v);
  // Only the sums on the way up from the edited row change; the others keep their printed values (and 尾差).
  const above = new Set<number>();
  for (let changed = true, frontier = [ref.row]; changed; ) {
    changed = false;
    for (const [i, kids] of sums)
      if (!above.has(i) && kids.some((k) => frontier.includes(k) || above.has(k))) {
        above.add(i);
        changed = true;
      }
    frontier = [...above];
  }
  // Children before the sums that contain them; 合计 rows (no code) last.
  const order = [...above].sort((a, b) => depth(table, b) - depth(table, a));
  for (const i of order) {
    const parts = (sums.get(i) ?? []).map((k) => rows[k]?.cells[ref.column]?.amount?.value).filter((x): x is string => x !== undefined);
    put(i, parts.length === 0 ? undefined : sum(parts));
  }
  const tables = doc.tables.map((t, i) => (i === ref.table ? { ...t, rows } : t));
  return { ...doc, tables };
}

// Deeper codes first; 合计 rows (no code) last.
function depth(table: Table, i: number): number {
  const code = table.rows[i]?.code;
  return code ? code.length : 0;
}

function sum(values: readonly string[]): string {
  const scale = Math.max(2, ...values.map(scaleOf));
  const total = values.reduce((acc, v) => acc + toScaled(v, scale), 0n);
  const s = fromScaled(total, scale);
  return compareDecimals(s, '0') === 0 ? fromScaled(0n, scale) : s;
}
