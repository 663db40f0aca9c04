import { compareDecimals, sumDecimals, toYuan } from '../../model/decimal.js';
import type { Document, Field, Finding, Position, ProjectForm } from '../../model/index.js';
import { amountsIn, equalsAny, formTexts, isCostIndicator, spanPos, withoutAsides, type TextAmount } from '../forms.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const ID = 'form-plan-sums';
// A breakdown inside the list (其中, 小计) or approximate figures (约, ≈, 左右): the items do not simply add up.
const NESTED = /其中|小计|约|≈|左右/;
// Money that is not this year’s spending of the project, or a change rather than an amount (比2025年增加2万元).
const OTHER_MONEY = /上年|去年|累计|中央下达|以前年度|结余|结转|历年|增加|减少|增长|下降|同比/;

/** A text that itemises the project’s spending, with the items and any total it states; undefined when it does not clearly itemise. */
function itemise(text: string): { items: TextAmount[]; totals: TextAmount[] } | undefined {
  const plain = withoutAsides(text);
  if (NESTED.test(plain) || OTHER_MONEY.test(plain)) return undefined;
  const amounts = amountsIn(plain);
  // A unit cost, a range or a formula means the amounts are not a plain list of spending.
  if (amounts.some((a) => a.role === 'per-unit' || a.role === 'range')) return undefined;
  const money = amounts.filter((a) => a.role !== 'operand');
  const last = money[money.length - 1];
  // A 合计 before the last amount closes a group inside the list.
  if (money.some((a) => a.role === 'subtotal' && a !== last)) return undefined;
  const totals = money.filter((a) => a.role === 'total' || a.role === 'subtotal');
  const items = money.filter((a) => a.role === 'item');
  return items.length >= 2 ? { items, totals } : undefined;
}

function checkText(form: ProjectForm, key: string, field: Pick<Field, 'value' | 'pos'>): Finding[] {
  const year = form.funding.year?.total;
  const period = form.funding.period?.total;
  const reference = year ?? period;
  const list = itemise(field.value);
  if (!reference || !list) return [];
  const sum = sumDecimals(list.items.map((a) => a.yuan));
  // The items may add up to the funding or to a total the text states itself (共计192.88万元，预算批复160万元).
  if (equalsAny(sum, [year, period]) || list.totals.some((t) => compareDecimals(t.yuan, sum) === 0)) return [];
  const stated = list.totals[list.totals.length - 1];
  const expected = stated ? stated.yuan : toYuan(reference);
  const [first] = list.items;
  return [
    {
      rule: ID,
      severity: 'warning',
      location: first ? spanPos(field, first.start, first.end) : field.pos,
      related: [...(stated ? [spanPos(field, stated.start, stated.end)] : []), reference.pos],
      expected,
      actual: sum,
      params: {
        kind: stated ? 'stated-total' : 'funding',
        project: form.projectName, subject: form.projectName,
        text: key,
        items: list.items.map((a) => a.raw).join('+'),
        unit: '元',
        difference: difference(sum, expected),
      },
    },
  ];
}

/** The indicator's position without its column span, which is not the value's. */
function lineOf(pos: Position): Position {
  const { column: _column, ...rest } = pos;
  return rest;
}

/** An itemised plan in a form’s texts (1.设备购置12万元；2.培训5万元) adds up to the project’s funding. */
export const formPlanSums: Rule = {
  id: ID,
  title: '绩效目标表分项金额之和等于项目资金',
  category: 'forms',
  severity: 'warning',
  docs: 'When a project form’s text (项目概况, 项目实施计划, 总体目标 …) or a 成本指标 value plainly lists two or more amounts of the project’s spending, they add up exactly (in 元) to the year or period funding or to the total the text itself states. Texts with unit costs, ranges, 其中 breakdowns, subtotals, approximate figures or other years’ money are not read as lists.',
  check: (doc: Document) =>
    doc.forms.projects.flatMap((form) => [
      ...formTexts(form).flatMap(({ key, field }) => checkText(form, key, field)),
      ...(['period', 'year'] as const).flatMap((half) =>
        form.indicators[half]
          .filter((i) => isCostIndicator(i) && !(half === 'year' && form.indicators.period.some((p) => p.value === i.value && p.pos.line === i.pos.line)))
          .flatMap((i) => checkText(form, `${half}:${i.name}`, { value: i.value, pos: lineOf(i.pos) })),
      ),
    ]),
};
