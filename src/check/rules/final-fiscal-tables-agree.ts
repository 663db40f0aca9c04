import type { Cell, Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'final-fiscal-tables-agree';

const grand = (t: Table): Row | undefined => rowsOf(t).find((r) => r.role === 'grand-total');
const named = (t: Table, name: string): Row | undefined => rowsOf(t).find((r) => normName(r.name) === name);

/** The 类 rows of a table by code, with the cells under `key`. */
function classes(rows: readonly Row[], key: string): Map<string, { row: Row; cells: Cell[] }> {
  const m = new Map<string, { row: Row; cells: Cell[] }>();
  for (const r of rows) if (r.role === 'class' && r.code) m.set(r.code, { row: r, cells: cellsAt(r, key) });
  return m;
}

/** 公开05 = 一般公共预算 column of 公开04 (合计 and 类); 公开06 人员 + 公用经费合计 = 公开05 基本支出; 公开07 本年支出 = 公开04 政府性基金 column. */
export const finalFiscalTablesAgree: Rule = {
  id: ID,
  title: '财政拨款收入支出决算总表与分表一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'The 合计 and 类 rows of 一般公共预算财政拨款支出决算表 (公开05表) equal the 一般公共预算 column of 财政拨款收入支出决算总表 (公开04表), 人员经费合计 plus 公用经费合计 of 公开06表 equals the 基本支出 of 公开05表, and the 本年支出 合计 of 公开07表 equals the 政府性基金 column of 公开04表 本年支出合计.',
  check: (doc) => {
    const t4 = tableOf(doc, 'final-fiscal-summary');
    const t5 = tableOf(doc, 'final-gpb-expenditure');
    const t6 = tableOf(doc, 'final-gpb-basic-detail');
    const t7 = tableOf(doc, 'final-gf');
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    // 本年支出合计 on the expenditure side of 公开04, not its 总计 (which adds 年末结转和结余).
    const total4 = t4 && rowsOf(t4).find((r) => r.side === 'expenditure' && normName(r.name) === '本年支出合计');
    if (t4 && t5) {
      const p = (row: string): Record<string, string> => ({ table: t5.title, row, column: 'total', otherTable: t4.title });
      if (total4) push(agree(ID, cellsAt(total4, 'expenditure.gpb'), cellsAt(grand(t5), 'total'), t5.pos, p('合计')));
      const a = classes(rowsOf(t4).filter((r) => r.side === 'expenditure'), 'expenditure.gpb');
      const b = classes(rowsOf(t5), 'total');
      for (const code of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        const x = a.get(code);
        const y = b.get(code);
        push(agree(ID, x?.cells ?? [], y?.cells ?? [], t5.pos, p(`${code} ${y?.row.name ?? x?.row.name ?? ''}`.trim())));
      }
    }
    if (t5 && t6) {
      const parts = [named(t6, '人员经费合计'), named(t6, '公用经费合计')];
      // Without the two 合计 rows printed (and data in the table) there is nothing to compare.
      if (t6.noData || parts.every((r) => r)) {
        push(agree(ID, parts.flatMap((r) => cellsAt(r, 'amount')), cellsAt(grand(t5), 'basic'), t5.pos, { table: t5.title, row: '合计', column: 'basic', otherTable: t6.title }));
      }
    }
    if (t4 && t7 && total4) {
      push(agree(ID, cellsAt(total4, 'expenditure.gf'), cellsAt(grand(t7), 'total'), t7.pos, { table: t7.title, row: '合计', column: 'total', otherTable: t4.title }));
    }
    return out;
  },
};
