import { compareDecimals, fromScaled, scaleOf, sumDecimals, toScaled, toYuan } from '../../model/decimal.js';
import type { Document, Finding, Money, NarrativeFact, NarrativeSection } from '../../model/index.js';
import { allSections } from '../text.js';
import type { Rule } from '../rule.js';

const ID = 'narrative-parts-sum';

/** Amounts are compared as integers of 10^-6 元 (no narrative figure is finer). */
const SCALE = 6;
/** 0.01 万元 = 100 元: the rounding of one printed figure. */
const ROUNDING = 100n * 10n ** BigInt(SCALE);

/**
 * Breakdowns that are exhaustive by definition: the total's topic → the lists of part topics that make it up.
 * 政府采购 (procurement-parts-sum), the 绩效 categories (performance-counts-match) and changes
 * (change-direction-consistent) are checked elsewhere; 类 lists
 * (主要用于…) name only the main classes and are bounded, not summed.
 */
const PARTITIONS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  收入总计: [
    ['本年收入', '上年结转'],
    ['一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金', '上年结转'],
    // Shanghai budgets: 其他收入 is defined as every income not in the first three.
    ['财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'],
  ],
  支出总计: [['本年支出', '上年结转'], ['基本支出', '项目支出']],
  本年支出: [['基本支出', '项目支出']],
  部门预算资金: [['基本支出', '项目支出']],
  财政拨款收支: [['一般公共预算', '政府性基金预算', '国有资本经营预算'], ['当年拨款收入', '上年结转']],
  财政拨款支出: [['一般公共预算', '政府性基金预算', '国有资本经营预算']],
  基本支出: [['人员经费', '公用经费']],
  三公: [
    ['因公出国（境）费', '公务接待费', '公务用车购置及运行费'],
    ['因公出国（境）费', '公务接待费', '公务用车购置费', '公务用车运行维护费'],
  ],
  公务用车购置及运行费: [['公务用车购置费', '公务用车运行维护费']],
  // 外事接待 is received at home: it is a part of 国内公务接待费, not a third part.
  公务接待费: [['国内公务接待费', '国（境）外接待费']],
};
const KNOWN = new Set([...Object.keys(PARTITIONS), ...Object.values(PARTITIONS).flat(2)]);
/** Parts a final account's 支出 can have besides 基本支出 and 项目支出: when named, two parts are not all. */
const OTHER_OUTLAYS = /上缴上级|经营支出|附属单位/;
/** A figure of another year or of the budget beside a 决算: not a part of this year's total. */
const OTHER_MEASURE = /^(上年|年初预算|全年预算|\d{4}年)/;

/** Where a list of parts has certainly ended: a sentence or paragraph break, or a comparison (比上年…, 原因). */
const LIST_END = /[。；;\n]|比|原因/;

/** Words that open a breakdown of the figure before them (其中, 主要包括, 财政拨款支出预算中，). */
const BREAKDOWN = /其中|包括|中[，,：:]/;

/** A fact with its offsets in the section text. */
type Placed = { fact: NarrativeFact; amount: Money; start: number; end: number };

/** Every fact of a section with where its text stands in the section text (in order). */
function placedAll(s: NarrativeSection): { fact: NarrativeFact; start: number; end: number }[] {
  const out: { fact: NarrativeFact; start: number; end: number }[] = [];
  let from = 0;
  for (const fact of s.facts) {
    let text = fact.text;
    let k = s.text.indexOf(text, from);
    if (k < 0) {
      // Layout text prints spaces inside a figure (9746.50 万元) that the section text may have lost.
      text = fact.text.replace(/\s+/g, '');
      k = s.text.indexOf(text, from);
    }
    if (k < 0) continue;
    from = k + text.length;
    out.push({ fact, start: k, end: k + text.length });
  }
  return out;
}

