import { compareDecimals } from '../../model/decimal.js';
import type { Cell, Finding, Row } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { normName, rowsOf, tableOf } from '../cross-table.js';
import { cellValue, compareSum } from '../sums.js';

const ID = 'final-basic-detail-sums';

// Blanks, dashes and 0.00 are exact zeros: only figures that are not zero may carry 尾差.
const nonZero = (rows: readonly Row[]): Cell[] =>
  rows.flatMap((r) => (r.cells['amount'] ? [r.cells['amount']] : [])).filter((c) => {
    const v = cellValue(c);
    return v === undefined || compareDecimals(v, '0') !== 0;
  });

/**
 * 一般公共预算财政拨款基本支出决算(明细)表: each economic 类 = Σ its 款, 人员经费合计 = Σ the 人员经费 类 (301, 303),
 * 公用经费合计 = Σ the 公用经费 类 (302, 310 …). The four side-by-side groups keep classification-sums away from it.
 */
export const finalBasicDetailSums: Rule = {
  id: ID,
  title: '基本支出决算明细表逐级相加',
  category: 'arithmetic',
  severity: 'error',
  docs: 'In the final-accounts 一般公共预算财政拨款基本支出决算(明细)表, whose economic codes are printed in side-by-side groups, each 类 (301, 302, …) equals the sum of its 款, and 人员经费合计 and 公用经费合计 equal the sums of the 类 in their groups; within 0.01 per non-zero part it is rounding (info).',
  check: (doc) => {
    const t = tableOf(doc, 'final-gpb-basic-detail');
    if (!t) return [];
    const rows = rowsOf(t);
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    const classes = rows.filter((r) => r.code && r.code.length === 3);
    for (const c of classes) {
      const items = rows.filter((r) => r.code && r.code.length === 5 && r.code.startsWith(c.code ?? ''));
      if (items.length === 0) continue;
      push(compareSum(ID, 'error', c.cells['amount'], nonZero(items), c.pos, { table: t.title, row: `${c.code} ${c.name}`, column: 'amount', parts: '款' }));
    }
    for (const group of ['人员经费', '公用经费']) {
      const total = rows.find((r) => normName(r.name) === `${group}合计`);
      const parts = classes.filter((r) => r.side === group);
      if (total && parts.length > 0) push(compareSum(ID, 'error', total.cells['amount'], nonZero(parts), total.pos, { table: t.title, row: `${group}合计`, column: 'amount', parts: parts.map((r) => r.code ?? '').join('+') }));
    }
    return out;
  },
};
