import type { Column } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { diag, posOf } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { compactName } from './patterns.js';

/** A column a table kind expects, found by its header label. */
export interface ColumnDef {
  key: string;
  match: RegExp;
}

/** Whether a header line only numbers the columns (栏次 / 1 2 3 …) rather than naming them. */
export function isNumberingRow(line: SourceLine): boolean {
  const texts = line.cells.map((c) => c.text).filter(Boolean);
  if (texts.length === 0) return false;
  return texts.every((t) => /^\d{1,2}$/.test(t) || t === '栏次');
}

/** Labels of every column: the header rows above it joined with “/”, merged cells filled from the left. */
export function columnLabels(header: readonly SourceLine[], width: number, fillMerged = true): string[] {
  const rows = header.filter((l) => !isNumberingRow(l)).map((l) => l.cells.map((c) => compactName(c.text).replace(/\s+/g, '')));
  const labels: string[][] = Array.from({ length: width }, () => []);
  rows.forEach((row, r) => {
    let carry = '';
    for (let c = 0; c < width; c++) {
      let t = row[c] ?? '';
      // A group label spans the empty cells to its right, except on the lowest header row.
      if (t) carry = t;
      else if (fillMerged && r < rows.length - 1) t = carry;
      const col = labels[c]!;
      if (t && col[col.length - 1] !== t) col.push(t);
    }
  });
  return labels.map((parts) => parts.join('/'));
}

/** Width of the grid: the most cells any header or body line has. */
export function gridWidth(lines: readonly SourceLine[]): number {
  return lines.reduce((w, l) => Math.max(w, l.cells.length), 0);
}

/** Assign keys to the value columns [from, to) by matching labels against the kind's definitions in order. */
export function mapColumns(
  labels: readonly string[],
  from: number,
  to: number,
  defs: readonly ColumnDef[],
  ctx: ReadContext,
  at: SourceLine,
  prefix = '',
): { columns: Column[]; keyAt: Map<number, string> } {
  const used = new Set<string>();
  const columns: Column[] = [];
  const keyAt = new Map<number, string>();
  for (let i = from; i < to; i++) {
    const label = labels[i] ?? '';
    // A label stacked over several printed lines (一般公共/预算财政/拨款) is matched joined as well.
    const joined = label.replace(/\//g, '');
    const def = defs.find((d) => !used.has(d.key) && (d.match.test(label) || d.match.test(joined)));
    let key: string;
    if (def) {
      used.add(def.key);
      key = prefix + def.key;
    } else {
      key = `${prefix}c${i}`;
      if (label) diag(ctx, 'info', 'unknown-column', `column “${label}” is not one this table kind names; kept as ${key}`, posOf(ctx, at));
    }
    keyAt.set(i, key);
    columns.push({ key, label });
  }
  return { columns, keyAt };
}