/** The amount facts of a section with their offsets. */
const placed = (s: NarrativeSection): Placed[] =>
  placedAll(s).flatMap((x) => (x.fact.kind === 'amount' && x.fact.amount ? [{ ...x, amount: x.fact.amount }] : []));

/** Offset of the 。 that ends the sentence going on at `from` (the text's end when none). */
const sentenceEnd = (text: string, from: number): number => {
  const k = text.indexOf('。', from);
  return k < 0 ? text.length : k;
};

const fmt = (m: Money): string => `${m.raw}${m.unit}`;
const abs = (n: bigint): bigint => (n < 0n ? -n : n);
/** An amount in 10^-6 元. */
const scaled = (m: Money): bigint => toScaled(toYuan(m), SCALE);

/** A finding comparing a stated total with its parts: error beyond 0.01 万元 per part, info within. */
function compare(kind: string, total: Placed, parts: readonly Placed[], params: Record<string, string>, bound = false): Finding | undefined {
  const sum = parts.reduce((a, p) => a + scaled(p.amount), 0n);
  const stated = scaled(total.amount);
  const off = sum - stated;
  if (off === 0n || (bound && off < 0n)) return undefined;
  const rounding = abs(off) <= ROUNDING * BigInt(parts.length);
  const sameUnit = parts.every((p) => p.amount.unit === total.amount.unit);
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: total.fact.pos,
    related: parts.map((p) => p.fact.pos),
    expected: sameUnit ? sumDecimals(parts.map((p) => p.amount.value)) : sumDecimals(parts.map((p) => toYuan(p.amount))),
    actual: sameUnit ? total.amount.value : toYuan(total.amount),
    params: {
      kind,
      total: total.fact.text,
      subject: total.fact.subject?.topic ?? '',
      parts: parts.map((p) => fmt(p.amount)).join('+'),
      unit: sameUnit ? total.amount.unit : '元',
      rounding: String(rounding),
    },
  };
}

/**
 * The run of amounts after `i` that can be parts of its total: known part topics, this year's figures, no repeats.
 * A part's own item list (人员经费，主要包括：基本工资…) is passed over; any other figure in the same clause may be
 * one more part, and the breakdown is then unknown.
 */
function runAfter(s: NarrativeSection, ps: readonly Placed[], i: number, topics: ReadonlySet<string>): Placed[] {
  const total = ps[i];
  if (!total) return [];
  const run: Placed[] = [];
  const seen = new Set<string>();
  let last = total;
  let nested = false;
  for (const p of ps.slice(i + 1)) {
    const topic = p.fact.subject?.topic ?? '';
    const otherMeasure = OTHER_MEASURE.test(p.fact.measure ?? '') && p.fact.measure !== total.fact.measure;
    const clause = s.text.slice(last.end, p.start);
    last = p;
    if (topics.has(topic) && !seen.has(topic) && !otherMeasure) {
      seen.add(topic);
      run.push(p);
      nested = false;
      continue;
    }
    if (KNOWN.has(topic)) break;
    if (run.length > 0 && (nested || BREAKDOWN.test(clause))) {
      nested = true;
      continue;
    }
    if (!LIST_END.test(clause)) return [];
    break;
  }
  return run;
}

/** Known partitions: a total followed (after 其中/包括) by every part of one of its breakdowns. */
function partitions(s: NarrativeSection, ps: readonly Placed[]): Finding[] {
  const out: Finding[] = [];
  ps.forEach((total, i) => {
    const lists = PARTITIONS[total.fact.subject?.topic ?? ''];
    if (!lists) return;
    const run = runAfter(s, ps, i, new Set(lists.flat()));
    const first = run[0];
    // The parts follow 其中/包括, or come straight after the total in its paragraph (…购置及运行费37.00万元…。公务用车运行维护费…).
    const between = first ? s.text.slice(total.end, first.start) : '';
    if (!first || !BREAKDOWN.test(between) && between.includes('\n')) return;
    const sentence = s.text.slice(total.start, sentenceEnd(s.text, run.at(-1)?.end ?? total.end));
    for (const list of lists) {
      const parts = list.map((t) => run.find((p) => p.fact.subject?.topic === t));
      if (parts.some((p) => p === undefined)) continue;
      if (list.includes('项目支出') && OTHER_OUTLAYS.test(sentence)) continue;
      const f = compare('partition', total, parts as Placed[], { breakdown: list.join('+') });
      if (f) out.push(f);
    }
  });
  return out;
}

