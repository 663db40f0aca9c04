// The figures of one sentence, found and classified: a number is a figure only with a unit after it
// (万元, %, 个, 平方米…), so years, dates, document numbers and phone numbers are left alone; the words
// just before it decide whether it is an amount or a change (增加139.31万元), a share (占…%), a growth
// rate (增长3.15%) or a completion rate (完成年初预算的129.43%).
import type { MoneyUnit } from '../../model/index.js';
import { diag, type ReadContext } from '../context.js';
import { COMPARATIVE, COMPARES, COMPARE_STRIP, LARGER, SAME, SAME_HINT, mayCompare, normalizeBasis } from './comparisons.js';
import { Hint, newEvent, type Event, type Hints } from './events.js';
import { spanPos, type MappedText } from './mapped.js';
import { directionOf, verbBefore, withoutVerb } from './verbs.js';

/** A clause separator (，,：:), by UTF-16 code. */
function isClauseSep(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a;
}
/** 第 (a number after it is an ordinal, not a figure). */
const ORDINAL = 0x7b2c;
const NUMBER = /(?<![\d.,A-Za-z])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)/g;
/** The unit right after a number (sticky: set lastIndex to the number's end). */
const UNIT =
  /(?:(万元|亿元|元(?![/／])|万(?![人个户次件平辆台套名家项]))|([%％])|(人次|批次|台[（(]套[）)]|台套|个|辆|家|人|项|次|台|套|名|所|户|批)|(平方米|㎡|平米)|(年|月|日|号|分|级|期|岁|天|小时|周|倍|届|时|点|版|条))/y;
const CN_COUNT = /(?<![一二两三四五六七八九十第])([一二两三四五六七八九十])辆/g;
const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/** The number without its thousands separators. */
function plainNumber(numText: string): string {
  return numText.includes(',') ? numText.replace(/,/g, '') : numText;
}

/** Where one sentence part stands: its text, its clause separators, and its place in the paragraph. */
interface Sentence {
  seg: string;
  /** Found when first needed: most sentence parts hold no figure. */
  seps: number[] | undefined;
  /** The same sentence before this part (a comparison said there still holds). */
  earlier: string;
  ctx: ReadContext;
  m: MappedText;
  offset: number;
}

/**
 * The figures of one sentence `seg` (`earlier`: the same sentence before its semicolon-separated part).
 * `hints` says which searches can find anything: an ASCII digit for numbers, 辆 for 三辆, and the second
 * character of 相同/持平/一致/不变/无变化 for flat comparisons.
 */
export function readSentence(seg: string, earlier: string, ctx: ReadContext, m: MappedText, offset: number, hints: Hints): Event[] {
  const raw: Event[] = [];
  const s: Sentence = { seg, seps: undefined, earlier, ctx, m, offset };
  NUMBER.lastIndex = 0;
  for (let nm = hints & Hint.Digit ? NUMBER.exec(seg) : null; nm; nm = NUMBER.exec(seg)) {
    const numText = nm[1] ?? '';
    const start = nm.index;
    if (seg.charCodeAt(start - 1) === ORDINAL) continue;
    const ev = classify(s, start, numText);
    if (ev) raw.push(ev);
  }
  const figures = raw.length;
  // Both searches below try a lookbehind at every position; most sentences lack the word they need.
  if (hints & Hint.Vehicle) {
    CN_COUNT.lastIndex = 0;
    for (let cm = CN_COUNT.exec(seg); cm; cm = CN_COUNT.exec(seg)) {
      const start = cm.index;
      const ev = newEvent('count', start, start + 2, start, seg.slice(start + 2));
      ev.number = CN_DIGIT[cm[1] ?? ''] ?? '';
      ev.unit = '辆';
      raw.push(ev);
    }
  }
  if (hints & Hint.Same && SAME_HINT.test(seg)) {
    SAME.lastIndex = 0;
    for (let sm = SAME.exec(seg); sm; sm = SAME.exec(seg)) {
      const start = sm.index;
      const end = start + sm[0].length;
      if (overlaps(raw, figures, start, end)) continue;
      const ev = newEvent('change', start, end, start, '');
      ev.direction = 'same';
      const basis = sm[1];
      if (basis) ev.basis = normalizeBasis(basis);
      raw.push(ev);
    }
  }
  if (hints & Hint.Compare) {
    COMPARATIVE.lastIndex = 0;
    for (let cm = COMPARATIVE.exec(seg); cm; cm = COMPARATIVE.exec(seg)) {
      const start = cm.index;
      const end = start + cm[0].length;
      if (overlaps(raw, figures, start, end)) continue;
      // A change without an amount: only its direction and its basis are said.
      const ev = newEvent('change', start, end, start, seg.slice(end));
      ev.direction = LARGER.test(cm[1] ?? '') ? 'increase' : 'decrease';
      ev.basis = normalizeBasis(cm[2] ?? '');
      raw.push(ev);
    }
  }
  raw.sort((a, b) => a.start - b.start);
  // Topic text is the clause before each figure, never reaching back past the previous figure.
  let prevEnd = 0;
  for (const ev of raw) {
    const clause = lastClauseStart(separators(s), ev.start, prevEnd);
    ev.topicText = topicTextOf(seg, clause, ev);
    prevEnd = ev.end;
  }
  return raw;
}

/** Does [start, end) overlap one of the first `n` events (the numeric figures)? */
function overlaps(events: readonly Event[], n: number, start: number, end: number): boolean {
  for (let i = 0; i < n; i++) {
    const e = events[i];
    if (e && start < e.end && end > e.start) return true;
  }
  return false;
}

