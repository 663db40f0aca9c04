import { compareDecimals, sumDecimals, toYuan } from '../../model/decimal.js';
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

/** The signed change (元) of each 三公 topic as first stated in the section: 持平 is zero, a change without an amount unknown. */
function signedChanges(s: NarrativeSection): Map<string, { yuan: string; fact: NarrativeFact }> {
  const out = new Map<string, { yuan: string; fact: NarrativeFact }>();
  for (const f of s.facts) {
    const topic = f.subject?.topic;
    if (f.kind !== 'change' || !topic || out.has(topic)) continue;
    if (f.direction === 'same') out.set(topic, { yuan: '0', fact: f });
    else if (f.amount) out.set(topic, { yuan: f.direction === 'decrease' ? `-${toYuan(f.amount)}` : toYuan(f.amount), fact: f });
  }
  return out;
}

/** The 三公 total's change = the changes of 因公出国（境）费, 公务接待费 and 公务用车 (or its 购置费 + 运行维护费), when all are stated. */
function threePublicParts(s: NarrativeSection): Finding | undefined {
  const c = signedChanges(s);
  const total = c.get('三公');
  const vehicles = c.has('公务用车购置及运行费') ? [c.get('公务用车购置及运行费')] : [c.get('公务用车购置费'), c.get('公务用车运行维护费')];
  const parts = [c.get('因公出国（境）费'), c.get('公务接待费'), ...vehicles];
  if (!total || parts.some((p) => p === undefined)) return undefined;
  const known = parts as { yuan: string; fact: NarrativeFact }[];
  const sum = sumDecimals(known.map((p) => p.yuan));
  if (compareDecimals(sum, total.yuan) === 0) return undefined;
  const rounding = compareDecimals(difference(sum, total.yuan), String(100 * known.length)) <= 0;
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: total.fact.pos,
    related: known.map((p) => p.fact.pos),
    expected: sum,
    actual: total.yuan,
    params: { kind: 'three-public-parts', subject: '三公', comparison: total.fact.text, parts: known.map((p) => p.fact.text).join('+'), unit: '元', rounding: String(rounding) },
  };
}

function walk(doc: Document, ss: readonly NarrativeSection[]): Finding[] {
  return ss.flatMap((s) => {
    const parts = /三公/.test(s.title) ? threePublicParts(s) : undefined;
    return [...checkSection(doc, s), ...(parts ? [parts] : []), ...walk(doc, s.children)];
  });
}

/** A stated change (增加/减少 x万元, 持平, 决算数小于预算数) agrees with the two figures it compares when both are printed. */
export const changeDirectionConsistent: Rule = {
  id: ID,
  title: '增减额和增减方向与前后金额一致',
  category: 'narrative',
  severity: 'error',
  docs: 'When the narrative prints both sides of a comparison (本年 and 上年/2025年预算, or 决算 and 年初预算), the change it states equals current − previous (0.02 万元 is 尾差, info) and its direction word (增加/减少/增长/下降/持平/大于/小于) matches the sign; comparisons with one side missing are not checked. The change of the 三公 total equals the changes of its items when all are stated.',
  check: (doc: Document) => walk(doc, doc.narrative.sections),
};
