import { compareDecimals, parseDecimal, toYuan } from '../../model/decimal.js';
import type { Document, Finding, Indicator, ProjectForm } from '../../model/index.js';
import { dedupeHalves, isCostIndicator, overlap } from '../forms.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';
import { projectKey } from './form-matches-project-table.js';

const ID = 'form-cost-indicator-matches-funding';
// A name or value that speaks of a unit cost or a standard, not of the project’s whole money.
const PER_UNIT = /标准|单价|每|人均|单位|[/／]/;
// Names that stand for the project’s whole money whatever the project is called.
const GENERIC = /^(?:项目)?(?:总)?(?:成本|经费|资金|预算|费用|支出)(?:控制|总额|合计)?$|项目(?:经费|资金|成本|支出)|总成本|经费总额|资金总额/;
// Words every money name shares: they make no name resemble another.
const COMMON = /经费|费用|资金|项目|专项|工作|[0-9()（）共]/g;

/** Whether a cost indicator names the whole project (安全生产举报奖励 for 安全生产举报奖励经费) rather than one of its parts (会场费). */
function namesProject(i: Indicator, form: ProjectForm): boolean {
  const name = projectKey(i.name);
  if (GENERIC.test(name)) return true;
  return overlap(name.replace(COMMON, ''), projectKey(form.projectName).replace(COMMON, '')) >= 3;
}

/** The cost indicators of a half stated as a sum of money (30万元, ≤300000元), not as a unit cost. */
function moneyIndicators(list: readonly Indicator[]): Indicator[] {
  return list.filter((i) => {
    const m = i.measure;
    if (!isCostIndicator(i) || !m || (m.unit !== '元' && m.unit !== '万元')) return false;
    if (m.op === '≥' || m.op === '>') return false;
    return !PER_UNIT.test(i.name) && !PER_UNIT.test(i.value);
  });
}

function checkHalf(form: ProjectForm, half: 'period' | 'year'): Finding[] {
  const total = form.funding[half]?.total;
  const money = moneyIndicators(form.indicators[half]);
  // Several money indicators are the parts of the spending (劳保用品 20000元, 班中餐 200000元): none is the whole.
  const [ind] = money;
  if (!total || money.length !== 1 || !ind?.measure || !namesProject(ind, form)) return [];
  const value = parseDecimal(ind.measure.number);
  if (value === undefined) return [];
  const unit = ind.measure.unit === '万元' ? '万元' : '元';
  const stated = toYuan({ raw: ind.measure.number, value, unit });
  const funding = toYuan(total);
  const cmp = compareDecimals(stated, funding);
  const ceiling = ind.measure.op === '≤' || ind.measure.op === '<';
  const bad = ceiling ? cmp < 0 || (ind.measure.op === '<' && cmp === 0) : cmp !== 0;
  if (!bad) return [];
  return [
    {
      rule: ID,
      severity: 'warning',
      location: ind.pos,
      related: [total.pos],
      expected: funding,
      actual: stated,
      params: {
        kind: ceiling ? 'ceiling-below-funding' : 'differs',
        project: form.projectName, subject: form.projectName,
        indicator: ind.name,
        value: ind.value,
        funding: half,
        unit: '元',
        difference: difference(stated, funding),
      },
    },
  ];
}

/** A 成本指标 that states the project’s whole money agrees with the form’s funding for its half. */
export const formCostIndicatorMatchesFunding: Rule = {
  id: ID,
  title: '成本指标金额与项目资金一致',
  category: 'forms',
  severity: 'warning',
  docs: 'When a project form’s only money-valued 成本指标 names the whole project (its name resembles the project’s or is generic, such as 成本控制), its amount agrees with the funding of its half (年度 or 实施期) in 元: an equality that differs, or a ceiling (≤) below the funding, is probably a stale or mistyped figure. Unit costs (元/人, 单价, 标准) and part costs are left alone.',
  check: (doc: Document) => doc.forms.projects.flatMap((f) => dedupeHalves([...checkHalf(f, 'period'), ...checkHalf(f, 'year')])),
};
