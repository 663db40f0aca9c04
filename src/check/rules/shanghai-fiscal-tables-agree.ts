import type { Cell, Finding, Row, Table, TableKind } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, byCode, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'shanghai-fiscal-tables-agree';

/** The three funds: their column in 财政拨款收支预算总表, their function table, how their income line is named. */
const FUNDS: readonly { key: 'gpb' | 'gf' | 'soc'; kind: TableKind; name: RegExp }[] = [
  { key: 'gpb', kind: 'gpb-expenditure', name: /一般公共预算/ },
  { key: 'gf', kind: 'gf-expenditure', name: /政府性基金/ },
  { key: 'soc', kind: 'soc-expenditure', name: /国有资本/ },
];

const printed = (rows: readonly Row[], key: string): Cell[] => rows.flatMap((r) => cellsAt(r, key)).filter((c) => c.text.trim() !== '');
const label = (code: string, ...rows: (Row | undefined)[]): string => (code === '合计' ? code : `${code} ${rows.find((r) => r)?.name ?? ''}`.trim());

/**
 * Shanghai budget: 财政拨款收支预算总表 balances; its fund columns equal the 一般公共预算 / 政府性基金 / 国有资本经营 function
 * tables 类 by 类; its income lines equal the summary's sources and its 支出总计 by fund; 收入预算总表 财政拨款收入 = the three
 * function tables code by code.
 */
export const shanghaiFiscalTablesAgree: Rule = {
  id: ID,
  title: '上海部门预算财政拨款收支总表与分表一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'In a Shanghai budget 部门财政拨款收支预算总表 balances (收入总计 = its three income lines = 支出总计, 支出总计 = Σ 类 in every column); its 一般公共预算, 政府性基金 and 国有资本经营预算 columns equal the three function-classification tables 类 by 类 and in total; each income line equals the same fund\'s line in 部门财务收支预算总表 and the fund\'s 支出总计; and the 财政拨款收入 column of 部门收入预算总表 equals the sum of the three function tables code by code (no 上年结转 in this template).',
  check: (doc) => {
    if (doc.template !== 'shanghai-budget') return [];
    const t4 = tableOf(doc, 'fiscal-summary');
    const out: Finding[] = [];
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    const funds = FUNDS.map((f) => ({ ...f, table: tableOf(doc, f.kind) }));
    if (t4) {
      const rows = rowsOf(t4);
      const inc = rows.filter((r) => r.side === 'income' && r.role !== 'grand-total');
      const exp = rows.filter((r) => r.side === 'expenditure');
      const incGrand = rows.find((r) => r.side === 'income' && r.role === 'grand-total');
      const expGrand = exp.find((r) => r.role === 'grand-total');
      const classes = exp.filter((r) => r.role === 'class');
      const p = (row: string, column: string, extra: Record<string, string> = {}): Record<string, string> => ({ table: t4.title, row, column, ...extra });
      if (incGrand) push(agree(ID, printed(inc, 'income.amount'), cellsAt(incGrand, 'income.amount'), t4.pos, p('收入总计', 'income.amount', { parts: inc.map((r) => normName(r.name)).join('+') })));
      if (expGrand) {
        for (const col of ['expenditure.total', 'expenditure.gpb', 'expenditure.gf', 'expenditure.soc']) {
          push(agree(ID, printed(classes, col), cellsAt(expGrand, col), t4.pos, p('支出总计', col, { parts: '类' })));
        }
        if (incGrand) push(agree(ID, cellsAt(incGrand, 'income.amount'), cellsAt(expGrand, 'expenditure.total'), t4.pos, p('支出总计', 'expenditure.total', { parts: '收入总计' })));
      }
      const summary = tableOf(doc, 'sh-budget-summary');
      const sources = summary ? rowsOf(summary).filter((r) => r.side === 'income') : [];
      for (const f of funds) {
        const line = inc.find((r) => f.name.test(r.name));
        // The fund's income line funds exactly its spending: the template has no 上年结转.
        if (line && expGrand) push(agree(ID, cellsAt(line, 'income.amount'), cellsAt(expGrand, `expenditure.${f.key}`), t4.pos, p('支出总计', `expenditure.${f.key}`, { parts: normName(line.name) })));
        const source = sources.find((r) => f.name.test(r.name));
        if (summary && line && source) push(agree(ID, cellsAt(source, 'income.amount'), cellsAt(line, 'income.amount'), t4.pos, p(normName(line.name), 'income.amount', { otherTable: summary.title, otherRow: normName(source.name) })));
        if (!f.table) continue;
        const a = byCode([...classes, ...(expGrand ? [expGrand] : [])]);
        const b = new Map([...byCode(rowsOf(f.table))].filter(([, r]) => r.role === 'class' || r.role === 'grand-total'));
        for (const code of [...new Set([...a.keys(), ...b.keys()])].sort()) {
          const x = a.get(code);
          const y = b.get(code);
          push(agree(ID, cellsAt(x, `expenditure.${f.key}`), cellsAt(y, 'total'), f.table.pos, { table: f.table.title, row: label(code, y, x), column: 'total', otherTable: t4.title, otherColumn: `expenditure.${f.key}` }));
        }
      }
    }
    const t2 = tableOf(doc, 'budget-revenue');
    const present = funds.flatMap((f) => (f.table ? [f.table] : []));
    // Only with all three function tables printed is the 财政拨款 column fully accounted for.
    if (t2 && present.length === FUNDS.length) compareFiscal(t2, present, push);
    return out;
  },
};

/** 收入预算总表 财政拨款收入 per code = Σ of the three function tables' 合计 for that code. */
function compareFiscal(t2: Table, tables: readonly Table[], push: (f: Finding | undefined) => void): void {
  const r2 = byCode(rowsOf(t2));
  const maps = tables.map((t) => byCode(rowsOf(t)));
  const codes = new Set([...r2.keys(), ...maps.flatMap((m) => [...m.keys()])]);
  for (const code of [...codes].sort()) {
    const x = r2.get(code);
    const ys = maps.map((m) => m.get(code));
    const expected = ys.flatMap((y) => cellsAt(y, 'total')).filter((c) => c.text.trim() !== '');
    push(agree(ID, expected, cellsAt(x, 'fiscal'), t2.pos, { table: t2.title, row: label(code, x, ...ys), column: 'fiscal', otherTable: tables.map((t) => t.title).join('+'), otherColumn: 'total' }));
  }
}
