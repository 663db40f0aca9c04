import { compareDecimals, sumDecimals, toYuan } from '../../model/decimal.js';
import type { Finding, Funding, ProjectForm } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const SOURCES = ['central', 'provincial', 'local', 'selfRaised', 'other'] as const;

function checkFunding(form: ProjectForm, half: 'period' | 'year', f: Funding | undefined): Finding[] {
  if (!f?.total) return [];
  const printed = SOURCES.flatMap((k) => (f[k] ? [f[k]] : []));
  // Forms that print only the total leave nothing to compare.
  if (printed.length === 0) return [];
  // Compare in 元 so a form mixing 元 and 万元 cells is still exact.
  const sum = sumDecimals(printed.map(toYuan));
  const total = toYuan(f.total);
  if (compareDecimals(sum, total) === 0) return [];
  return [
    {
      rule: 'form-sources-sum',
      severity: 'error',
      location: f.total.pos,
      related: printed.map((m) => m.pos),
      expected: sum,
      actual: total,
      params: { project: form.projectName, funding: half, sources: SOURCES.filter((k) => f[k]).join('+'), difference: difference(sum, total), unit: '元' },
    },
  ];
}

/** A project form's funding sources add up to its total, for the period and for the year. */
export const formSourcesSum: Rule = {
  id: 'form-sources-sum',
  title: '绩效目标表资金来源之和等于资金总额',
  category: 'forms',
  severity: 'error',
  docs: 'On each project performance form, the printed funding sources (中央, 省级, 市县, 单位自筹, 其他) add up exactly to the printed 资金总额, both for the implementation period and for the year; forms that print no source are skipped.',
  check: (doc) => doc.forms.projects.flatMap((p) => [...checkFunding(p, 'period', p.funding.period), ...checkFunding(p, 'year', p.funding.year)]),
};