/** Lists closed by a total (其中 A，B，C，合计 X): the parts add up to X, and X is the total stated before 其中. */
function closedLists(s: NarrativeSection, ps: readonly Placed[]): Finding[] {
  const out: Finding[] = [];
  const closer = /[，,、；;]\s*(合计|共计|总计)[：:为\s]*$/;
  for (const [k, close] of ps.entries()) {
    const before = s.text.slice(0, close.start);
    if (!closer.test(before)) continue;
    const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1;
    const opener = before.lastIndexOf('其中');
    // One 其中 in the sentence: a second would nest a breakdown inside the list.
    if (opener < sentenceStart || before.slice(sentenceStart, opener).includes('其中')) continue;
    const parts = ps.slice(0, k).filter((p) => p.start > opener);
    if (parts.length < 2) continue;
    const f = compare('closed-list', close, parts, { closing: closer.exec(before)?.[1] ?? '' });
    if (f) out.push(f);
    const stated = ps.slice(0, k).filter((p) => p.end <= opener && p.start >= sentenceStart).at(-1);
    if (stated && /^[\s，,：:]*$/.test(s.text.slice(stated.end, opener))) {
      const g = compare('closed-total', stated, [close], {});
      if (g) out.push(g);
    }
  }
  return out;
}

/** Is `p` a total of its own, or a sibling of `topic` in a known breakdown, rather than an item of its list? */
const isTotal = (p: Placed, topic: string): boolean => {
  const t = p.fact.subject?.topic ?? '';
  return PARTITIONS[t] !== undefined || Object.values(PARTITIONS).some((ls) => ls.some((l) => l.includes(t) && l.includes(topic)));
};

/** 主要包括/主要用于 lists name the main parts only: they cannot add up to more than the total. */
function boundedLists(s: NarrativeSection, ps: readonly Placed[]): Finding[] {
  const out: Finding[] = [];
  const opener = /^[\s，,]*(主要包括|主要用于)/;
  ps.forEach((total, i) => {
    const m = opener.exec(s.text.slice(total.end));
    // Known totals are summed exactly by their partitions.
    if (!m || PARTITIONS[total.fact.subject?.topic ?? '']) return;
    const from = total.end + m[0].length;
    const end = sentenceEnd(s.text, from);
    const parts: Placed[] = [];
    const topic = total.fact.subject?.topic ?? '';
    for (const p of ps.slice(i + 1)) {
      // The list ends where the sentence does, or at the next total (公用经费 after the items of 人员经费).
      if (p.start >= end || isTotal(p, topic) || opener.test(s.text.slice(p.end))) break;
      // A nested breakdown or a new list ends this one.
      if (/其中|包括|主要用于/.test(s.text.slice(parts.at(-1)?.end ?? from, p.start))) break;
      parts.push(p);
    }
    if (parts.length < 2) return;
    const f = compare('bounded-list', total, parts, { opener: m[1] ?? '' }, true);
    if (f) out.push(f);
  });
  return out;
}

/**
 * Which side of a balanced 收支 summary a figure is (收入总计 = 支出总计 by construction), and of which scope: the
 * whole department, or the 财政拨款 / 政府性基金预算 figures printed as 收入总计/支出总计 (their 本年 figures differ
 * by 结转 and 结余, so only the 总计 is taken).
 */
