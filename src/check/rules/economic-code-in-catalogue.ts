import { ECONOMIC_CODES } from '../catalogue/economic-codes.js';
import type { Rule } from '../rule.js';
import { catalogueFinding } from './code-in-catalogue.js';
import { codedRows } from './code-named-consistently.js';

/** Economic codes (部门 3xx, 政府 5xx) are known to the catalogue and carry its names. */
export const economicCodeInCatalogue: Rule = {
  id: 'economic-code-in-catalogue',
  title: '经济科目与目录一致',
  category: 'classification',
  severity: 'warning',
  docs: 'Each economic classification code (部门预算支出经济分类 3xx, 政府预算支出经济分类 5xx) is looked up in the catalogue: an unknown code is information, a name that differs from the catalogue name (spaces, ordinals and bracket widths aside) is a warning. Economic codes are never compared with function codes.',
  check: (doc) =>
    doc.tables.flatMap((t) =>
      codedRows(t.noData ? [] : t.rows)
        .filter((r) => r.classification === 'dept-economic' || r.classification === 'gov-economic')
        .flatMap((r) => catalogueFinding('economic-code-in-catalogue', ECONOMIC_CODES, r, t, doc.year) ?? []),
    ),
};
