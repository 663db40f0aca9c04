import type { Finding, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { compareSum } from '../sums.js';

function checkTable(t: Table, id: string): Finding[] {
  const keys = t.columns.map((c) => c.key).filter((k) => k !== 'name' && t.rows.some((r) => r.cells[k]?.amount));
  const out: Finding[] = [];
  const units = t.rows.filter((r) => r.role === 'unit-subtotal');
  const projects = t.rows.filter((r) => r.role === 'project');
  const groups = units.map((u) => ({ parent: u, children: projects.filter((p) => p.unitName === u.name && t.rows.indexOf(p) > t.rows.indexOf(u)) }));
  const total = t.rows.find((r) => r.role === 'grand-total');
  if (total) groups.push({ parent: total, children: units.length > 0 ? units : projects });
  for (const { parent, children } of groups) {
    if (children.length === 0) continue;
    for (const key of keys) {
      const f = compareSum(id, 'error', parent.cells[key], children.map((c) => c.cells[key]), parent.pos, {
        table: t.title,
        row: parent.name,
        column: key,
        parts: `${children.length} rows`,
      });
      if (f) out.push(f);
    }
  }
  return out;
}

/** In 项目支出预算表, each unit row equals the sum of its projects and the department row the sum of its units. */
export const projectSubtotals: Rule = {
  id: 'project-subtotals',
  title: '项目表单位小计等于所属项目之和',
  category: 'arithmetic',
  severity: 'error',
  docs: 'In the project tables (本年预算, 上年结转) every unit subtotal equals the sum of the projects listed under it, and the first (department) row equals the sum of the units — or of the projects when the table lists one unit only.',
  check: (doc) => doc.tables.filter((t) => t.kind === 'project-expenditure' || t.kind === 'project-carryover').flatMap((t) => checkTable(t, 'project-subtotals')),
};
