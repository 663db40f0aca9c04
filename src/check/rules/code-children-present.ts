import type { Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';

// A table that goes down to 项 (7 digits) prints every 款 with its 项, and one that goes down to 款 every 类 with its
// 款: amounts are budgeted at the lowest level, so a parent without a child row is a row lost (classification-sums
// has nothing to add up then). The depth is the deepest code of the table, or of the document when the table prints
// 款 codes itself (all tables by 款 of one package go down to 项: a table whose only 项 was lost looks shallower);
// summary tables that stop at 类 are not concerned.
type Depths = ReadonlyMap<string, number>;

function codedRows(t: Table): Map<string, Row[]> {
  const byClass = new Map<string, Row[]>();
  if (t.kind === 'generic' || t.noData) return byClass;
  for (const r of t.rows) {
    if (!r.code || !r.classification || !/^\d+$/.test(r.code)) continue;
    byClass.set(r.classification, [...(byClass.get(r.classification) ?? []), r]);
  }
  return byClass;
}

function documentDepths(tables: readonly Table[]): Depths {
  const out = new Map<string, number>();
  for (const t of tables) {
    for (const [c, rows] of codedRows(t)) out.set(c, Math.max(out.get(c) ?? 0, ...rows.map((r) => r.code?.length ?? 0)));
  }
  return out;
}

function checkTable(t: Table, docDepths: Depths): Finding[] {
  const out: Finding[] = [];
  for (const [classification, rows] of codedRows(t)) {
    const own = Math.max(...rows.map((r) => r.code?.length ?? 0));
    const depth = own >= 5 ? Math.max(own, docDepths.get(classification) ?? 0) : own;
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
  docs: 'In a table whose codes go down to 项 (7 digits), every 款 row has at least one 项 under it, and where they go down to 款 every 类 has a 款 (a table printing 款 codes goes as deep as the deepest table of the document): amounts are budgeted at the lowest level, so a parent without children means a row was lost.',
  check: (doc) => {
    const depths = documentDepths(doc.tables);
    return doc.tables.flatMap((t) => checkTable(t, depths));
  },
};
