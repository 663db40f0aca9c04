import type { Document, Finding, Position, TableKind } from '../../model/index.js';
import type { Rule } from '../rule.js';

// The table sets the Shanxi templates prescribe (domain.md Part 2 and 公开01–10表) and Shanghai's nine-table budget and
// final-accounts sets (the 目录 of both Shanghai corpus PDFs lists exactly these); other templates require nothing.
const REQUIRED: Partial<Record<Document['template'], readonly TableKind[]>> = {
  'shanxi-budget': [
    'budget-summary', 'budget-revenue', 'budget-expenditure', 'fiscal-summary', 'gpb-expenditure', 'gpb-basic-economic',
    'gf-revenue', 'gf-expenditure', 'soc-budget', 'three-public', 'admin-operating', 'project-expenditure', 'project-carryover',
  ],
  'shanxi-final': [
    'final-summary', 'final-revenue', 'final-expenditure', 'final-fiscal-summary', 'final-gpb-expenditure',
    'final-gpb-basic-detail', 'final-gf', 'final-soc', 'final-three-public', 'final-statistics',
  ],
  'shanghai-budget': [
    'sh-budget-summary', 'budget-revenue', 'budget-expenditure', 'fiscal-summary', 'gpb-expenditure', 'gf-expenditure',
    'soc-expenditure', 'gpb-basic-economic', 'sh-three-public-operating',
  ],
  // Shanghai's final accounts have no 公开10 statistics table: 机关运行经费 and 政府采购 are stated in the narrative.
  'shanghai-final': [
    'final-summary', 'final-revenue', 'final-expenditure', 'final-fiscal-summary', 'final-gpb-expenditure',
    'final-gpb-basic-detail', 'final-three-public', 'final-gf', 'final-soc',
  ],
};

/** A Shanxi budget has all 13 tables, a Shanxi final-accounts disclosure all 10, a Shanghai budget or final 9; each missing kind is an error. */
export const requiredTables: Rule = {
  id: 'required-tables',
  title: '公开表格齐全',
  category: 'completeness',
  severity: 'error',
  docs: 'A document of the Shanxi budget template must publish all 13 budget tables, one of the Shanxi final-accounts template all 10 final tables (公开01–10表), and a Shanghai budget or final-accounts document its nine tables; each missing table kind is reported.',
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
