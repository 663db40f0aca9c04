import type { Cell, Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, rowsOf, tableOf } from '../cross-table.js';

const ID = 'class-totals-agree';

/** The cells that make up a 类's amount in a table, by 类 code. */
type ByClass = Map<string, { row: Row; cells: Cell[] }>;

function classes(rows: readonly Row[], keys: string[]): ByClass {
  const m: ByClass = new Map();
  for (const r of rows) if (r.role === 'class' && r.code) m.set(r.code, { row: r, cells: cellsAt(r, ...keys) });
  return m;
}

/** Compare two tables 类 by 类; a 类 printed in only one of them counts as zero in the other. */
function compareClasses(a: ByClass, ta: Table, b: ByClass, tb: Table, column: string): Finding[] {
  const codes = [...new Set([...a.keys(), ...b.keys()])].sort();
  return codes.flatMap((code) => {
    const x = a.get(code);
    const y = b.get(code);
    const f = agree(ID, x?.cells ?? [], y?.cells ?? [], tb.pos, {
      table: tb.title,
      row: `${code} ${y?.row.name ?? x?.row.name ?? ''}`.trim(),
      column,
      otherTable: ta.title,
    });
    return f ? [f] : [];
  });
}

// 表2 splits 本年收入 (合计) from 上年结转, while 表1 and 表3 print the year's spending including carry-over.
const REVENUE = ['total', 'carryover'];

/** 表1 类 amounts = 表2 and 表3 类 totals; 表3 合计 = 表2 合计 (+ 上年结转). */
export const classTotalsAgree: Rule = {
  id: ID,
  title: '收支总表、收入总表、支出总表分类合计一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'The 类 amounts of the expenditure side of 预算收支总表 (表1) equal the 类 totals of 预算收入总表 (表2, 本年收入合计 plus 上年结转) and of 预算支出总表 (表3), and the 合计 of 表3 equals the 合计 of 表2 plus its 上年结转; a 类 missing from one table counts as zero there.',
  check: (doc) => {
    const t1 = tableOf(doc, 'budget-summary');
    const t2 = tableOf(doc, 'budget-revenue');
    const t3 = tableOf(doc, 'budget-expenditure');
    const out: Finding[] = [];
    const c1 = t1 && classes(rowsOf(t1).filter((r) => r.side === 'expenditure'), ['expenditure.total']);
    const c2 = t2 && classes(rowsOf(t2), REVENUE);
    const c3 = t3 && classes(rowsOf(t3), ['total']);
    if (t1 && c1 && t2 && c2) out.push(...compareClasses(c1, t1, c2, t2, 'total+carryover'));
    if (t1 && c1 && t3 && c3) out.push(...compareClasses(c1, t1, c3, t3, 'total'));
    if (t2 && t3) {
      const g2 = rowsOf(t2).find((r) => r.role === 'grand-total');
      const g3 = rowsOf(t3).find((r) => r.role === 'grand-total');
      const f = agree(ID, cellsAt(g2, ...REVENUE), cellsAt(g3, 'total'), t3.pos, { table: t3.title, row: '合计', column: 'total', otherTable: t2.title });
      if (f) out.push(f);
    }
    return out;
  },
};
