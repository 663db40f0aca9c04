import type { Cell, Finding, Row } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'final-summary-balances';
const A = 'income.amount';
const E = 'expenditure.amount';

// Both sides print their grand total as plain 总计, so the side decides which one a row is.
const at = (rows: readonly Row[], name: string): number => rows.findIndex((r) => normName(r.name) === name);

// 公开01 prints all 26 类 and 8 income items, mostly blank; a blank is an exact zero, so only printed
// figures may carry 尾差 (counting blanks would pass a 0.2 gap as rounding).
const printed = (rows: readonly Row[], key: string): Cell[] => rows.flatMap((r) => cellsAt(r, key)).filter((c) => c.text.trim() !== '');

/** 收入支出决算总表 (公开01) balances: each 本年合计 = its items, each 总计 = 本年合计 + 结转/结余 lines, 收入总计 = 支出总计. */
export const finalSummaryBalances: Rule = {
  id: ID,
  title: '收入支出决算总表收支平衡',
  category: 'cross-table',
  severity: 'error',
  docs: 'In 收入支出决算总表 (公开01表) 本年收入合计 equals the income items above it (行次 1–8), 本年支出合计 equals the sum of the 类 rows, each side\'s 总计 equals its 本年合计 plus the 结余/结转 lines between them, and 收入总计 equals 支出总计.',
  check: (doc) => {
    const t = tableOf(doc, 'final-summary');
    if (!t) return [];
    const rows = rowsOf(t);
    const inc = rows.filter((r) => r.side === 'income');
    const exp = rows.filter((r) => r.side === 'expenditure');
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    const params = (row: string, column: string, parts: string): Record<string, string> => ({ table: t.title, row, column, parts });
    const sumInto = (side: readonly Row[], from: number, to: number, key: string, row: string): void => {
      const between = side.slice(from, to);
      push(agree(ID, printed(between, key), cellsAt(side[to], key), t.pos, params(row, key, between.map((r) => r.name).join('+'))));
    };
    const incTotal = at(inc, '本年收入合计');
    const incGrand = at(inc, '总计');
    const expTotal = at(exp, '本年支出合计');
    const expGrand = at(exp, '总计');
    if (incTotal >= 0) {
      // 行次 1–8 (一、一般公共预算财政拨款收入 … 八、其他收入) are the items printed above 本年收入合计.
      const items = inc.slice(0, incTotal).filter((r) => r.role === 'item');
      push(agree(ID, printed(items, A), cellsAt(inc[incTotal], A), t.pos, params('本年收入合计', A, items.map((r) => r.name).join('+'))));
      // 使用非财政拨款结余 and 年初结转和结余 sit between 本年收入合计 and 总计.
      if (incGrand > incTotal) sumInto(inc, incTotal, incGrand, A, '收入总计');
    }
    if (expTotal >= 0) {
      const classes = exp.filter((r) => r.role === 'class');
      push(agree(ID, printed(classes, E), cellsAt(exp[expTotal], E), t.pos, params('本年支出合计', E, '类')));
      // 结余分配 and 年末结转和结余 sit between 本年支出合计 and 总计.
      if (expGrand > expTotal) sumInto(exp, expTotal, expGrand, E, '支出总计');
    }
    if (incGrand >= 0 && expGrand >= 0) push(agree(ID, cellsAt(inc[incGrand], A), cellsAt(exp[expGrand], E), t.pos, params('支出总计', E, '收入总计')));
    return out;
  },
};
