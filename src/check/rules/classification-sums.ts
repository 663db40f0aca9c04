import type { Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { compareSum } from '../sums.js';

const SKIP = new Set(['code', 'name', 'name2']);

/** The value columns of a table (every key that is not code or name and holds an amount somewhere). */
function valueKeys(t: Table): string[] {
  return t.columns.map((c) => c.key).filter((k) => !SKIP.has(k) && !k.endsWith('.name') && !k.endsWith('.lineNo') && t.rows.some((r) => r.cells[k]?.amount));
}

function parentChildren(t: Table): { parent: Row; children: Row[] }[] {
  const coded = t.rows.filter((r) => r.code && r.classification && r.classification !== 'gov-economic' && !r.side);
  const out: { parent: Row; children: Row[] }[] = [];
  for (const parent of coded) {
    const len = parent.code!.length;
    const children = coded.filter((r) => r.code!.length === len + 2 && r.code!.startsWith(parent.code!));
    if (children.length > 0) out.push({ parent, children });
  }
  const total = t.rows.find((r) => r.role === 'grand-total' && !r.side);
  const classes = coded.filter((r) => r.code!.length === 3);
  if (total && classes.length > 0 && t.rows.every((r) => r.classification !== 'dept-economic' || r.code)) out.push({ parent: total, children: classes });
  return out;
}

function checkTable(t: Table, id: string): Finding[] {
  if (t.kind === 'generic' || t.kind === 'final-gpb-basic-detail') return [];
  const keys = valueKeys(t);
  const out: Finding[] = [];
  for (const { parent, children } of parentChildren(t)) {
    for (const key of keys) {
      if (!parent.cells[key]?.amount && children.every((c) => !c.cells[key]?.amount)) continue;
      const f = compareSum(id, 'error', parent.cells[key], children.map((c) => c.cells[key]), parent.pos, {
        table: t.title,
        row: parent.code ? `${parent.code} ${parent.name}` : parent.name,
        column: key,
        parts: children.map((c) => c.code ?? c.name).join('+'),
      });
      if (f) out.push(f);
    }
  }
  return out;
}

/** Every 类 equals the sum of its 款, every 款 the sum of its 项, and the 合计 row the sum of the 类. */
export const classificationSums: Rule = {
  id: 'classification-sums',
  title: '类款项逐级相加',
  category: 'arithmetic',
  severity: 'error',
  docs: 'In tables by classification code (function 类/款/项, economic 类/款), each parent row equals the sum of its child rows in every amount column, and the 合计 row equals the sum of the 类 rows; within 0.01 per part it is rounding (info).',
  check: (doc) => doc.tables.flatMap((t) => checkTable(t, 'classification-sums')),
};
