import type { Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, byCode, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'shanghai-class-totals-agree';

// The income items of the summary and the 收入预算总表 column each one totals.
const INCOME: readonly [RegExp, string][] = [[/^财政拨款收入$/, 'fiscal'], [/^事业收入$/, 'business'], [/^事业单位经营收入$/, 'operating'], [/^其他收入$/, 'other']];
const bare = (name: string): string => normName(name).replace(/^[一二三四五六七八九十]+、/, '');

/**
 * Shanghai budget: 部门财务收支预算总表 类 and 总计 = 收入预算总表 and 支出预算总表; its income items = 收入预算总表 合计 by source;
 * 收入预算总表 = 支出预算总表 code by code (the Shanghai template has no 上年结转, so income by function is spending by function).
 */
export const shanghaiClassTotalsAgree: Rule = {
  id: ID,
  title: '上海部门预算收支总表、收入总表、支出总表一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'In a Shanghai budget the 类 amounts and 支出总计 of 部门财务收支预算总表 equal the 类 and 合计 totals of 部门收入预算总表 and 部门支出预算总表, its income items (财政拨款收入, 事业收入, 事业单位经营收入, 其他收入) equal the 合计 row of 收入预算总表, and, with no 上年结转 in this template, 收入预算总表 and 支出预算总表 agree code by code (类, 款, 项); a code printed in only one table counts as zero in the other.',
  check: (doc) => {
    if (doc.template !== 'shanghai-budget') return [];
    const t1 = tableOf(doc, 'sh-budget-summary');
    const t2 = tableOf(doc, 'budget-revenue');
    const t3 = tableOf(doc, 'budget-expenditure');
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    const compare = (a: Map<string, Row>, ka: string, ta: Table, b: Map<string, Row>, kb: string, tb: Table): void => {
      for (const code of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        const x = a.get(code);
        const y = b.get(code);
        const row = code === '合计' ? code : `${code} ${y?.name ?? x?.name ?? ''}`.trim();
        push(agree(ID, cellsAt(x, ka), cellsAt(y, kb), tb.pos, { table: tb.title, row, column: kb, otherTable: ta.title, otherColumn: ka }));
      }
    };
    const r2 = t2 && byCode(rowsOf(t2));
    const r3 = t3 && byCode(rowsOf(t3));
    if (t1) {
      const exp = rowsOf(t1).filter((r) => r.side === 'expenditure' && (r.role === 'class' || r.role === 'grand-total'));
      const s1 = byCode(exp);
      const classesOnly = (m: Map<string, Row>): Map<string, Row> => new Map([...m].filter(([, r]) => r.role === 'class' || r.role === 'grand-total'));
      if (t2 && r2) compare(s1, 'expenditure.amount', t1, classesOnly(r2), 'total', t2);
      if (t3 && r3) compare(s1, 'expenditure.amount', t1, classesOnly(r3), 'total', t3);
      const g2 = r2?.get('合计');
      if (t2 && g2) {
        for (const r of rowsOf(t1).filter((x) => x.side === 'income' && x.role !== 'grand-total')) {
          const key = INCOME.find(([re]) => re.test(bare(r.name)))?.[1];
          if (key) push(agree(ID, cellsAt(r, 'income.amount'), cellsAt(g2, key), t2.pos, { table: t2.title, row: '合计', column: key, otherTable: t1.title, otherRow: bare(r.name) }));
        }
      }
    }
    if (t2 && r2 && t3 && r3) compare(r2, 'total', t2, r3, 'total', t3);
    return out;
  },
};
