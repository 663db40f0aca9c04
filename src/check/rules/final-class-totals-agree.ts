import type { Cell, Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'final-class-totals-agree';

/** The 类 rows of a table by code, with the cells under `key`. */
function classes(rows: readonly Row[], key: string): Map<string, { row: Row; cells: Cell[] }> {
  const m = new Map<string, { row: Row; cells: Cell[] }>();
  for (const r of rows) if (r.role === 'class' && r.code) m.set(r.code, { row: r, cells: cellsAt(r, key) });
  return m;
}

const named = (rows: readonly Row[], side: string, name: string): Row | undefined =>
  rows.find((r) => r.side === side && normName(r.name) === name);
const grand = (t: Table): Row | undefined => rowsOf(t).find((r) => r.role === 'grand-total');

/** 公开01 类 amounts = 公开03 类 totals; 公开02 合计 = 本年收入合计; 公开03 合计 = 本年支出合计. */
export const finalClassTotalsAgree: Rule = {
  id: ID,
  title: '收入支出决算总表与收入、支出决算表合计一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'The 类 amounts on the expenditure side of 收入支出决算总表 (公开01表) equal the 类 totals of 支出决算表 (公开03表), a 类 missing from one counting as zero; the 合计 of 收入决算表 (公开02表) equals 本年收入合计 and the 合计 of 公开03表 equals 本年支出合计.',
  check: (doc) => {
    const t1 = tableOf(doc, 'final-summary');
    if (!t1) return [];
    const r1 = rowsOf(t1);
    const t2 = tableOf(doc, 'final-revenue');
    const t3 = tableOf(doc, 'final-expenditure');
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    if (t3) {
      const a = classes(r1.filter((r) => r.side === 'expenditure'), 'expenditure.amount');
      const b = classes(rowsOf(t3), 'total');
      for (const code of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        const x = a.get(code);
        const y = b.get(code);
        const row = `${code} ${y?.row.name ?? x?.row.name ?? ''}`.trim();
        push(agree(ID, x?.cells ?? [], y?.cells ?? [], t3.pos, { table: t3.title, row, column: 'total', otherTable: t1.title }));
      }
      const total = named(r1, 'expenditure', '本年支出合计');
      if (total) push(agree(ID, cellsAt(total, 'expenditure.amount'), cellsAt(grand(t3), 'total'), t3.pos, { table: t3.title, row: '合计', column: 'total', otherTable: t1.title }));
    }
    if (t2) {
      const total = named(r1, 'income', '本年收入合计');
      if (total) push(agree(ID, cellsAt(total, 'income.amount'), cellsAt(grand(t2), 'total'), t2.pos, { table: t2.title, row: '合计', column: 'total', otherTable: t1.title }));
    }
    return out;
  },
};
