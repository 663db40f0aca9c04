import type { Document, Finding, Position, TableKind } from '../../model/index.js';
import type { Rule } from '../rule.js';

// The table sets the Shanxi templates prescribe (domain.md Part 2 and 公开01–10表); other templates vary by region, so nothing is required of them.
const REQUIRED: Partial<Record<Document['template'], readonly TableKind[]>> = {
  'shanxi-budget': [
    'budget-summary', 'budget-revenue', 'budget-expenditure', 'fiscal-summary', 'gpb-expenditure', 'gpb-basic-economic',
    'gf-revenue', 'gf-expenditure', 'soc-budget', 'three-public', 'admin-operating', 'project-expenditure', 'project-carryover',
  ],
  'shanxi-final': [
    'final-summary', 'final-revenue', 'final-expenditure', 'final-fiscal-summary', 'final-gpb-expenditure',
    'final-gpb-basic-detail', 'final-gf', 'final-soc', 'final-three-public', 'final-statistics',
  ],
};

/** A Shanxi budget has all 13 tables and a Shanxi final-accounts disclosure all 10; each missing kind is an error. */
export const requiredTables: Rule = {
  id: 'required-tables',
  title: '公开表格齐全',
  category: 'completeness',
  severity: 'error',
  docs: 'A document of the Shanxi budget template must publish all 13 budget tables, and one of the Shanxi final-accounts template all 10 final tables (公开01–10表); each missing table kind is reported.',
  check(doc) {
    const required = REQUIRED[doc.template];
    if (!required) return [];
    const present = new Set(doc.tables.map((t) => t.kind));
    const location: Position = doc.tables[0]?.pos ?? { file: doc.source.file, line: 1 };
    return required
      .filter((k) => !present.has(k))
      .map((k): Finding => ({ rule: 'required-tables', severity: 'error', location, expected: k, params: { kind: 'missing-table', table: k, template: doc.template } }));
  },
};
