import { fromScaled, scaleOf, toScaled } from '../../../model/decimal.js';
import type { Cell, Document, NarrativeFact, NarrativeSection, Position, Row, Table } from '../../../model/index.js';
import { normName } from '../../../check/cross-table.js';
import { findSection } from '../parts.js';
import type { PublishNode, Run } from '../tree.js';

/** Round a decimal string half-up (away from zero) to `places` decimals, exactly. */
export function roundHalfUp(value: string, places: number): string {
  const scale = Math.max(places, scaleOf(value));
  const n = toScaled(value, scale);
  const div = 10n ** BigInt(scale - places);
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = a / div + (2n * (a % div) >= div ? 1n : 0n);
  return fromScaled(neg ? -q : q, places);
}

/** An amount in 万元 with two decimals (exact: 3990.4 → 3990.40). */
export const wan = (value: string): string => roundHalfUp(value, 2);

/** part ÷ whole as a percentage rounded half-up to two decimals, or undefined when the whole is zero. */
export function percent(part: string, whole: string): string | undefined {
  const scale = Math.max(scaleOf(part), scaleOf(whole));
  const p = toScaled(part, scale);
  const w = toScaled(whole, scale);
  if (w === 0n) return undefined;
  // Hundredths of a percent, rounded half-up on the magnitude.
  const num = (p < 0n ? -p : p) * 10000n;
  const den = w < 0n ? -w : w;
  const q = num / den + (2n * (num % den) >= den ? 1n : 0n);
  return fromScaled((p < 0n) !== (w < 0n) ? -q : q, 2);
}

/** Exact a − b. */
export function minus(a: string, b: string): string {
  const scale = Math.max(scaleOf(a), scaleOf(b));
  return fromScaled(toScaled(a, scale) - toScaled(b, scale), scale);
}

/** A paragraph being written: plain text, figures taken from table cells, placeholders the officer must fill. */
export class Para {
  readonly runs: Run[] = [];
  /** Plain text. */
  t(text: string): this {
    const last = this.runs.at(-1);
    if (last && !last.figure && !last.placeholder) last.text += text;
    else this.runs.push({ text });
    return this;
  }
  /** An amount in 万元 with its source cell. */
  money(value: string, source?: Position): this {
    this.runs.push({ text: `${wan(value)}万元`, figure: { value: wan(value), unit: '万元', ...(source ? { source } : {}) } });
    return this;
  }
  /** A share 占x.xx% of part in whole (nothing when the whole is zero). */
  share(part: string, whole: string): this {
    const p = percent(part, whole);
    if (p !== undefined) this.t('，占').runs.push({ text: `${p}%`, figure: { value: p, unit: '%' } });
    return this;
  }
  /** A figure that is not an amount (count, area, rate). */
  figure(value: string, unit: string, source?: Position): this {
    this.runs.push({ text: `${value}${unit}`, figure: { value, unit, ...(source ? { source } : {}) } });
    return this;
  }
  /** Text the model does not hold: marked so that it is filled before publishing. */
  placeholder(what: string): this {
    this.runs.push({ text: `【待填写：${what}】`, placeholder: true });
    return this;
  }
  /** The paragraph node. */
  node(): PublishNode {
    return { type: 'paragraph', runs: this.runs };
  }
}

/** A located amount of a table cell. */
export interface At {
  value: string;
  pos?: Position;
}

const ZERO: At = { value: '0' };

/** The amount of a cell (blank = 0, the model keeps blank apart from zero but prose says 0万元). */
export function amountOf(cell: Cell | undefined): At {
  return cell?.amount ? { value: cell.amount.value, pos: cell.pos } : cell ? { value: '0', pos: cell.pos } : ZERO;
}

/** The first row of a table (on one side of a two-sided table) whose name, normalised, matches; from row `from` on. */
export function rowNamed(t: Table | undefined, re: RegExp, side?: string, from = 0): Row | undefined {
  return t?.rows.slice(from).find((r) => (side === undefined || r.side === side) && re.test(normName(r.name)));
}

/** The grand-total row of a table (合计). */
export function totalRow(t: Table | undefined): Row | undefined {
  return t?.rows.find((r) => r.role === 'grand-total') ?? t?.rows.find((r) => /^合计$|^总计$/.test(normName(r.name)));
}

/** The 类 rows (3-digit function codes) of a table. */
export const classRows = (t: Table | undefined): Row[] => t?.rows.filter((r) => r.code?.length === 3 && r.classification !== 'dept-economic') ?? [];