function side(s: NarrativeSection, p: Placed): { side: 'in' | 'out'; scope: string } | undefined {
  const topic = p.fact.subject?.topic ?? '';
  if (topic === '收入总计') return { side: 'in', scope: '' };
  if (topic === '支出总计') return { side: 'out', scope: '' };
  const said = /(收入|支出)总计[为是：:\s]*$/.exec(s.text.slice(Math.max(0, p.start - 8), p.start))?.[1];
  if (!said || !/^(财政拨款|政府性基金预算)/.test(topic)) return undefined;
  return { side: said === '收入' ? 'in' : 'out', scope: topic.replace(/(收入|支出)$/, '') };
}

/** 收入总计 and the 支出总计 stated after it in the same section (same measure) are the two totals of one balanced table. */
function balances(s: NarrativeSection, ps: readonly Placed[]): Finding[] {
  const out: Finding[] = [];
  ps.forEach((income, i) => {
    const a = side(s, income);
    if (a?.side !== 'in' || OTHER_MEASURE.test(income.fact.measure ?? '')) return;
    for (const p of ps.slice(i + 1)) {
      const b = side(s, p);
      if (!b || b.scope !== a.scope) continue;
      if (b.side === 'in') return;
      if (p.fact.measure !== income.fact.measure) return;
      const f = compare('balance', p, [income], { income: income.fact.text });
      if (f) out.push(f);
      return;
    }
  });
  return out;
}

/** Kinds of fact that may stand between a total and the 其中 that breaks it down (占…%, 完成…%). */
const BESIDE_TOTAL = new Set(['share', 'completion']);

/** After 其中, no single part can exceed the total it is part of (the only check a partial list allows). */
function partsWithin(s: NarrativeSection): Finding[] {
  const out: Finding[] = [];
  const all = placedAll(s);
  for (const m of s.text.matchAll(/其中/g)) {
    const at = m.index;
    const before = all.filter((x) => x.end <= at);
    const total = before.at(-1);
    if (!total || total.fact.kind !== 'amount' && !BESIDE_TOTAL.has(total.fact.kind)) continue;
    const amount = [...before].reverse().find((x) => !BESIDE_TOTAL.has(x.fact.kind));
    if (!amount?.fact.amount || amount.fact.kind !== 'amount') continue;
    // A figure that is itself a part of an earlier 其中 in its sentence is not the total of this one.
    const sentence = Math.max(s.text.lastIndexOf('。', amount.start), s.text.lastIndexOf('\n', amount.start)) + 1;
    if (/其中|包括/.test(s.text.slice(sentence, amount.start))) continue;
    const t: Placed = { fact: amount.fact, amount: amount.fact.amount, start: amount.start, end: amount.end };
    const end = sentenceEnd(s.text, at);
    let from = at + 2;
    for (const x of all.filter((y) => y.start > at && y.start < end)) {
      if (/其中|包括|合计|共计|总计/.test(s.text.slice(from, x.start))) break;
      from = x.end;
      const measures = [t.fact.measure ?? '', x.fact.measure ?? ''];
      if (x.fact.kind !== 'amount' || !x.fact.amount || measures.some((y) => OTHER_MEASURE.test(y)) && measures[0] !== measures[1]) continue;
      const f = compare('part-exceeds', t, [{ fact: x.fact, amount: x.fact.amount, start: x.start, end: x.end }], {}, true);
      if (f) out.push(f);
    }
  }
  return out;
}