/** The positions of the clause separators of a sentence part. */
function separators(s: Sentence): number[] {
  if (!s.seps) {
    s.seps = [];
    for (let k = 0; k < s.seg.length; k++) if (isClauseSep(s.seg.charCodeAt(k))) s.seps.push(k);
  }
  return s.seps;
}

/** Where the clause holding position `upto` starts: after the last separator before it, never before `floor`. */
function lastClauseStart(seps: readonly number[], upto: number, floor: number): number {
  let lo = 0;
  let hi = seps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((seps[mid] ?? 0) < upto) lo = mid + 1;
    else hi = mid;
  }
  const sep = seps[lo - 1];
  return sep === undefined ? floor : Math.max(floor, sep + 1);
}

/** The figure of the number printed at `start`, or undefined when it has no unit of a figure. */
function classify(s: Sentence, start: number, numText: string): Event | undefined {
  const { seg } = s;
  const numEnd = start + numText.length;
  UNIT.lastIndex = numEnd;
  const u = UNIT.exec(seg);
  if (!u) {
    // "增长 13.95。": a growth rate printed without its percent sign.
    const verb = verbBefore(seg, start, false);
    if (verb && numText.includes('.') && /^(?:$|[。，；,;])/.test(seg.slice(numEnd))) {
      const pos = spanPos(s.ctx, s.m, s.offset + start, s.offset + numEnd);
      diag(s.ctx, 'warning', 'narrative-percent-missing', `growth rate “${verb[1] ?? ''}${numText}” is printed without %`, pos);
      const ev = newEvent('growth', start - (verb[0]?.length ?? 0), numEnd, start, seg.slice(numEnd));
      ev.number = numText;
      ev.direction = directionOf(verb[1]);
      return ev;
    }
    return undefined;
  }
  const end = numEnd + u[0].length;
  const after = seg.slice(end);
  if (u[1]) {
    const unit: MoneyUnit = u[1] === '亿元' ? '亿元' : u[1] === '元' ? '元' : '万元';
    const verb = verbBefore(seg, start, true);
    // 增加/减少 always state a change; 增长/下降… before an amount only when the sentence compares
    // (比上年增长22.87万元), not in a name such as 支持商销稳增长30.00万.
    const change = verb && (/^(增加|减少)$/.test(verb[1] ?? '') || COMPARES.test(s.earlier + seg.slice(0, start)));
    const ev = change ? newEvent('change', start - verb[0].length, end, start, after) : newEvent('amount', start, end, start, after);
    ev.amount = { raw: numText, unit };
    if (change) ev.direction = directionOf(verb[1]);
    return ev;
  }
  if (u[2]) return rate(s, start, end, numText, after);
  if (u[3] || u[4]) {
    const ev = newEvent(u[3] ? 'count' : 'area', start, end, start, after);
    ev.number = plainNumber(numText);
    ev.unit = u[3] ? normalizeCountUnit(u[3]) : u[4];
    return ev;
  }
  return undefined;
}

/** A percentage: a growth rate after a change verb, else a completion rate or a share. */
function rate(s: Sentence, start: number, end: number, numText: string, after: string): Event {
  const number = plainNumber(numText);
  const verb = verbBefore(s.seg, start, false);
  if (verb) {
    const ev = newEvent('growth', start - verb[0].length, end, start, after);
    ev.number = number;
    ev.unit = '%';
    ev.direction = directionOf(verb[1]);
    return ev;
  }
  const clauseStart = lastClauseStart(separators(s), start, 0);
  const clause = s.seg.slice(clauseStart, start);
  // The fact's text starts at its keyword (占…的 / 完成…的) when that is near enough to be one phrase.
  const keywordStart = (i: number): number => (i >= 0 && clause.length - i <= 20 ? clauseStart + i : start);
  const done = clause.lastIndexOf('完成');
  const completion = done >= 0 || /执行率|完成率/.test(clause);
  const share = completion ? -1 : clause.lastIndexOf('占');
  const ev = newEvent(completion ? 'completion' : 'share', keywordStart(completion ? done : share), end, start, after);
  ev.number = number;
  ev.unit = '%';
  if (completion) {
    const b = done >= 0 ? /^完成(.*?)的?$/.exec(clause.slice(done))?.[1] : undefined;
    if (b) ev.basis = normalizeBasis(b);
  } else if (share < 0 && !/比重|比例/.test(clause)) {
    const pos = spanPos(s.ctx, s.m, s.offset + start, s.offset + end);
    diag(s.ctx, 'info', 'narrative-percent-unclassified', `percentage ${numText}% is neither a share, a growth rate nor a completion rate`, pos);
  }
  return ev;
}

function normalizeCountUnit(u: string): string {
  return u.length > 1 && u.startsWith('台') && /^台[（(]套[）)]$|^台套$/.test(u) ? '台（套）' : u;
}

/** Words that may name the figure's topic: for a rate, those before its keyword (占/完成/比…增加). */
function topicTextOf(seg: string, clause: number, ev: Event): string {
  let text = seg.slice(clause, ev.figureStart);
  if (ev.kind === 'amount') {
    // "比2025年预算1018.33万元": the comparison names the year, not the topic.
    if (mayCompare(text)) text = text.replace(COMPARE_STRIP, '');
  } else if (ev.kind === 'share') {
    const i = text.lastIndexOf('占');
    if (i >= 0) text = text.slice(0, i);
  } else if (ev.kind === 'completion') {
    const i = text.lastIndexOf('完成');
    if (i >= 0) text = text.slice(0, i);
  } else if (ev.kind === 'change' || ev.kind === 'growth') {
    text = seg.slice(clause, ev.start);
    if (ev.direction !== 'same') text = withoutVerb(text);
    if (mayCompare(text)) text = text.replace(COMPARE_STRIP, '');
  }
  return text;
}
