import { scaleOf, toScaled, toYuan } from '../../model/decimal.js';
import type { Document, Finding, NarrativeFact, NarrativeSection } from '../../model/index.js';
import type { Rule } from '../rule.js';

const ID = 'completion-rate-consistent';

const sameSubject = (a: NarrativeFact, b: NarrativeFact): boolean =>
  a.subject !== undefined &&
  b.subject !== undefined &&
  a.subject.topic === b.subject.topic &&
  a.subject.code === b.subject.code &&
  (a.subject.path ?? []).join('/') === (b.subject.path ?? []).join('/');

/** Whether an amount's measure is the budget a completion rate names (“完成预算的” accepts 年初预算 and 全年预算). */
const isBasis = (measure: string | undefined, basis: string): boolean => measure === basis || (basis === '预算' && /预算$/.test(measure ?? ''));

/** a ÷ b × 100 rounded half-up to `decimals` places, as an integer of 10^-decimals percent. */
function percent(a: bigint, b: bigint, decimals: number): bigint {
  return ((a * 100n * 10n ** BigInt(decimals) * 2n) / b + 1n) / 2n;
}

const fmt = (n: bigint, decimals: number): string =>
  decimals === 0 ? n.toString() : `${n / 10n ** BigInt(decimals)}.${(n % 10n ** BigInt(decimals)).toString().padStart(decimals, '0')}`;

/**
 * “年初预算263.16万元，支出决算280.63万元，完成年初预算的106.64%”: the rate is of the 决算 it refers to and of the budget
 * stated just before that 决算 about the same subject; any other layout is not paired (never across subjects).
 */
function checkCompletion(facts: readonly NarrativeFact[], c: NarrativeFact): Finding | undefined {
  if (c.ref === undefined || c.number === undefined || !c.basis) return undefined;
  const actual = facts[c.ref];
  const budget = facts[c.ref - 1];
  if (actual?.kind !== 'amount' || !actual.amount || budget?.kind !== 'amount' || !budget.amount) return undefined;
  if (!isBasis(budget.measure, c.basis) || !sameSubject(actual, budget) || !sameSubject(actual, c)) return undefined;
  const a = toYuan(actual.amount);
  const b = toYuan(budget.amount);
  const scale = Math.max(scaleOf(a), scaleOf(b));
  const whole = toScaled(b, scale);
  if (whole <= 0n) return undefined;
  const decimals = scaleOf(c.number);
  const expected = percent(toScaled(a, scale), whole, decimals);
  const printed = toScaled(c.number, decimals);
  const off = expected > printed ? expected - printed : printed - expected;
  if (off === 0n) return undefined;
  // An exact quotient (280.63 of 280.63 is 100%) leaves no room for rounding or truncation.
  const rounding = off === 1n && (toScaled(a, scale) * 100n * 10n ** BigInt(decimals)) % whole !== 0n;
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: c.pos,
    related: [actual.pos, budget.pos],
    expected: fmt(expected, decimals),
    actual: c.number,
    params: { subject: c.subject?.topic ?? '', completion: c.text, amount: actual.text, budget: budget.text, basis: c.basis, rounding: String(rounding) },
  };
}

function walk(s: NarrativeSection): Finding[] {
  const own = s.facts.flatMap((f) => (f.kind === 'completion' ? (checkCompletion(s.facts, f) ?? []) : []));
  return [...own, ...s.children.flatMap(walk)];
}

/** A stated completion rate (完成年初预算的x%) equals the 决算 divided by the budget stated with it. */
export const completionRateConsistent: Rule = {
  id: ID,
  title: '预算完成率与金额一致',
  category: 'narrative',
  severity: 'error',
  docs: 'A completion rate in the narrative (年初预算263.16万元，支出决算280.63万元，完成年初预算的106.64%) equals the 决算 divided by the budget stated just before it for the same subject, rounded to the printed decimals (one unit in the last digit is rounding, info, unless the quotient is exact); this is what ties a 年初预算 figure no table prints.',
  check: (doc: Document) => doc.narrative.sections.flatMap(walk),
};
