import { scaleOf, sumDecimals, toScaled, toYuan } from '../../model/decimal.js';
import type { Cell, Document, Finding, NarrativeFact, NarrativeSection, Row, Table, TableKind } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { normName, rowsOf, tableOf } from '../cross-table.js';
import { cellValue } from '../sums.js';

const ID = 'share-consistent';

// A share that names its base (占本年支出合计的95.93%, 占部门项目支出总额的100%) is of a total this section may not state: not checked.
const NAMED_BASE = /占.*的/;

/** a ÷ b × 100 rounded half-up to `decimals` places, as an integer of 10^-decimals percent (a, b in 元 at one scale). */
function percent(a: bigint, b: bigint, decimals: number): bigint {
  return ((a * 100n * 10n ** BigInt(decimals) * 2n) / b + 1n) / 2n;
}

/** Whether a ÷ b × 100 has no digits beyond `decimals` places: then rounding and truncation agree, so no printed error is 尾差 (0 is 0%). */
const exact = (a: bigint, b: bigint, decimals: number): boolean => (a * 100n * 10n ** BigInt(decimals)) % b === 0n;

const fmt = (n: bigint, decimals: number): string =>
  decimals === 0 ? n.toString() : `${n / 10n ** BigInt(decimals)}.${(n % 10n ** BigInt(decimals)).toString().padStart(decimals, '0')}`;

/** A table cell in 元 (tables are in 万元 unless they say otherwise); undefined when missing or not a number. */
function cellYuan(t: Table | undefined, pick: (t: Table) => Row | undefined, key: string): string | undefined {
  const cell: Cell | undefined = t ? pick(t)?.cells[key] : undefined;
  const v = cell ? cellValue(cell) : undefined;
  return t && v !== undefined ? toYuan({ raw: v, value: v, unit: t.unit ?? '万元' }) : undefined;
}

const grandNamed = (name?: string) => (t: Table) =>
  rowsOf(t).find((r) => r.role === 'grand-total' && (name === undefined || normName(r.name) === name) && (r.side === undefined || r.side === 'expenditure'));

function tableBase(doc: Document, kind: TableKind, pick: (t: Table) => Row | undefined, key: string): string | undefined {
  return cellYuan(tableOf(doc, kind), pick, key);
}

/**
 * The totals a share may name, in 元 (several when the wording fits more than one; the share must match one):
 * 本年支出合计 (收支总表), 政府采购支出总额 (the section's 政府采购 amount), 部门（单位）项目支出总额 (a budget's 表12, or 表12 + 表13
 * when 绩效目标 cover carried-over projects too).
 */
function namedBases(doc: Document, s: NarrativeSection, text: string): string[] {
  const out: (string | undefined)[] = [];
  if (/占本年支出合计的/.test(text)) {
    out.push(
      doc.kind === 'final-accounts'
        ? tableBase(doc, 'final-summary', grandNamed('本年支出合计'), 'expenditure.amount')
        : tableBase(doc, 'budget-summary', grandNamed('本年支出合计'), 'expenditure.total'),
    );
  } else if (/占政府采购支出总额的/.test(text)) {
    const totals = s.facts.filter((f) => f.kind === 'amount' && f.amount && f.subject?.topic === '政府采购');
    if (totals.length === 1 && totals[0]?.amount) out.push(toYuan(totals[0].amount));
  } else if (/占部门（单位）项目支出总额的/.test(text) && doc.kind !== 'final-accounts') {
    const current = tableBase(doc, 'project-expenditure', grandNamed(), 'total');
    const carried = tableOf(doc, 'project-carryover');
    const carriedYuan = carried?.noData ? '0' : tableBase(doc, 'project-carryover', grandNamed(), 'total');
    out.push(current, current !== undefined && carriedYuan !== undefined ? sumDecimals([current, carriedYuan]) : undefined);
  }
  return out.filter((x): x is string => x !== undefined);
}

/** Shares of a named total: each share against the bases its wording names; none found is not checked. */
function checkNamed(doc: Document, s: NarrativeSection): Finding[] {
  return s.facts.flatMap((f) => {
    const part = f.ref === undefined ? undefined : s.facts[f.ref];
    if (f.kind !== 'share' || f.number === undefined || !NAMED_BASE.test(f.text) || part?.kind !== 'amount' || !part.amount) return [];
    const bases = namedBases(doc, s, f.text);
    if (bases.length === 0) return [];
    const a = toYuan(part.amount);
    const decimals = scaleOf(f.number);
    const printed = toScaled(f.number, decimals);
    let best: { expected: bigint; off: bigint; exact: boolean } | undefined;
    for (const b of bases) {
      const scale = Math.max(scaleOf(a), scaleOf(b));
      const whole = toScaled(b, scale);
      if (whole <= 0n) continue;
      const expected = percent(toScaled(a, scale), whole, decimals);
      const off = expected > printed ? expected - printed : printed - expected;
      if (!best || off < best.off) best = { expected, off, exact: exact(toScaled(a, scale), whole, decimals) };
    }
    if (!best || best.off === 0n) return [];
    const rounding = best.off === 1n && !best.exact;
    const finding: Finding = {
      rule: ID,
      severity: rounding ? 'info' : 'error',
      location: f.pos,
      related: [part.pos],
      expected: fmt(best.expected, decimals),
      actual: f.number,
      params: { subject: f.subject?.topic ?? '', share: f.text, amount: part.text, base: /占(.*)的/.exec(f.text)?.[1] ?? '', baseSubject: '', rounding: String(rounding) },
    };
    return [finding];
  });
}

