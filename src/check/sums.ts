import { compareDecimals, fromScaled, scaleOf, sumDecimals, toScaled } from '../model/decimal.js';
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
  // Most sums hold: compare scaled integers first and build decimal strings only for a difference.
  const scale = Math.max(scaleOf(t), ...values.map((v) => scaleOf(v!)));
  let n = 0n;
  for (const v of values) n += toScaled(v!, scale);
  if (n === toScaled(t, scale)) return undefined;
  const sum = fromScaled(n, scale);
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
