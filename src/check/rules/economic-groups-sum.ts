import type { Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { compareSum } from '../sums.js';

// Shanxi's 表6 prints economic rows by name only: a 类 row (工资福利支出, its code known from the name) followed by
// its 款 rows (基本工资 …, no code). classification-sums pairs rows by code, so these groups are summed here by
// position: a 类 owns the rows up to the next 类 or total.
const SKIP = new Set(['code', 'name', 'name2']);

function valueKeys(t: Table): string[] {
  return t.columns.map((c) => c.key).filter((k) => !SKIP.has(k) && t.rows.some((r) => r.cells[k]?.amount));
}

/** Whether the table prints economic 款 by name only (where classification-sums cannot pair rows by code). */
function byName(t: Table): boolean {
  return !t.noData && t.rows.some((r) => r.classification === 'dept-economic' && r.role === 'item' && !r.code);
}

function groups(t: Table): { parent: Row; children: Row[] }[] {
  const out: { parent: Row; children: Row[] }[] = [];
  let current: { parent: Row; children: Row[] } | undefined;
  for (const r of t.rows) {
    if (r.side) return [];
    if (r.role === 'class' && r.classification === 'dept-economic') {
      current = { parent: r, children: [] };
      out.push(current);
    } else if (r.role === 'item' && r.classification === 'dept-economic' && !r.code && current) {
      current.children.push(r);
    } else {
      current = undefined;
    }
  }
  return out;
}

function compare(t: Table, parent: Row, children: readonly Row[], key: string, kind: string): Finding | undefined {
  if (!parent.cells[key]?.amount && children.every((c) => !c.cells[key]?.amount)) return undefined;
  const column = t.columns.find((c) => c.key === key)?.label ?? key;
  return compareSum('economic-groups-sum', 'error', parent.cells[key], children.map((c) => c.cells[key]), parent.pos, {
    table: t.title,
    row: parent.name,
    column,
    kind,
    parts: children.map((c) => c.name + (c.name2 ? `/${c.name2}` : '')).join('+'),
  });
}

const opt = (f: Finding | undefined): Finding[] => (f ? [f] : []);

function checkTable(t: Table): Finding[] {
  if (!byName(t)) return [];
  const gs = groups(t);
  const keys = valueKeys(t);
  const out: Finding[] = [];
  if (gs.some((g) => g.children.length > 0)) {
    for (const g of gs) for (const k of keys) out.push(...opt(compare(t, g.parent, g.children, k, 'class')));
  }
  const total = t.rows.find((r) => r.role === 'grand-total' && !r.side);
  if (total && gs.length > 0) {
    for (const k of keys) out.push(...opt(compare(t, total, gs.map((g) => g.parent), k, 'total')));
  }
  return out;
}

/** In economic tables printed by name only, each 类 equals the sum of the 款 rows under it and 合计 the sum of the 类. */
export const economicGroupsSum: Rule = {
  id: 'economic-groups-sum',
  title: '经济分类按名称逐级相加',
  category: 'arithmetic',
  severity: 'error',
  docs: 'Where a table prints its economic 款 by name without codes (Shanxi 表6), each 类 row equals the sum of the 款 rows that follow it and the 合计 row the sum of the 类 rows, in every amount column; within 0.01 per part it is rounding (info).',
  check: (doc) => doc.tables.flatMap(checkTable),
};