/** The three 三公 items, whose 决算 add up to the 三公 total. */
const THREE_PUBLIC_ITEMS = ['因公出国（境）费', '公务用车购置及运行费', '公务接待费'];

/**
 * “因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费…，占0.00%；公务接待费…0.39万元，占100.00%”: a section
 * that opens with the 三公 items themselves, each with a share, shares of their sum (the 三公 total).
 */
function threePublicBase(facts: readonly NarrativeFact[]): string | undefined {
  const shares = facts.filter((f) => f.kind === 'share' && f.ref !== undefined && !NAMED_BASE.test(f.text));
  const parts = shares.map((f) => facts[f.ref ?? -1]);
  const topics = parts.map((p) => p?.subject?.topic ?? '');
  if (shares.length !== 3 || !THREE_PUBLIC_ITEMS.every((t) => topics.filter((x) => x === t).length === 1)) return undefined;
  if (parts.some((p) => p?.kind !== 'amount' || !p.amount)) return undefined;
  return sumDecimals(parts.map((p) => (p?.amount ? toYuan(p.amount) : '0')));
}

function checkSection(s: NarrativeSection): Finding[] {
  const facts = s.facts;
  const items = threePublicBase(facts);
  if (items !== undefined) return checkShares(s, -1, items, facts.find((f) => f.kind === 'amount')?.pos ?? s.pos, '三公');
  const baseIndex = facts.findIndex((f) => f.kind === 'amount' && f.amount);
  const base = facts[baseIndex];
  if (!base?.amount) return [];
  return checkShares(s, baseIndex, toYuan(base.amount), base.pos, base.subject?.topic ?? '', base.text);
}

/** The unnamed shares of a section after `baseIndex` against one base (in 元). */
function checkShares(s: NarrativeSection, baseIndex: number, baseYuan: string, basePos: Finding['location'], baseSubject: string, baseText = ''): Finding[] {
  const facts = s.facts;
  const shares = facts.flatMap((f) => {
    const part = f.ref === undefined ? undefined : facts[f.ref];
    // The base itself (一般公共预算5,814.32万元，占本年支出合计的…) and shares of an amount before the base are not of this base.
    if (f.kind !== 'share' || f.number === undefined || NAMED_BASE.test(f.text) || !part?.amount || f.ref === undefined || f.ref <= baseIndex) return [];
    return [{ share: f, part, amount: part.amount }];
  });
  if (shares.length === 0) return [];
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
    const rounding = off === 1n && !exact(toScaled(parts[k] ?? '0', scale), whole, decimals);
    const f: Finding = {
      rule: ID,
      severity: rounding ? 'info' : 'error',
      location: share.pos,
      related: [part.pos, basePos],
      expected: fmt(expected, decimals),
      actual: number,
      params: { subject: share.subject?.topic ?? '', share: share.text, amount: part.text, base: baseText, baseSubject, rounding: String(rounding) },
    };
    return [f];
  });
}

function walk(doc: Document, s: NarrativeSection): Finding[] {
  return [...checkSection(s), ...checkNamed(doc, s), ...s.children.flatMap((c) => walk(doc, c))];
}

/** A stated share (占x%) equals its amount divided by the section's first amount, the total the listed shares are of. */
export const shareConsistent: Rule = {
  id: ID,
  title: '占比与金额一致',
  category: 'narrative',
  severity: 'error',
  docs: 'A share in the narrative (基本支出3915.63万元，占85.91%) equals its amount divided by the total the section opens with (the sum of the three 三公 items when the section lists them with shares and no total), or by the total it names (占本年支出合计的 → 收支总表, 占政府采购支出总额的 → the section\'s 政府采购 amount, 占部门（单位）项目支出总额的 → 表12, or 表12 + 表13), rounded to the printed decimals (one unit in the last digit is rounding, info, unless the quotient is exact: 0 is 0%); shares whose base is ambiguous or not found are not checked.',
  check: (doc: Document) => doc.narrative.sections.flatMap((s) => walk(doc, s)),
};
