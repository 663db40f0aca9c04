import type { Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';

// A table that goes down to 项 (7 digits) prints every 款 with its 项, and one that goes down to 款 every 类 with its
// 款: amounts are budgeted at the lowest level, so a parent without a child row is a row lost (classification-sums
// has nothing to add up then). The depth is the table's own: summary tables that stop at 类 are not concerned.
function checkTable(t: Table): Finding[] {
  if (t.kind === 'generic' || t.noData) return [];
  const out: Finding[] = [];
  const byClass = new Map<string, Row[]>();
  for (const r of t.rows) {
    if (!r.code || !r.classification || !/^\d+$/.test(r.code)) continue;
    byClass.set(r.classification, [...(byClass.get(r.classification) ?? []), r]);
  }
  for (const [classification, rows] of byClass) {
    const depth = Math.max(...rows.map((r) => r.code?.length ?? 0));
    const codes = new Set(rows.map((r) => r.code ?? ''));
    const all = [...codes];
    for (const r of rows) {
      const code = r.code ?? '';
      if (code.length >= depth) continue;
      if (all.some((c) => c.length === code.length + 2 && c.startsWith(code))) continue;
      out.push({
        rule: 'code-children-present',
        severity: 'warning',
        location: r.pos,
        actual: code,
        params: { table: t.title, code, name: r.name.trim(), classification, depth: String(depth), kind: code.length === 3 ? 'class' : 'section' },
      });
    }
  }
  return out;
}

/** In a table printing codes down to 项 (or 款), every 款 (or 类) has at least one child row. */
export const codeChildrenPresent: Rule = {
  id: 'code-children-present',
  title: '上级科目有下级科目',
  category: 'classification',
  severity: 'warning',
  docs: 'In a table whose codes go down to 项 (7 digits), every 款 row has at least one 项 under it, and where they go down to 款 every 类 has a 款: amounts are budgeted at the lowest level, so a parent without children means a row was lost.',
  check: (doc) => doc.tables.flatMap(checkTable),
};
