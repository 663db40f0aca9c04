import { toYuan } from '../../model/decimal.js';
import type { Document, Finding, ProjectForm } from '../../model/index.js';
import { amountsIn, equalsAny, formTexts, spanPos, withoutAsides, type TextAmount } from '../forms.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const ID = 'form-stated-total';

/** The totals a text states for the whole project: a 总计 inside one item of a longer list (总计为0.32万元 for one course) is not one, so only the first or last amount of the text counts. */
function statedTotals(text: string): TextAmount[] {
  // Asides such as (其中28.265万元为2025年度未支付飞行费用) speak of a part, never of the whole.
  const money = amountsIn(withoutAsides(text)).filter((a) => a.role !== 'operand');
  const ends = [money[0], money[money.length - 1]];
  return money.filter((a) => a.role === 'total' && ends.includes(a));
}

function checkForm(form: ProjectForm): Finding[] {
  const year = form.funding.year?.total;
  const period = form.funding.period?.total;
  const reference = year ?? period;
  if (!reference) return [];
  return formTexts(form).flatMap(({ key, field }) =>
    statedTotals(field.value)
      .filter((a) => !a.approximate && !equalsAny(a.yuan, [year, period]))
      .map(
        (a): Finding => ({
          rule: ID,
          severity: 'warning',
          location: spanPos(field, a.start, a.end),
          related: [reference.pos],
          expected: toYuan(reference),
          actual: a.yuan,
          params: { project: form.projectName, subject: form.projectName, text: key, stated: a.raw, unit: '元', difference: difference(a.yuan, toYuan(reference)) },
        }),
      ),
  );
}

/** A total the form’s texts state for the project (经费共需7.4万元, 全年需安排预算148.51万元) equals its year or period funding. */
export const formStatedTotal: Rule = {
  id: ID,
  title: '绩效目标表文字所述总额与项目资金一致',
  category: 'forms',
  severity: 'warning',
  docs: 'Where a project form’s texts (项目概况, 项目实施计划, 总体目标 …) state the project’s whole money with a phrase such as 经费共需, 总计, 年度预算, 经费预算, 安排预算 or 申请…经费, the amount equals the form’s 年度 or 实施期 资金总额 exactly in 元; approximate (约) figures, asides in brackets, years and percentages are not read as totals.',
  check: (doc: Document) => doc.forms.projects.flatMap(checkForm),
};
