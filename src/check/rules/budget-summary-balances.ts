import type { Finding, Row } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'budget-summary-balances';

/** Rows of one side in printed order, and the index of the first one named `name`. */
function sideRows(rows: readonly Row[], side: string): Row[] {
  return rows.filter((r) => r.side === side);
}
const at = (rows: readonly Row[], name: string): number => rows.findIndex((r) => normName(r.name) === name);

/** 预算收支总表 balances: 收入总计 = 支出总计, each 合计 = its items, each 总计 = 合计 + 结转. */
export const budgetSummaryBalances: Rule = {
  id: ID,
  title: '预算收支总表收支平衡',
  category: 'cross-table',
  severity: 'error',
  docs: 'In 预算收支总表 收入总计 equals 支出总计, 本年收入合计 equals the income items above it, 本年支出合计 equals the sum of the 类 rows, and each 总计 equals its 本年合计 plus 上年结转 (income) or 年终结转 (expenditure). 本年收入合计 and 本年支出合计 may differ: spending of carried-over funds sits in 本年支出合计 but not in 本年收入合计.',
  check: (doc) => {
    const t = tableOf(doc, 'budget-summary');
    if (!t) return [];
    const rows = rowsOf(t);
    const inc = sideRows(rows, 'income');
    const exp = sideRows(rows, 'expenditure');
    const params = (row: string, column: string, parts: string): Record<string, string> => ({ table: t.title, row, column, parts });
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    const incTotal = at(inc, '本年收入合计');
    const incGrand = at(inc, '收入总计');
    const expTotal = at(exp, '本年支出合计');
    const expGrand = at(exp, '支出总计');
    const A = 'income.amount';
    const E = 'expenditure.total';
    if (incTotal >= 0) {
      // Items printed above 本年收入合计 (一、一般公共预算 … 五、单位资金) make it up.
      const items = inc.slice(0, incTotal).filter((r) => r.role === 'item');
      push(agree(ID, items.flatMap((r) => cellsAt(r, A)), cellsAt(inc[incTotal], A), t.pos, params('本年收入合计', A, items.map((r) => r.name).join('+'))));
      if (incGrand > incTotal) {
        const between = inc.slice(incTotal, incGrand);
        push(agree(ID, between.flatMap((r) => cellsAt(r, A)), cellsAt(inc[incGrand], A), t.pos, params('收入总计', A, between.map((r) => r.name).join('+'))));
      }
    }
    if (expTotal >= 0) {
      const classes = exp.filter((r) => r.role === 'class');
      push(agree(ID, classes.flatMap((r) => cellsAt(r, E)), cellsAt(exp[expTotal], E), t.pos, params('本年支出合计', E, '类')));
      if (expGrand > expTotal) {
        const between = exp.slice(expTotal, expGrand);
        push(agree(ID, between.flatMap((r) => cellsAt(r, E)), cellsAt(exp[expGrand], E), t.pos, params('支出总计', E, between.map((r) => r.name).join('+'))));
      }
    }
    if (incGrand >= 0 && expGrand >= 0) {
      push(agree(ID, cellsAt(inc[incGrand], A), cellsAt(exp[expGrand], E), t.pos, params('支出总计', E, '收入总计')));
    }
    return out;
  },
};
