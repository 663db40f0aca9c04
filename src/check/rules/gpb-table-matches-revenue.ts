import type { Finding, Row } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, byCode, cellsAt, rowsOf, tableOf } from '../cross-table.js';

const ID = 'gpb-table-matches-revenue';

/** 表5 rows = 表2 一般公共预算 by code; 表6 合计 = 表5 合计 基本支出. */
export const gpbTableMatchesRevenue: Rule = {
  id: ID,
  title: '一般公共预算支出表与收入总表一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'Each row of 一般公共预算支出预算表 (表5) equals the 一般公共预算 column of 预算收入总表 (表2) for the same code (a code printed in only one table counts as zero in the other), and the 合计 of the basic-expenditure economic table (表6) equals the 基本支出 of 表5 合计.',
  check: (doc) => {
    const t2 = tableOf(doc, 'budget-revenue');
    const t5 = tableOf(doc, 'gpb-expenditure');
    const t6 = tableOf(doc, 'gpb-basic-economic');
    if (!t5) return [];
    const out: Finding[] = [];
    const r5 = byCode(rowsOf(t5));
    // Shanghai's 收入预算总表 has one 财政拨款收入 column for all three funds: without a 一般公共预算 column there is
    // nothing of 表2 to compare (shanghai-fiscal-tables-agree ties its 财政拨款 column to the three fund tables).
    if (t2 && t2.columns.some((c) => c.key === 'gpb')) {
      const r2 = byCode(rowsOf(t2));
      for (const code of new Set([...r5.keys(), ...r2.keys()])) {
        const a = r2.get(code);
        const b = r5.get(code);
        const f = agree(ID, cellsAt(a, 'gpb'), cellsAt(b, 'total'), t5.pos, { table: t5.title, row: code === '合计' ? code : `${code} ${b?.name ?? a?.name ?? ''}`, column: 'total', otherTable: t2.title, otherColumn: 'gpb' });
        if (f) out.push(f);
      }
    }
    if (t6) {
      const g6 = rowsOf(t6).find((r) => r.role === 'grand-total');
      const f = agree(ID, cellsAt(r5.get('合计'), 'basic'), cellsAt(g6, 'total'), t6.pos, { table: t6.title, row: '合计', column: 'total', otherTable: t5.title, otherColumn: 'basic' });
      if (f) out.push(f);
    }
    return out;
  },
};