/** The section of Part 3 of the source narrative whose title matches (to carry over changes and reasons). */
export function sourceSection(doc: Document, re: RegExp): NarrativeSection | undefined {
  return findSection(doc.narrative.sections, re);
}

/** Every fact of a section and its subsections with the text it stands in and its offset there (facts in order). */
function factsIn(s: NarrativeSection): { fact: NarrativeFact; text: string; at: number }[] {
  let cursor = 0;
  // The same words can stand twice (增加139.31万元 for 收入 and for 支出): each fact is sought after the previous one.
  const own = s.facts.map((fact) => {
    const at = s.text.indexOf(fact.text, cursor);
    if (at >= 0) cursor = at + fact.text.length;
    return { fact, text: s.text, at };
  });
  return [...own, ...s.children.flatMap(factsIn)];
}

/** What the source says about a topic's change on last year: direction, amount, reason (when stated). */
export interface Change {
  direction: 'increase' | 'decrease' | 'same';
  amount?: string;
  reason?: string;
  basis?: string;
}

// Topics of figures the tables hold: a reason ends where one of them is stated (its own figures, 1.5亿元, stay in it).
const TABLE_TOPICS = new Set(['收入总计', '支出总计', '一般公共预算', '基本支出', '项目支出', '人员经费', '公用经费', '三公', '因公出国（境）费', '公务接待费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行维护费', '机关运行经费', '财政拨款收入', '财政拨款支出']);

/** The change on last year entered for one of the topics in a section of the source narrative, with its stated reason. */
export function changeOf(section: NarrativeSection | undefined, ...topics: string[]): Change | undefined {
  if (!section) return undefined;
  const all = factsIn(section);
  const hit = topics.map((topic) => all.find((x) => x.fact.kind === 'change' && x.fact.subject?.topic === topic)).find((x) => x !== undefined);
  if (!hit?.fact.direction) return undefined;
  const f = hit.fact;
  // The reason belongs to this change when it comes before the next amount or change of the section; a clause the
  // next figure starts in (，公务用车运行维护费46.80万元) is not part of it.
  const next = all.filter((x) => x.text === hit.text && (x.fact.kind === 'change' || (x.fact.kind === 'amount' && TABLE_TOPICS.has(x.fact.subject?.topic ?? ''))) && x.at > hit.at).map((x) => x.at);
  const end = next.length ? Math.min(...next) : hit.text.length;
  const span = hit.at >= 0 ? hit.text.slice(hit.at + f.text.length, end) : '';
  const m = /原因(?:是|为)?[：:]?\s*([^。；;\n]+)([。；;\n])?/.exec(span);
  const cut = m && !m[2] && end < hit.text.length ? m[1]?.replace(/[，,][^，,]*$/, '') : m?.[1];
  const reason = cut?.replace(/[，,、\s]+$/, '');
  return {
    direction: f.direction ?? 'same',
    ...(f.amount ? { amount: f.amount.value } : {}),
    ...(reason ? { reason } : {}),
    ...(f.basis ? { basis: f.basis } : {}),
  };
}

/**
 * The year-over-year sentence of a figure: 比上年增加x万元，增长y%（rate computed from the change), then the entered
 * reason; a placeholder when the model holds no change for it (or no reason, unless reasons are only `stated` ones).
 */
export function writeChange(p: Para, current: string, change: Change | undefined, what: string, reasons: boolean | 'stated' = true, basis = '比上年'): Para {
  if (!change) return p.placeholder(`${what}与上年相比的增减变化${reasons === true ? '及原因' : ''}`);
  if (change.direction === 'same' || change.amount === undefined || /^0(\.0+)?$/.test(change.amount)) return p.t(`，${basis === '比上年' ? '与上年' : basis.replace(/^[比较]/, '与')}持平`);
  const last = change.direction === 'increase' ? minus(current, change.amount) : minus(current, `-${change.amount}`);
  p.t(`，${basis}${change.direction === 'increase' ? '增加' : '减少'}`).money(change.amount);
  const rate = percent(change.amount, last);
  if (rate !== undefined) p.t(`，${change.direction === 'increase' ? '增长' : '下降'}`).figure(rate, '%');
  if (!reasons) return p;
  if (change.reason) return p.t(`，主要原因是${change.reason}`);
  return reasons === true ? p.t('，').placeholder(`${what}增减变化的原因`) : p;
}
