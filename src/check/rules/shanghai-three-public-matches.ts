import { compareDecimals, fromScaled, scaleOf, sumDecimals, toScaled, toYuan } from '../../model/decimal.js';
import type { Cell, Finding, Position, Row } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';
import { cellValue, difference, isRounding } from '../sums.js';

const ID = 'shanghai-three-public-matches';

/** A cell in 元 (exact): 0 when blank, undefined when it holds text. */
function yuan(cell: Cell | undefined): string | undefined {
  return cell?.amount ? toYuan(cell.amount) : cellValue(cell);
}

/** Σ of cells in 万元 rounded to 0.01 as the 三公 table prints it (summed in 元 first), or undefined when one holds text. */
function wanSum(cells: readonly Cell[]): string | undefined {
  const vs = cells.map(yuan);
  if (vs.some((v) => v === undefined)) return undefined;
  const total = sumDecimals(['0', ...(vs as string[])]);
  const scale = scaleOf(total);
  // 元 × 10^scale → 万元 in units of 0.01: divide by 10^(scale + 2), rounding half away from zero.
  const n = toScaled(total, scale);
  const den = 10n ** BigInt(scale + 2);
  const half = n < 0n ? -den / 2n : den / 2n;
  return fromScaled((n + half) / den, 2);
}

const wan = (cell: Cell | undefined): string | undefined => (cell ? wanSum([cell]) : '0');

const economic = (rows: readonly Row[], item: string): Cell[] =>
  rows.filter((r) => normName(r.name) === item || normName(r.name2 ?? '') === item).flatMap((r) => cellsAt(r, 'total', 'amount'));

/**
 * A finding when `actual` is beyond its `bound` (below a minimum, above a maximum) by more than 尾差 (`severity`) or by
 * 0.01 (info); both in 万元. The 三公 items are at least the basic-expenditure lines of the same name (projects may add to
 * them), and 机关运行经费 is part of the basic 公用经费 (its definition: 行政单位 basic 日常公用经费 from 一般公共预算).
 */
function beyond(actual: string, bound: string, side: 'min' | 'max', at: Position, related: Position[], kind: string, severity: 'error' | 'warning', params: Record<string, string>): Finding | undefined {
  const c = compareDecimals(actual, bound);
  if (side === 'min' ? c >= 0 : c <= 0) return undefined;
  const diff = difference(actual, bound);
  const rounding = isRounding(diff, 1);
  return { rule: ID, severity: rounding ? 'info' : severity, location: at, related, expected: bound, actual, params: { ...params, kind, difference: diff, rounding: String(rounding) } };
}

const ITEMS: readonly [string, string][] = [['公务接待费', 'reception'], ['公务用车运行维护费', 'vehicleOps']];

/** Shanghai 三公 and 机关运行经费 against the basic-expenditure economic table (budget) or 基本支出决算表 (final accounts). */
export const shanghaiThreePublicMatches: Rule = {
  id: ID,
  title: '上海“三公”经费、机关运行经费与基本支出一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'In a Shanghai budget or final-accounts document the 公务接待费 and 公务用车运行维护费 of the 三公 table are at least the basic-expenditure economic lines of the same name (元 compared in 万元; 三公 also covers project spending), 机关运行经费 is at most the basic 公用经费 合计 (warning); the narrative figures are tied by narrative-matches-tables.',
  check: (doc) => {
    const budget = doc.template === 'shanghai-budget';
    if (!budget && doc.template !== 'shanghai-final') return [];
    const tp = tableOf(doc, budget ? 'sh-three-public-operating' : 'final-three-public');
    const te = tableOf(doc, budget ? 'gpb-basic-economic' : 'final-gpb-basic-detail');
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    const row = tp && rowsOf(tp).find((r) => r.role === 'grand-total');
    const prefix = budget ? '' : 'final.';
    if (tp && te && row) {
      for (const [item, key] of ITEMS) {
        const cell = row.cells[prefix + key];
        const econ = economic(rowsOf(te), item);
        const a = wan(cell);
        const b = wanSum(econ);
        if (a === undefined || b === undefined) continue;
        push(beyond(a, b, 'min', cell?.pos ?? row.pos, econ.map((c) => c.pos), 'below-basic', 'error', { table: tp.title, row: item, column: prefix + key, otherTable: te.title }));
      }
    }
    if (!te) return out;
    // 公用经费: the 合计 row's column in the budget table, the 公用经费合计 row in the final one.
    const publicCell = budget
      ? cellsAt(rowsOf(te).find((r) => r.role === 'grand-total'), 'public')[0]
      : cellsAt(rowsOf(te).find((r) => normName(r.name) === '公用经费合计'), 'amount')[0];
    const tableAdmin = row?.cells['adminOperating'];
    const admin = budget && tableAdmin?.amount ? tableAdmin : doc.adminOperating && { text: doc.adminOperating.amount.raw, amount: doc.adminOperating.amount, pos: doc.adminOperating.pos };
    const a = wan(admin);
    const p = publicCell && wan(publicCell);
    if (admin && a !== undefined && publicCell && p !== undefined) {
      push(beyond(a, p, 'max', admin.pos, [publicCell.pos], 'admin-operating-above-public', 'warning', { table: te.title, row: '机关运行经费', column: 'public' }));
    }
    return out;
  },
};
