// Figures of a paragraph → facts. A paragraph is cut into sentences (。；) and figures are read in
// order; a share, change or growth rate qualifies the figure before it in the same sentence, never
// one in another sentence. Years, dates, document numbers and phone numbers carry no unit of their
// own and are left alone.
import type { NarrativeFact } from '../../model/index.js';
import { diag, type ReadContext } from '../context.js';
import { moneyOf } from './amounts.js';
import { Hint, type Event, type Hints } from './events.js';
import { readSentence } from './figures.js';
import { enumeratorLength } from './headings.js';
import { linkSubjects, topicIn, type FactState } from './link.js';
import type { Subject } from './subjects.js';
import { leadsWithClass } from './topics.js';
import { rawOf, spanPos, type MappedText } from './mapped.js';

/** Read every figure of a paragraph as a fact; `base` is the index the first one takes in its section's facts. */
export function extractFacts(m: MappedText, ctx: ReadContext, state: FactState, base: number): NarrativeFact[] {
  const facts: NarrativeFact[] = [];
  for (const [s, e, sentenceStart, hints] of parts(m.text)) {
    if (hints === 0) continue;
    // A comparison stated once (与上年相比，…；…) holds for the whole sentence, across its semicolons.
    const earlier = m.text.slice(sentenceStart, s);
    const events = readSentence(m.text.slice(s, e), earlier, ctx, m, s, hints);
    if (events.length === 0) continue;
    linkSubjects(events, m.text.slice(sentenceStart, e), s - sentenceStart, state);
    for (const ev of events) {
      const fact = toFact(ev, m, s, ctx, state);
      if (!fact) continue;
      if (ev.ref && ev.ref.factIndex >= 0) fact.ref = ev.ref.factIndex;
      ev.factIndex = base + facts.length;
      facts.push(fact);
    }
  }
  return facts;
}

/** The topic a paragraph opens with, after its number (一般公共服务支出年初预算…, 1、“…（类）…（项）”…). */
export function leadTopic(text: string, state: FactState): Subject | undefined {
  const rest = text.slice(enumeratorLength(text));
  // Only a class name at the very start can lead; most paragraphs have none, and need no search.
  // (A class name holds no digit or punctuation, so it is at the start of `first` if of `rest`.)
  if (!leadsWithClass(rest)) return undefined;
  const first = /^[^，,。；;：:\d]*/.exec(rest)?.[0] ?? '';
  const hit = topicIn(state, first);
  // Only a 类 or a 类/款/项 path leads a paragraph: such paragraphs (one per 类 or 项) keep speaking of
  // it in later sentences; other topics must be named again for a figure to be about them.
  const classified = hit?.subject.code !== undefined || hit?.subject.unresolved === true;
  return hit && hit.start <= 1 && classified ? hit.subject : undefined;
}

/** Longest piece read as one sentence; longer runs without a full stop are not prose and are cut. */
const MAX_SENTENCE = 1000;

/** A part of a sentence: [start, end), the start of its sentence, and what it may hold (see `Hints`). */
type Part = [number, number, number, Hints];

/**
 * The parts of a paragraph's sentences, cut at 。！？!? and at ；; too. Runaway "sentences" (garbage,
 * tables flattened into prose) are cut every MAX_SENTENCE characters so that work stays linear; a part
 * then belongs to the piece of its sentence it starts in. The same pass notes what each part may hold.
 */
function parts(text: string): Part[] {
  const out: Part[] = [];
  let sentence = 0;
  let start = 0;
  let hints = 0;
  const push = (a: number, b: number): void => {
    for (let x = a; x < b; x += MAX_SENTENCE) out.push([x, Math.min(b, x + MAX_SENTENCE), sentence + Math.floor((x - sentence) / MAX_SENTENCE) * MAX_SENTENCE, hints]);
  };
  for (let k = 0; k < text.length; k++) {
    // By UTF-16 code: taking each CJK character as a string would allocate one.
    const c = text.charCodeAt(k);
    hints |= hintOf(c);
    const sentenceEnd = c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
    if (!sentenceEnd && c !== 0xff1b && c !== 0x3b) continue;
    push(start, k + 1);
    start = k + 1;
    hints = 0;
    if (sentenceEnd) sentence = k + 1;
  }
  if (start < text.length) push(start, text.length);
  return out;
}

function hintOf(c: number): Hints {
  if (c >= 0x30 && c <= 0x39) return Hint.Digit;
  if (c === 0x8f86) return Hint.Vehicle;
  // The second characters of 相同 持平 一致 不变 无变化 (the first ones are too common).
  if (c === 0x540c || c === 0x5e73 || c === 0x81f4 || c === 0x53d8) return Hint.Same;
  // 于 of 大于/小于/高于/低于 (决算数小于预算数).
  if (c === 0x4e8e) return Hint.Compare;
  return 0;
}

function toFact(ev: Event, m: MappedText, offset: number, ctx: ReadContext, state: FactState): NarrativeFact | undefined {
  const pos = spanPos(ctx, m, offset + ev.start, offset + ev.end);
  if (!pos) return undefined;
  if (ev.subject?.unresolved) {
    const msg = `“${ev.subject.topic}” is not a 类/款/项 path of the function classification`;
    // One note per path is enough; a paragraph repeats its path for every figure.
    state.reported ??= new Set(ctx.diagnostics.map((d) => d.message));
    if (!state.reported.has(msg)) {
      state.reported.add(msg);
      diag(ctx, 'info', 'narrative-unknown-classification', msg, pos);
    }
  }
  const fact: NarrativeFact = { kind: ev.kind, text: rawOf(m, offset + ev.start, offset + ev.end), pos };
  if (ev.amount) fact.amount = moneyOf(ev.amount.raw, ev.amount.unit);
  if (ev.number !== undefined) fact.number = ev.number;
  if (ev.unit !== undefined) fact.unit = ev.unit;
  if (ev.direction) fact.direction = ev.direction;
  if (ev.basis) fact.basis = ev.basis;
  if (ev.measure) fact.measure = ev.measure;
  if (ev.subject) {
    const subject: NonNullable<NarrativeFact['subject']> = { topic: ev.subject.topic };
    if (ev.subject.code) subject.code = ev.subject.code;
    if (ev.subject.path) subject.path = [...ev.subject.path];
    fact.subject = subject;
  }
  return fact;
}
