import type { Cell, Finding, Row } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'final-fiscal-summary-balances';
const A = 'income.amount';
const COLUMNS = ['expenditure.total', 'expenditure.gpb', 'expenditure.gf', 'expenditure.soc'];

// A blank is an exact zero, so only printed figures may carry 尾差 (公开04 prints every 类, mostly blank).
const printed = (rows: readonly Row[], key: string): Cell[] => rows.flatMap((r) => cellsAt(r, key)).filter((c) => c.text.trim() !== '');

/** 财政拨款收入支出决算总表 (公开04) balances: 本年合计 = items / 类 in each column, 总计 = 本年合计 + 结转和结余, 收入总计 = 支出总计. */
export const finalFiscalSummaryBalances: Rule = {
  id: ID,
  title: '财政拨款收入支出决算总表收支平衡',
  category: 'cross-table',
  severity: 'error',
  docs: 'In 财政拨款收入支出决算总表 (公开04表) 本年收入合计 equals the three fund lines above it, 本年支出合计 equals the sum of the 类 rows in each column (合计 and the three funds), each 总计 equals its 本年合计 plus the 年初 (年末) 财政拨款结转和结余 line, and 收入总计 equals 支出总计.',
  check: (doc) => {
    const t = tableOf(doc, 'final-fiscal-summary');
    if (!t) return [];
    const rows = rowsOf(t);
    const inc = rows.filter((r) => r.side === 'income');
    const exp = rows.filter((r) => r.side === 'expenditure');
    const named = (side: readonly Row[], re: RegExp): Row | undefined => side.find((r) => re.test(normName(r.name)));
    const incTotal = named(inc, /^本年收入合计$/);
    const expTotal = named(exp, /^本年支出合计$/);
    const incGrand = named(inc, /^总计$/);
    const expGrand = named(exp, /^总计$/);
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    const params = (row: string, column: string, parts: string): Record<string, string> => ({ table: t.title, row, column, parts });
    if (incTotal) {
      const items = inc.slice(0, inc.indexOf(incTotal)).filter((r) => r.role === 'item');
      push(agree(ID, printed(items, A), cellsAt(incTotal, A), t.pos, params('本年收入合计', A, items.map((r) => normName(r.name)).join('+'))));
      const opening = named(inc, /^年初.*结转/);
      if (incGrand) push(agree(ID, printed([incTotal, ...(opening ? [opening] : [])], A), cellsAt(incGrand, A), t.pos, params('收入总计', A, '本年收入合计+年初结转和结余')));
    }
    if (expTotal) {
      const classes = exp.filter((r) => r.role === 'class');
      const closing = named(exp, /^年末.*结转/);
      for (const col of COLUMNS) {
        push(agree(ID, printed(classes, col), cellsAt(expTotal, col), t.pos, params('本年支出合计', col, '类')));
        if (expGrand) push(agree(ID, printed([expTotal, ...(closing ? [closing] : [])], col), cellsAt(expGrand, col), t.pos, params('支出总计', col, '本年支出合计+年末结转和结余')));
      }
    }
    if (incGrand && expGrand) push(agree(ID, cellsAt(incGrand, A), cellsAt(expGrand, 'expenditure.total'), t.pos, params('支出总计', 'expenditure.total', '收入总计')));
    return out;
  },
};
