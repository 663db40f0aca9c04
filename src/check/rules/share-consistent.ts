import { scaleOf, sumDecimals, toScaled, toYuan } from '../../model/decimal.js';
import type { Document, Finding, NarrativeFact, NarrativeSection } from '../../model/index.js';
import type { Rule } from '../rule.js';

const ID = 'share-consistent';

// A share that names its base (占本年支出合计的95.93%, 占部门项目支出总额的100%) is of a total this section may not state: not checked.
const NAMED_BASE = /占.*的/;

/** a ÷ b × 100 rounded half-up to `decimals` places, as an integer of 10^-decimals percent (a, b in 元 at one scale). */
function percent(a: bigint, b: bigint, decimals: number): bigint {
  return ((a * 100n * 10n ** BigInt(decimals) * 2n) / b + 1n) / 2n;
}

const fmt = (n: bigint, decimals: number): string =>
  decimals === 0 ? n.toString() : `${n / 10n ** BigInt(decimals)}.${(n % 10n ** BigInt(decimals)).toString().padStart(decimals, '0')}`;

function checkSection(s: NarrativeSection): Finding[] {
  const facts = s.facts;
  const baseIndex = facts.findIndex((f) => f.kind === 'amount' && f.amount);
  const base = facts[baseIndex];
  if (!base?.amount) return [];
  const shares = facts.flatMap((f) => {
    const part = f.ref === undefined ? undefined : facts[f.ref];
    // The base itself (一般公共预算5,814.32万元，占本年支出合计的…) and shares of an amount before the base are not of this base.
    if (f.kind !== 'share' || f.number === undefined || NAMED_BASE.test(f.text) || !part?.amount || f.ref === undefined || f.ref <= baseIndex) return [];
    return [{ share: f, part, amount: part.amount }];
  });
  if (shares.length === 0) return [];
  const baseYuan = toYuan(base.amount);
  const parts = shares.map((x) => toYuan(x.amount));
  const scale = Math.max(scaleOf(baseYuan), ...parts.map(scaleOf));
  const whole = toScaled(baseYuan, scale);
  // Parts that add up to more than the first amount (beyond 0.01 万元 each) show it is not their base: ambiguous, skip.
  const slack = BigInt(parts.length) * 100n * 10n ** BigInt(scale);
  if (whole <= 0n || toScaled(sumDecimals(parts), scale) > whole + slack) return [];
  return shares.flatMap(({ share, part }, k) => {
    const number = share.number ?? '0';
    const decimals = scaleOf(number);
    const expected = percent(toScaled(parts[k] ?? '0', scale), whole, decimals);
    const printed = toScaled(number, decimals);
    const off = expected > printed ? expected - printed : printed - expected;
    if (off === 0n) return [];
    const f: Finding = {
      rule: ID,
      severity: off === 1n ? 'info' : 'error',
      location: share.pos,
      related: [part.pos, base.pos],
      expected: fmt(expected, decimals),
      actual: number,
      params: { subject: share.subject?.topic ?? '', share: share.text, amount: part.text, base: base.text, baseSubject: base.subject?.topic ?? '', rounding: String(off === 1n) },
    };
    return [f];
  });
}

function walk(s: NarrativeSection): Finding[] {
  return [...checkSection(s), ...s.children.flatMap(walk)];
}

/** A stated share (占x%) equals its amount divided by the section's first amount, the total the listed shares are of. */
export const shareConsistent: Rule = {
  id: ID,
  title: '占比与金额一致',
  category: 'narrative',
  severity: 'error',
  docs: 'A share in the narrative (基本支出3915.63万元，占85.91%) equals its amount divided by the total the section opens with, rounded to the printed decimals (one unit in the last digit is rounding, info); shares that name another base or whose base is ambiguous are not checked.',
  check: (doc: Document) => doc.narrative.sections.flatMap(walk),
};