/** A finding on printed shares (percent): error beyond the rounding of the printed digits, info within. */
function shareFinding(kind: string, at: NarrativeFact, shares: readonly NarrativeFact[], sum: bigint, target: bigint, scale: number, exact: (f: NarrativeFact) => boolean): Finding | undefined {
  const off = sum - target;
  if (off === 0n) return undefined;
  // Each printed share is within half a unit of its last digit (占0% is below 0.5%), the share of 0万元 exactly 0;
  // counted in tenths of `scale`.
  const halves = shares.reduce((a, f) => (exact(f) ? a : a + 5n * 10n ** BigInt(scale - scaleOf(f.number ?? '0'))), 0n);
  const rounding = abs(off) * 10n <= halves;
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: at.pos,
    related: shares.filter((f) => f !== at).map((f) => f.pos),
    expected: fromScaled(target, scale),
    actual: fromScaled(sum, scale),
    params: { kind, subject: at.subject?.topic ?? '', shares: shares.map((f) => `${f.number ?? ''}%`).join('+'), unit: '%', rounding: String(rounding) },
  };
}

/** The shares of a known breakdown's parts, printed one after another, add up to 100%; no part's share exceeds 100%. */
function shares(s: NarrativeSection): Finding[] {
  const out: Finding[] = [];
  const printed = s.facts.filter((f) => f.kind === 'share' && f.number !== undefined);
  const ofZero = (f: NarrativeFact): boolean => {
    const a = f.ref === undefined ? undefined : s.facts[f.ref]?.amount;
    return a !== undefined && compareDecimals(a.value, '0') === 0;
  };
  for (const f of printed) {
    const scale = scaleOf(f.number ?? '0');
    const value = toScaled(f.number ?? '0', scale);
    // 0万元 is 0% of any total; no part is more than 100% of its total.
    const g = ofZero(f) && value !== 0n ? shareFinding('share-of-zero', f, [f], value, 0n, scale, () => true) : undefined;
    const h = value > 100n * 10n ** BigInt(scale) ? shareFinding('share-over-100', f, [f], value, 100n * 10n ** BigInt(scale), scale, () => true) : undefined;
    out.push(...[g, h].filter((x): x is Finding => x !== undefined));
  }
  // The shares of one sentence, taken whole: three of six income shares are not the shares of 财政拨款.
  const groups: NarrativeFact[][] = [];
  let last: { end: number } | undefined;
  for (const x of placedAll(s).filter((y) => y.fact.kind === 'share' && y.fact.number !== undefined)) {
    const group = groups.at(-1);
    if (group && last && !/。/.test(s.text.slice(last.end, x.start))) group.push(x.fact);
    else groups.push([x.fact]);
    last = x;
  }
  const lists = Object.values(PARTITIONS).flat();
  for (const group of groups) {
    const topics = group.map((f) => f.subject?.topic ?? '');
    if (new Set(topics).size !== topics.length || !lists.some((l) => l.length === topics.length && l.every((t) => topics.includes(t)))) continue;
    const scale = Math.max(...group.map((f) => scaleOf(f.number ?? '0')));
    const sum = group.reduce((a, f) => a + toScaled(f.number ?? '0', scale), 0n);
    const first = group[0];
    const g = first && shareFinding('shares-sum', first, group, sum, 100n * 10n ** BigInt(scale), scale, ofZero);
    if (g) out.push(g);
  }
  return out;
}

/** Arithmetic stated in the narrative itself: breakdowns add up to their totals. */
export const narrativePartsSum: Rule = {
  id: ID,
  title: '情况说明中总数与其组成部分之和一致',
  category: 'narrative',
  severity: 'error',
  docs: 'Arithmetic the narrative states by itself: known exhaustive breakdowns (收入 = its sources, 支出 = 基本 + 项目, 基本支出 = 人员 + 公用经费, 三公 = its items, …) and lists closed by 合计/共计/总计 add up to their total, 收入总计 equals 支出总计, and the shares of a known breakdown add up to 100%; lists of main items (主要包括/主要用于) and partial 其中 lists are only bounded by their total. 0.01 万元 per part is 尾差 (info).',
  check(doc: Document) {
    return allSections(doc).flatMap((s) => {
      const ps = placed(s);
      return [...partitions(s, ps), ...closedLists(s, ps), ...boundedLists(s, ps), ...balances(s, ps), ...partsWithin(s), ...shares(s)];
    });
  },
};
