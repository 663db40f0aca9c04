import { compareDecimals, toYuan } from '../../model/decimal.js';
import type { Document, Finding, ProjectForm } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const ID = 'form-year-within-period';
const PARTS = ['total', 'central', 'provincial', 'local', 'selfRaised', 'other'] as const;

function checkForm(form: ProjectForm): Finding[] {
  const period = form.funding.period;
  const year = form.funding.year;
  if (!period || !year) return [];
  return PARTS.flatMap((part): Finding[] => {
    const p = period[part];
    const y = year[part];
    if (!p || !y) return [];
    // In 元 so that a 万元 half and a 元 half compare exactly.
    const py = toYuan(p);
    const yy = toYuan(y);
    if (compareDecimals(yy, py) <= 0) return [];
    return [
      {
        rule: ID,
        severity: 'error',
        location: y.pos,
        related: [p.pos],
        expected: py,
        actual: yy,
        params: { project: form.projectName, subject: form.projectName, part, unit: '元', difference: difference(yy, py) },
      },
    ];
  });
}

/** A project form’s year funding does not exceed its implementation-period funding, in total and by source. */
export const formYearWithinPeriod: Rule = {
  id: ID,
  title: '绩效目标表年度资金不超过实施期资金',
  category: 'forms',
  severity: 'error',
  docs: 'On each project performance form the 年度资金总额 is part of the 实施期资金总额, so it cannot exceed it (compared exactly in 元); each funding source printed in both halves is held to the same bound.',
  check: (doc: Document) => doc.forms.projects.flatMap(checkForm),
};
