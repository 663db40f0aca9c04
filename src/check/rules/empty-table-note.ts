import type { Cell, Finding, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';

// Stops at the first cell that matches: most tables answer on their first row.
const anyCell = (t: Table, test: (c: Cell) => boolean): boolean => t.rows.some((r) => Object.values(r.cells).some(test));
// A printed zero (0.00) is still an amount: a table of zeros is a disclosed nil, not an empty table.
const hasAmount = (t: Table): boolean => anyCell(t, (c) => c.amount !== undefined);
const hasNonZero = (t: Table): boolean => anyCell(t, (c) => c.amount !== undefined && /[1-9]/.test(c.amount.value));

/** An empty table must say 本表无数据 (or 空表); a table marked so must carry no non-zero amount. */
export const emptyTableNote: Rule = {
  id: 'empty-table-note',
  title: '空表应注明本表无数据',
  category: 'completeness',
  severity: 'warning',
  docs: 'A recognised table whose rows carry no amount at all must carry the 本表无数据 / 空表 note, and a table with that note must not print non-zero amounts. Generic tables are skipped because they need not hold money.',
  check(doc) {
    const out: Finding[] = [];
    for (const t of doc.tables) {
      if (t.kind === 'generic') continue;
      const base = { rule: 'empty-table-note', severity: 'warning' as const, location: t.pos };
      if (!t.noData && !hasAmount(t)) out.push({ ...base, params: { kind: 'missing-no-data-note', table: t.title, tableKind: t.kind } });
      if (t.noData && hasNonZero(t)) out.push({ ...base, params: { kind: 'no-data-but-amounts', table: t.title, tableKind: t.kind } });
    }
    return out;
  },
};
