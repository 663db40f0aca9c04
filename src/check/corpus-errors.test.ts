import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT_DOCS, PDF_DOCS } from '../../test/corpus.js';
import { corpusDocument } from '../../test/corpus-document.js';
import { checkDocument } from './index.js';

// Every error-level finding the catalogue reports on the corpus, each confirmed by hand against the document
// (line numbers of the text files; of `pdftotext -layout` output for the PDFs). A new error on the corpus fails
// this test until it is confirmed here — or the rule is fixed.
const CONFIRMED: Record<string, [rule: string, line: number, expected: string, actual: string][]> = {
  'yangquan-emergency-2026-budget.txt': [
    // Form 国土空间专项规划经费, line 618 年度资金总额 292000 元; 项目支出预算表 line 411 prints 30.00 万元 = 300000 元.
    ['form-matches-project-table', 618, '300000', '292000'],
  ],
  'shanxi-emergency-2026-budget.txt': [
    // 部门整体支出绩效目标表 lines 555–557: 合计 33658.57, 一般公共预算资金 31427.11, 项目支出 25088.49; 预算收入总表 line 147
    // 合计 33422.27, 一般公共预算 31190.81 (上年结转 3997.75 beside); 预算支出总表 line 183 合计 37420.03, 项目支出 28849.94.
    // The form is 236.30 above the tables throughout (33658.57 − 33422.27; 25088.49 − (28849.94 − 3997.75)).
    ['department-form-matches-tables', 555, '33422.27', '33658.57'],
    ['department-form-matches-tables', 555, '37420.03', '33658.57'],
    ['department-form-matches-tables', 556, '31190.81', '31427.11'],
    ['department-form-matches-tables', 557, '28849.94', '25088.49'],
  ],
  'shanghai-putuo-planning-2024-final-accounts.pdf': [
    // Line 785 “一般公共预算财政拨款基本支出 5377.64 万元”, 787 “人员经费 4896.98 万元”; 一般公共预算财政拨款支出决算表 line 459
    // 基本支出 5364.75 and 基本支出决算表 line 533 人员经费合计 4884.09 (5377.64 is the all-funds 基本支出 of 支出决算表).
    ['narrative-matches-tables', 785, '5364.75', '5377.64'],
    ['narrative-matches-tables', 787, '4884.09', '4896.98'],
  ],
};

for (const name of [...TEXT_DOCS, ...PDF_DOCS]) {
  test(`${name}: every error-level finding is a confirmed real inconsistency`, () => {
    const errors = checkDocument(corpusDocument(name))
      .filter((f) => f.severity === 'error')
      .map((f) => [f.rule, f.location.line, f.expected ?? '', f.actual ?? '']);
    const sort = (xs: unknown[][]) => xs.map((x) => JSON.stringify(x)).sort();
    assert.deepEqual(sort(errors), sort(CONFIRMED[name] ?? []));
  });
}
