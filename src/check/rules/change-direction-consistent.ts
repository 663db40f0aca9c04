import { compareDecimals, toYuan } from '../../model/decimal.js';
import type { Document, Finding, NarrativeFact, NarrativeSection } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const ID = 'change-direction-consistent';

/** A final account's 决算 compared with its budget (决算数小于预算数, 同预算数持平): the basis is a budget of this year. */
const BUDGET_BASIS = /^(年初预算|全年预算|预算)$/;
/** The amount of a year-over-year comparison's other side: 上年…, or another year's figure. */
const PRIOR = /^(上年|\d{4}年)/;
/** 0.01 万元 (100 元) for each of the two rounded figures: 尾差. */
const ROUNDING_YUAN = '200';

type Pair = { current: NarrativeFact; previous: NarrativeFact };

const sameSubject = (a: NarrativeFact, b: NarrativeFact): boolean => a.subject?.topic === b.subject?.topic && a.subject?.code === b.subject?.code;
const isAmount = (f: NarrativeFact | undefined): f is NarrativeFact => f?.kind === 'amount' && f.amount !== undefined;

/** Is `m` a figure of another year (上年…, 2025年预算 in a 2026 document)? */
function prior(doc: Document, m: string | undefined): boolean {
  if (!m || !PRIOR.test(m)) return false;
  const year = /^(\d{4})年/.exec(m)?.[1];
  return year === undefined || doc.year === undefined || Number(year) !== doc.year;
}

/**
 * The two amounts a comparison `g` (at index i) speaks of, both stated before it since the previous comparison:
 * a year-over-year change needs the other year's figure printed (比2025年预算1018.33万元); a 决算 against its
 * budget needs the 年初预算 and the 决算. Without both sides nothing is compared.
 */
function pairOf(doc: Document, facts: readonly NarrativeFact[], i: number, g: NarrativeFact): Pair | undefined {
  const before: NarrativeFact[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const f = facts[k];
    if (!f || f.kind === 'change') break;
    if (isAmount(f)) before.unshift(f);
  }
  const budgetSide = BUDGET_BASIS.test(g.basis ?? '');
  const isPrevious = (f: NarrativeFact): boolean => (budgetSide ? BUDGET_BASIS.test(f.measure ?? '') : prior(doc, f.measure));
  // Year over year, the current figure is this year's own (no measure, 预算, 决算, 2026年…), never 年初/全年预算.
  const isCurrent = (f: NarrativeFact): boolean => (budgetSide ? f.measure === '决算' : !prior(doc, f.measure) && !/^(年初预算|全年预算)$/.test(f.measure ?? ''));
  // A comparison whose sentence names no topic (决算数小于预算数) speaks of the figures just before it.
  const about = (f: NarrativeFact): boolean => (g.subject ? sameSubject(f, g) : true);
  const ref = g.ref !== undefined ? facts[g.ref] : undefined;
  const current = isAmount(ref) && isCurrent(ref) ? ref : [...before].reverse().find((f) => about(f) && isCurrent(f));
  if (!current) return undefined;
  const previous = [...before].reverse().find((f) => f !== current && sameSubject(f, current) && isPrevious(f));
  return previous ? { current, previous } : undefined;
}

function checkComparison(doc: Document, facts: readonly NarrativeFact[], i: number, g: NarrativeFact): Finding | undefined {
  const pair = pairOf(doc, facts, i, g);
  if (!pair?.current.amount || !pair.previous.amount || !g.direction) return undefined;
  const cur = toYuan(pair.current.amount);
  const prev = toYuan(pair.previous.amount);
  const sign = compareDecimals(cur, prev);
  const said = g.direction === 'increase' ? 1 : g.direction === 'decrease' ? -1 : 0;
  const params = { subject: g.subject?.topic ?? pair.current.subject?.topic ?? '', comparison: g.text, current: pair.current.text, previous: pair.previous.text };
  const related = [pair.current.pos, pair.previous.pos];
  const actualDirection = sign > 0 ? 'increase' : sign < 0 ? 'decrease' : 'same';
  if (sign !== said) {
    // 持平 between figures a rounding apart is still 持平 in substance.
    const rounding = said === 0 && compareDecimals(difference(cur, prev), ROUNDING_YUAN) <= 0;
    return { rule: ID, severity: rounding ? 'info' : 'error', location: g.pos, related, expected: actualDirection, actual: g.direction, params: { ...params, kind: 'direction', rounding: String(rounding) } };
  }
  if (!g.amount) return undefined;
  const diff = difference(cur, prev);
  const stated = toYuan(g.amount);
  if (compareDecimals(diff, stated) === 0) return undefined;
  const off = difference(diff, stated);
  const rounding = compareDecimals(off, ROUNDING_YUAN) <= 0;
  // The expected change in the unit of the figures when they share one (万元 in every corpus document).
  const a = pair.current.amount;
  const b = pair.previous.amount;
  const expected = a.unit === b.unit ? difference(a.value, b.value) : diff;
  return { rule: ID, severity: rounding ? 'info' : 'error', location: g.pos, related, expected, actual: g.amount.raw, params: { ...params, kind: 'amount', rounding: String(rounding), unit: a.unit === b.unit ? a.unit : '元' } };
}

/** A growth rate's direction, checked only when no change states it (growth-rate-consistent pairs the two). */
function checkSection(doc: Document, s: NarrativeSection): Finding[] {
  const out: Finding[] = [];
  s.facts.forEach((g, i) => {
    const withChange = g.kind === 'growth' && s.facts.slice(0, i).some((f) => f.kind === 'change' && f.amount && sameSubject(f, g) && s.facts.slice(s.facts.indexOf(f) + 1, i).every((x) => x.kind !== 'amount'));
    if (g.kind !== 'change' && (g.kind !== 'growth' || withChange)) return;
    const f = checkComparison(doc, s.facts, i, g);
    if (f) out.push(f);
  });
  return out;
}

function walk(doc: Document, ss: readonly NarrativeSection[]): Finding[] {
  return ss.flatMap((s) => [...checkSection(doc, s), ...walk(doc, s.children)]);
}

/** A stated change (增加/减少 x万元, 持平, 决算数小于预算数) agrees with the two figures it compares when both are printed. */
export const changeDirectionConsistent: Rule = {
  id: ID,
  title: '增减额和增减方向与前后金额一致',
  category: 'narrative',
  severity: 'error',
  docs: 'When the narrative prints both sides of a comparison (本年 and 上年/2025年预算, or 决算 and 年初预算), the change it states equals current − previous (0.02 万元 is 尾差, info) and its direction word (增加/减少/增长/下降/持平/大于/小于) matches the sign; comparisons with one side missing are not checked.',
  check: (doc: Document) => walk(doc, doc.narrative.sections),
};
