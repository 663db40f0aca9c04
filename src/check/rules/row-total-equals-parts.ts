import type { Finding, Table, TableKind } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { compareSum } from '../sums.js';

const BASIC_PROJECT = [{ total: 'total', parts: ['basic', 'project'] }];
const SOURCES = [{ total: 'total', parts: ['gpb', 'gf', 'soc'] }];
const FISCAL_SIDES = [{ total: 'expenditure.total', parts: ['expenditure.gpb', 'expenditure.gf', 'expenditure.soc'] }];

/** Which columns of a row add up to which, per table kind (keys absent from a table count as blank). */
export const ROW_SUMS: Partial<Record<TableKind, { total: string; parts: string[] }[]>> = {
  'budget-summary': [{ total: 'expenditure.total', parts: ['expenditure.current', 'expenditure.carryover'] }],
  'budget-revenue': [{ total: 'total', parts: ['gpb', 'gf', 'soc', 'specialAccount', 'unitFunds', 'fiscal', 'business', 'operating', 'other'] }],
  'budget-expenditure': BASIC_PROJECT,
  'fiscal-summary': FISCAL_SIDES,
  'gpb-expenditure': BASIC_PROJECT,
  'gpb-basic-economic': [{ total: 'total', parts: ['personnel', 'public'] }],
  'gf-expenditure': BASIC_PROJECT,
  'soc-expenditure': BASIC_PROJECT,
  'three-public': SOURCES,
  'admin-operating': SOURCES,
  'project-expenditure': [{ total: 'total', parts: ['gpb', 'gf', 'soc', 'specialAccount', 'unitFunds'] }],
  'project-carryover': SOURCES,
  'final-revenue': [{ total: 'total', parts: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] }],
  'final-expenditure': [{ total: 'total', parts: ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] }],
  'final-fiscal-summary': FISCAL_SIDES,
  'final-gpb-expenditure': BASIC_PROJECT,
  'final-gf': BASIC_PROJECT,
  'final-soc': BASIC_PROJECT,
};

function checkTable(t: Table, id: string): Finding[] {
  const sums = ROW_SUMS[t.kind];
  if (!sums) return [];
  const keys = new Set(t.columns.map((c) => c.key));
  const out: Finding[] = [];
  for (const row of t.rows) {
    for (const s of sums) {
      const total = row.cells[s.total];
      // Only rows that print the total are checked; a row with neither total nor parts is an empty line.
      if (!total?.amount) continue;
      const parts = s.parts.filter((k) => keys.has(k));
      const f = compareSum(id, 'error', total, parts.map((k) => row.cells[k]), row.pos, {
        table: t.title,
        row: row.code ? `${row.code} ${row.name}` : row.name,
        column: s.total,
        parts: parts.join('+'),
      });
      if (f) out.push(f);
    }
  }
  return out;
}

/** 合计 of a row equals the sum of its columns (基本+项目, sources, 人员+公用 …). */
export const rowTotalEqualsParts: Rule = {
  id: 'row-total-equals-parts',
  title: '行合计等于各栏之和',
  category: 'arithmetic',
  severity: 'error',
  docs: 'In every row of a table whose columns add up (合计 = 基本支出 + 项目支出, 合计 = the funding sources, 合计 = 人员经费 + 公用经费, 本年支出合计 = 当年预算安排 + 上年结转安排), the printed total equals the sum of the printed parts; blanks count as zero; a difference within 0.01 per part is reported as rounding (info).',
  check: (doc) => doc.tables.flatMap((t) => checkTable(t, 'row-total-equals-parts')),
};
