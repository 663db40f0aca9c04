import { scaleOf, toScaled, toYuan } from '../../model/decimal.js';
import type { Document, Finding, NarrativeFact, NarrativeSection } from '../../model/index.js';
import type { Rule } from '../rule.js';

const ID = 'growth-rate-consistent';

// Amounts that are the comparison side of a sentence (年初预算 in a final account), not the current figure a rate is of.
const NOT_CURRENT = /年初预算|全年预算|上年|^\d{4}年/;

const sameSubject = (a: NarrativeFact, b: NarrativeFact): boolean =>
  a.subject !== undefined && b.subject !== undefined && a.subject.topic === b.subject.topic && a.subject.code === b.subject.code;

/** The current amount a growth rate is of: its `ref`, else the nearest earlier amount about the same subject that is not a comparison figure. */
function currentAmount(facts: readonly NarrativeFact[], i: number, g: NarrativeFact): NarrativeFact | undefined {
  if (g.ref !== undefined) return facts[g.ref]?.kind === 'amount' ? facts[g.ref] : undefined;
  for (let j = i - 1; j >= 0; j--) {
    const f = facts[j];
    if (f?.kind === 'amount' && sameSubject(f, g) && !NOT_CURRENT.test(f.measure ?? '')) return f;
  }
  return undefined;
}

/** The change stated with a growth rate: the nearest earlier change fact about the same subject. */
function changeOf(facts: readonly NarrativeFact[], i: number, g: NarrativeFact): NarrativeFact | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const f = facts[j];
    if (f?.kind === 'growth') return undefined;
    if (f?.kind === 'change' && f.amount && sameSubject(f, g)) return f;
  }
  return undefined;
}

/** y ÷ base × 100 rounded half-up to `decimals` places, as an integer of 10^-decimals percent. */
function rate(change: bigint, base: bigint, decimals: number): bigint {
  const num = change * 100n * 10n ** BigInt(decimals) * 2n;
  return (num / base + 1n) / 2n;
}

function checkGrowth(facts: readonly NarrativeFact[], i: number, g: NarrativeFact): Finding | undefined {
  const amount = currentAmount(facts, i, g)?.amount;
  const change = changeOf(facts, i, g);
  if (!amount || !change?.amount || g.number === undefined) return undefined;
  const params = { subject: g.subject?.topic ?? '', growth: g.text, change: change.text, amount: amount.raw + amount.unit };
  const related = [change.pos];
  if (change.direction !== g.direction) {
    return { rule: ID, severity: 'error', location: g.pos, related, expected: change.direction, actual: g.direction, params: { ...params, kind: 'direction' } };
  }
  // Compare in 元 so that 万元 and 亿元 figures mix exactly.
  const a = toYuan(amount);
  const y = toYuan(change.amount);
  const scale = Math.max(scaleOf(a), scaleOf(y));
  const current = toScaled(a, scale);
  const delta = toScaled(y, scale);
  const base = g.direction === 'decrease' ? current + delta : current - delta;
  if (base <= 0n || delta < 0n) return undefined;
  const decimals = scaleOf(g.number);
  const expected = rate(delta, base, decimals);
  const printed = toScaled(g.number, decimals);
  const off = expected > printed ? expected - printed : printed - expected;
  if (off === 0n) return undefined;
  const fmt = (n: bigint): string => (decimals === 0 ? n.toString() : `${n / 10n ** BigInt(decimals)}.${(n % 10n ** BigInt(decimals)).toString().padStart(decimals, '0')}`);
  return {
    rule: ID,
    severity: off === 1n ? 'info' : 'error',
    location: g.pos,
    related: [change.pos, ...(g.ref !== undefined ? [facts[g.ref]?.pos ?? g.pos] : [])],
    expected: fmt(expected),
    actual: g.number,
    params: { ...params, kind: 'rate', rounding: String(off === 1n) },
  };
}

function walk(s: NarrativeSection): Finding[] {
  const own = s.facts.flatMap((f, i) => {
    if (f.kind !== 'growth') return [];
    const r = checkGrowth(s.facts, i, f);
    return r ? [r] : [];
  });
  return [...own, ...s.children.flatMap(walk)];
}

/** A stated growth rate equals the stated change divided by last year's amount (current − change, or current + change for a decrease). */
export const growthRateConsistent: Rule = {
  id: ID,
  title: '增长率与增减额一致',
  category: 'narrative',
  severity: 'error',
  docs: 'A growth rate in the narrative (增长/下降 x%) equals the change stated with it (增加/减少 y万元) divided by the previous amount (current − y, or current + y for a decrease), rounded to the printed decimals; one unit in the last digit is rounding (info), and the direction words must agree.',
  check: (doc: Document) => doc.narrative.sections.flatMap(walk),
};
