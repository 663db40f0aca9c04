// The figures of one sentence part, linked: what each is about (its own words, the figure it follows,
// or the topic its paragraph opened with), which measure an amount is, which amount a rate qualifies,
// and the basis a change is compared with.
import { BASIS, COMPARE, COMPARE_STRIP, normalizeBasis } from './comparisons.js';
import type { Event } from './events.js';
import { findTopic, freeTopic, isTrivial, qualifyTotal, trailingTopic, type Subject, type TopicHit } from './subjects.js';

/** Carried from paragraph to paragraph: the topic a numbered item or paragraph opened with, and the topics found so far. */
export interface FactState {
  lead?: Subject;
  /** What the words before a figure say, by text, for this document: the same few phrases (支出决算为, 年初预算为) recur in every paragraph. */
  topics: Map<string, TopicHit | undefined>;
  free: Map<string, Subject | undefined>;
  trivial: Map<string, boolean>;
  /** Messages already in the document's diagnostics (taken from them when first needed). */
  reported?: Set<string>;
}

/** A fresh state for one document. */
export function newFactState(): FactState {
  return { topics: new Map(), free: new Map(), trivial: new Map() };
}

function remembered<T>(memo: Map<string, T>, text: string, read: (text: string) => T): T {
  if (memo.has(text)) return memo.get(text) as T;
  const value = read(text);
  memo.set(text, value);
  return value;
}

/** The best topic named in `text`, remembered for the document. */
export function topicIn(state: FactState, text: string): TopicHit | undefined {
  return remembered(state.topics, text, findTopic);
}

// The measure of an amount, printed right before it: "比2025年预算1018.33万元" states the other side of
// a comparison; "年初预算4,492.26万元", "支出决算为9746.50万元", "三公经费预算46.80万元" say which figure
// this one is. 预算 right after 一般公共/政府性基金/国有资本经营 names the fund, not a measure. Both
// regexes see only the last MEASURE_WINDOW characters: more than their longest match with its lookbehind.
const COMPARED_MEASURE = new RegExp(`(?<!相)(?:比|较|与)${BASIS}$`);
const OWN_MEASURE =
  /(年初预算|全年预算|预算执行数|(?:上年度?|\d{4}年度?)(?:预算执行数|预算|决算)|(?<!公共|基金|经营)预算|决算)数?(?:(?:支出|收入)(?:总计|合计)?)?(?:总额|金额|资金)?(?:为|是)?$/;
const MEASURE_WINDOW = 24;

/**
 * Link the events of one part of a sentence (up to a semicolon). `sentence` is the whole sentence up
 * to the end of this part, which starts at `at`: a comparison said earlier in the sentence still holds.
 */
export function linkSubjects(events: Event[], sentence: string, at: number, state: FactState): void {
  const seg = sentence.slice(at);
  let comparisons: RegExpExecArray[] | undefined;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (!ev) continue;
    const hit = topicIn(state, ev.topicText);
    if (hit) {
      ev.subject = hit.tier === 3 ? qualifyTotal(hit.subject, sentence.slice(0, at + ev.figureStart)) : hit.subject;
    } else if (ev.kind === 'amount' || ev.kind === 'count' || ev.kind === 'area') {
      const free = (): Subject | undefined => remembered(state.free, ev.topicText, freeSubject);
      const named = ev.kind === 'count' ? (trailingTopic(ev.after) ?? free()) : free();
      if (named) ev.subject = named;
      // A count after a verb (共接待0批次) counts what the sentence is about; an amount only inherits
      // when nothing but linking words stand before it (支出决算为…).
      else if (ev.kind === 'count' || remembered(state.trivial, ev.topicText, isTrivial)) ev.subject = inherited(events, i, seg, false) ?? state.lead;
    } else {
      // A rate with nothing before it in its sentence speaks of the topic its sentence named last
      // ("主要原因：项目支出增加，较上一度增加1133.95万元").
      const named = i === 0 ? topicIn(state, seg.slice(0, ev.start).replace(COMPARE_STRIP, ''))?.subject : undefined;
      ev.subject = inherited(events, i, seg, true) ?? named ?? state.lead;
    }
    if (ev.kind === 'amount') {
      const before = seg.slice(Math.max(0, ev.figureStart - MEASURE_WINDOW), ev.figureStart);
      // Every comparison holds 比, 较 or 与, and every measure of its own 算 (预算, 决算).
      const c = before.includes('比') || before.includes('较') || before.includes('与') ? COMPARED_MEASURE.exec(before) : null;
      const own = c || !before.includes('算') ? undefined : OWN_MEASURE.exec(before);
      const said = c?.[1] ?? own?.[1];
      if (said) ev.measure = normalizeBasis(said);
      if (c) ev.compared = true;
    } else if (ev.kind !== 'count' && ev.kind !== 'area' && ev.subject) {
      const r = qualified(events, i, ev.subject);
      if (r) ev.ref = r;
    }
    if ((ev.kind === 'change' || ev.kind === 'growth') && !ev.basis) {
      comparisons ??= allMatches(COMPARE, sentence);
      const last = lastComparison(comparisons, sentence, at + ev.start);
      if (last) ev.basis = normalizeBasis(last);
    }
  }
}

/**
 * The basis of the last comparison (比上年, 与2025年预算…) in `sentence` before `cut`, as a search of
 * `sentence.slice(0, cut)` finds it. Matches of the whole sentence that end by the cut are the same;
 * one that runs across it may read differently when cut, so that case searches the cut text.
 */
function lastComparison(matches: readonly RegExpExecArray[], sentence: string, cut: number): string | undefined {
  let last: string | undefined;
  for (const m of matches) {
    if (m.index >= cut) break;
    if (m.index + m[0].length > cut) return allMatches(COMPARE, sentence.slice(0, cut)).pop()?.[1];
    last = m[1];
  }
  return last;
}

/** Every match of a global regex in `text`, in order. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

function freeSubject(text: string): Subject | undefined {
  const t = freeTopic(text);
  return t ? { topic: t } : undefined;
}

/**
 * The subject of the figure a rate qualifies: the one before it in the sentence. After a “其中：A x，B y”
 * breakdown a change (比上年增加…) speaks of the total the breakdown splits, not of its last part.
 */
function inherited(events: Event[], i: number, seg: string, rate: boolean): Subject | undefined {
  const ev = events[i];
  if (!ev) return undefined;
  if (rate && (ev.kind === 'change' || ev.kind === 'growth')) {
    const qi = seg.slice(0, ev.start).lastIndexOf('其中');
    if (qi >= 0) {
      const head = events.slice(0, i).filter((e) => e.end <= qi);
      const parts = events.slice(0, i).filter((e) => e.start >= qi && e.kind === 'amount');
      const h = head[head.length - 1];
      if (h?.subject && parts.length >= 2) return h.subject;
    }
  }
  for (let k = i - 1; k >= 0; k--) {
    const s = events[k]?.subject;
    if (s) return s;
  }
  return undefined;
}

/** The amount a rate qualifies: the nearest before it in the same sentence part, about the same subject, not a comparison's other side. */
function qualified(events: readonly Event[], i: number, subject: Subject): Event | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const e = events[k];
    if (e?.kind === 'amount' && !e.compared && e.subject?.topic === subject.topic && e.subject.code === subject.code) return e;
  }
  return undefined;
}
