import { compareDecimals, sumDecimals } from '../model/decimal.js';
import type { Cell, Finding, Position, Severity, Table } from '../model/index.js';

/** Value of a cell as a decimal; a blank cell is zero, a cell without an amount (text, dash) is not a number. */
export function cellValue(cell: Cell | undefined): string | undefined {
  if (!cell) return '0';
  if (cell.amount) return cell.amount.value;
  return cell.text.trim() === '' || /^[—–-]+$/.test(cell.text.trim()) ? '0' : undefined;
}

/** Absolute difference of two decimals. */
export function difference(a: string, b: string): string {
  const d = sumDecimals([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
  return d.startsWith('-') ? d.slice(1) : d;
}

/** Whether a difference is within 尾差: 0.01 per summed part (amounts rounded one by one). */
export function isRounding(diff: string, parts: number): boolean {
  return compareDecimals(diff, sumDecimals(Array.from({ length: Math.max(1, parts) }, () => '0.01'))) <= 0;
}

/** Compare a printed total with the sum of its parts; a finding when they differ (info when within 尾差). */
export function compareSum(
  rule: string,
  severity: Severity,
  total: Cell | undefined,
  parts: readonly (Cell | undefined)[],
  at: Position,
  params: Record<string, string>,
): Finding | undefined {
  const t = cellValue(total);
  const values = parts.map(cellValue);
  if (t === undefined || values.some((v) => v === undefined)) return undefined;
  const sum = sumDecimals(values as string[]);
  if (compareDecimals(sum, t) === 0) return undefined;
  const diff = difference(sum, t);
  const related = parts.flatMap((p) => (p ? [p.pos] : []));
  return {
    rule,
    severity: isRounding(diff, parts.length) ? 'info' : severity,
    location: total?.pos ?? at,
    related,
    expected: sum,
    actual: t,
    params: { ...params, difference: diff, rounding: String(isRounding(diff, parts.length)) },
  };
}

/** Tables of given kinds. */
export function tablesOf(tables: readonly Table[], kinds: readonly Table['kind'][]): Table[] {
  return tables.filter((t) => kinds.includes(t.kind));
}
