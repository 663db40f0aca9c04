import type { Cell, Finding, Row } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'shanghai-summary-balances';
const A = 'income.amount';
const E = 'expenditure.amount';

// 一、财政拨款收入 is followed by its sources 1. 一般公共预算资金, 2. 政府性基金, 3. 国有资本经营预算.
const TOP = /^[一二三四五六七八九十]+、/;
const SUB = /^\d+[.．、]/;

// A blank is an exact zero, so only printed figures may carry 尾差.
const printed = (rows: readonly Row[], key: string): Cell[] => rows.flatMap((r) => cellsAt(r, key)).filter((c) => c.text.trim() !== '');

/** 部门财务收支预算总表: 财政拨款收入 = its three sources, 收入总计 = the income items, 支出总计 = Σ 类, 收入总计 = 支出总计. */
export const shanghaiSummaryBalances: Rule = {
  id: ID,
  title: '部门财务收支预算总表收支平衡',
  category: 'cross-table',
  severity: 'error',
  docs: 'In Shanghai\'s 部门财务收支预算总表, 一、财政拨款收入 equals its sources (一般公共预算资金, 政府性基金, 国有资本经营预算), 收入总计 equals the numbered income items (一、财政拨款收入 … 四、其他收入), 支出总计 equals the sum of the 类 rows, and 收入总计 equals 支出总计.',
  check: (doc) => {
    const t = tableOf(doc, 'sh-budget-summary');
    if (!t) return [];
    const rows = rowsOf(t);
    const inc = rows.filter((r) => r.side === 'income');
    const exp = rows.filter((r) => r.side === 'expenditure');
    const incGrand = inc.find((r) => r.role === 'grand-total');
    const expGrand = exp.find((r) => r.role === 'grand-total');
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    const params = (row: string, column: string, parts: string): Record<string, string> => ({ table: t.title, row, column, parts });
    const tops = inc.filter((r) => r.role !== 'grand-total' && TOP.test(normName(r.name)));
    for (const top of tops) {
      const from = inc.indexOf(top);
      const next = inc.findIndex((r, i) => i > from && !SUB.test(normName(r.name)));
      const subs = inc.slice(from + 1, next < 0 ? inc.length : next);
      if (subs.length > 0) push(agree(ID, printed(subs, A), cellsAt(top, A), t.pos, params(normName(top.name), A, subs.map((r) => normName(r.name)).join('+'))));
    }
    if (incGrand && tops.length > 0) push(agree(ID, printed(tops, A), cellsAt(incGrand, A), t.pos, params('收入总计', A, tops.map((r) => normName(r.name)).join('+'))));
    const classes = exp.filter((r) => r.role === 'class');
    if (expGrand && classes.length > 0) push(agree(ID, printed(classes, E), cellsAt(expGrand, E), t.pos, params('支出总计', E, '类')));
    if (incGrand && expGrand) push(agree(ID, cellsAt(incGrand, A), cellsAt(expGrand, E), t.pos, params('支出总计', E, '收入总计')));
    return out;
  },
};
