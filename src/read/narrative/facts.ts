// Figures of a paragraph → facts. A paragraph is cut into sentences (。；) and figures are read in
// order; a share, change or growth rate qualifies the figure before it in the same sentence, never
// one in another sentence. Years, dates, document numbers and phone numbers carry no unit of their
// own and are left alone.
import { toMoney } from '../../model/decimal.js';
import type { NarrativeFact } from '../../model/index.js';
import { diag, type ReadContext } from '../context.js';
import { BASIS, COMPARE, COMPARE_STRIP, normalizeBasis, readSentence, type Event } from './figures.js';
import { enumeratorLength } from './headings.js';
import { findTopic, freeTopic, isTrivial, qualifyTotal, trailingTopic, type Subject, type TopicHit } from './subjects.js';
import { rawOf, spanPos, type MappedText } from './text.js';

/** Carried from paragraph to paragraph: the topic a numbered item or paragraph opened with. */
export interface FactState {
  lead?: Subject;
}

const SENTENCE_END = /[。！？!?]/g;
const SEGMENT_END = /[。！？；;!?]/g;

/** Read every figure of a paragraph as a fact. */
export function extractFacts(m: MappedText, ctx: ReadContext, state: FactState): NarrativeFact[] {
  const facts: NarrativeFact[] = [];
  const full = sentences(m.text, SENTENCE_END);
  for (const [s, e] of sentences(m.text, SEGMENT_END)) {
    // A comparison stated once (与上年相比，…；…) holds for the whole sentence, across its semicolons.
    const sentenceStart = full.find(([a, b]) => a <= s && s < b)?.[0] ?? s;
    const earlier = m.text.slice(sentenceStart, s);
    const events = readSentence(m.text.slice(s, e), earlier, ctx, m, s);
    linkSubjects(events, m.text.slice(s, e), state, earlier);
    for (const ev of events) {
      const fact = toFact(ev, m, s, ctx);
      if (fact) facts.push(fact);
    }
  }
  return facts;
}

/** The topic a paragraph opens with, after its number (一般公共服务支出年初预算…, 1、“…（类）…（项）”…). */
export function leadTopic(text: string): Subject | undefined {
  const rest = text.slice(enumeratorLength(text));
  const first = /^[^，,。；;：:\d]*/.exec(rest)?.[0] ?? '';
  const hit = findTopic(first);
  // Only a 类 or a 类/款/项 path leads a paragraph: such paragraphs (one per 类 or 项) keep speaking of
  // it in later sentences; other topics must be named again for a figure to be about them.
  const classified = hit?.subject.code !== undefined || hit?.subject.unresolved === true;
  return hit && hit.start <= 1 && classified ? hit.subject : undefined;
}

/** Longest piece read as one sentence; longer runs without a full stop are not prose and are cut. */
const MAX_SENTENCE = 1000;

function sentences(text: string, end: RegExp): [number, number][] {
  const out: [number, number][] = [];
  const push = (a: number, b: number): void => {
    // Cut runaway "sentences" (garbage, tables flattened into prose) so that work stays linear.
    for (let x = a; x < b; x += MAX_SENTENCE) out.push([x, Math.min(b, x + MAX_SENTENCE)]);
  };
  let start = 0;
  for (const m of text.matchAll(end)) {
    push(start, m.index + 1);
    start = m.index + 1;
  }
  if (start < text.length) push(start, text.length);
  return out;
}

function linkSubjects(events: Event[], seg: string, state: FactState, earlier: string): void {
  events.forEach((ev, i) => {
    const hit: TopicHit | undefined = findTopic(ev.topicText);
    if (hit) {
      ev.subject = hit.tier === 3 ? qualifyTotal(hit.subject, earlier + seg.slice(0, ev.figureStart)) : hit.subject;
    } else if (ev.kind === 'amount' || ev.kind === 'count' || ev.kind === 'area') {
      const named = ev.kind === 'count' ? (trailingTopic(ev.after) ?? free(ev.topicText)) : free(ev.topicText);
      if (named) ev.subject = named;
      // A count after a verb (共接待0批次) counts what the sentence is about; an amount only inherits
      // when nothing but linking words stand before it (支出决算为…).
      else if (ev.kind === 'count' || isTrivial(ev.topicText)) ev.subject = inherited(events, i, seg, false) ?? state.lead;
    } else {
      // A rate with nothing before it in its sentence speaks of the topic its sentence named last
      // ("主要原因：项目支出增加，较上一度增加1133.95万元").
      const named = i === 0 ? findTopic(seg.slice(0, ev.start).replace(COMPARE_STRIP, ''))?.subject : undefined;
      ev.subject = inherited(events, i, seg, true) ?? named ?? state.lead;
    }
    if (ev.kind === 'amount' && !ev.basis) {
      const b = amountBasis(seg.slice(0, ev.figureStart));
      if (b) ev.basis = b;
    }
    if ((ev.kind === 'change' || ev.kind === 'growth') && !ev.basis) {
      let last: string | undefined;
      for (const cm of (earlier + seg.slice(0, ev.start)).matchAll(COMPARE)) last = cm[1];
      if (last) ev.basis = normalizeBasis(last);
    }
  });
}

function free(text: string): Subject | undefined {
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

function amountBasis(before: string): string | undefined {
  const b = /(年初预算|全年预算)(?:数)?(?:为)?$/.exec(before);
  if (b) return b[1];
  const c = new RegExp(`(?<!相)(?:比|较|与)${BASIS}$`).exec(before);
  return c?.[1] ? normalizeBasis(c[1]) : undefined;
}

function toFact(ev: Event, m: MappedText, offset: number, ctx: ReadContext): NarrativeFact | undefined {
  const pos = spanPos(ctx, m, offset + ev.start, offset + ev.end);
  if (!pos) return undefined;
  if (ev.subject?.unresolved) {
    const msg = `“${ev.subject.topic}” is not a 类/款/项 path of the function classification`;
    // One note per path is enough; a paragraph repeats its path for every figure.
    if (!ctx.diagnostics.some((d) => d.message === msg)) diag(ctx, 'info', 'narrative-unknown-classification', msg, pos);
  }
  const fact: NarrativeFact = { kind: ev.kind, text: rawOf(m, offset + ev.start, offset + ev.end), pos };
  if (ev.amount) {
    const money = toMoney(ev.amount.raw, ev.amount.unit);
    if (!money) return undefined;
    fact.amount = money;
  }
  if (ev.number !== undefined) fact.number = ev.number;
  if (ev.unit !== undefined) fact.unit = ev.unit;
  if (ev.direction) fact.direction = ev.direction;
  if (ev.basis) fact.basis = ev.basis;
  if (ev.subject) fact.subject = ev.subject.code ? { topic: ev.subject.topic, code: ev.subject.code } : { topic: ev.subject.topic };
  return fact;
}
