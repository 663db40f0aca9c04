// The figures of one sentence, found and classified: a number is a figure only with a unit after it
// (万元, %, 个, 平方米…), so years, dates, document numbers and phone numbers are left alone; the words
// just before it decide whether it is an amount or a change (增加139.31万元), a share (占…%), a growth
// rate (增长3.15%) or a completion rate (完成年初预算的129.43%).
import type { MoneyUnit, NarrativeFact } from '../../model/index.js';
import { diag, type ReadContext } from '../context.js';
import type { Subject } from './subjects.js';
import { spanPos, type MappedText } from './text.js';

type Kind = NarrativeFact['kind'];

/** A figure (or a same/flat comparison) found in a sentence, before it becomes a fact. */
export interface Event {
  kind: Kind;
  start: number;
  end: number;
  /** Where the printed figure (number + unit) starts, inside [start, end). */
  figureStart: number;
  number?: string;
  amount?: { raw: string; unit: MoneyUnit };
  unit?: string;
  direction?: NarrativeFact['direction'];
  basis?: string;
  subject?: Subject;
  /** Text between the figure's clause start and the keyword that introduces it, where its topic is named. */
  topicText: string;
  /** Text right after the figure (for counts named after the number: 26个科室). */
  after: string;
}

const CLAUSE_SEP = /[，,：:]/g;
const NUMBER = /(?<![\d.,A-Za-z])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)/g;
const UNIT =
  /^(?:(万元|亿元|元(?![/／])|万(?![人个户次件平辆台套名家项]))|([%％])|(人次|批次|台[（(]套[）)]|台套|个|辆|家|人|项|次|台|套|名|所|户|批)|(平方米|㎡|平米)|(年|月|日|号|分|级|期|岁|天|小时|周|倍|届|时|点|版|条))/;
const CN_COUNT = /(?<![一二两三四五六七八九十第])([一二两三四五六七八九十])辆/g;
const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
/** The basis of a comparison as printed (上年, 2025年预算, 年初预算…), captured. */
export const BASIS = '(上年度?同期|上一年度?|上一度|上年(?:预算|决算)数?|上年度?|去年|\\d{4}年度?(?:预算执行数|预算数|预算|决算数|决算)?|年初预算数?|全年预算数?|预算数?|决算数?)';
/** 比/较/与/同 + basis, anywhere (global). */
export const COMPARE = new RegExp(`(?<!相)(?:比|较|与|同)${BASIS}`, 'g');
/** A comparison phrase to remove from the words that may name a topic. */
export const COMPARE_STRIP = new RegExp(`(?<!相)(?:比|较|与|同)(?:${BASIS}(?:相比)?|相比)`, 'g');
const COMPARES = new RegExp(`(?<!相)(?:比|较|与|同)${BASIS}`);
const SAME = new RegExp(`(?<!相)(?:与|同|比|较)${BASIS}?(?:相比)?(?:预算数|决算数)?(?:基本)?(?:相同|持平|一致|不变|无变化)`, 'g');
// A change verb right before an amount, and right before a rate.
const MONEY_VERB = /(增加|减少|增长|下降|降低|上升|节约|节省|压减|核减|增|减)(?:了|为|约)?$/;
const RATE_VERB = /(增长|下降|减少|增加|降低|上升|增幅|降幅|减幅|提高)(?:[（(](?:增长|下降|减少|增加)[）)])?(?:了|为|约)?$/;
const INCREASE = /^(增加|增长|上升|增幅|提高|增)/;

function lastClauseStart(seg: string, upto: number, floor: number): number {
  let at = floor;
  for (const m of seg.slice(0, upto).matchAll(CLAUSE_SEP)) if (m.index + 1 > at) at = m.index + 1;
  return at;
}

/** The figures of one sentence `seg` (`earlier`: the same sentence before its semicolon-separated part). */
export function readSentence(seg: string, earlier: string, ctx: ReadContext, m: MappedText, offset: number): Event[] {
  const raw: Event[] = [];
  const occupied: [number, number][] = [];
  for (const nm of seg.matchAll(NUMBER)) {
    const numText = nm[1] ?? '';
    const start = nm.index;
    const numEnd = start + numText.length;
    if (seg[start - 1] === '第') continue;
    const u = UNIT.exec(seg.slice(numEnd));
    const ev = classify(seg, earlier, start, numEnd, numText, u, ctx, m, offset);
    if (ev) {
      raw.push(ev);
      occupied.push([ev.start, ev.end]);
    }
  }
  for (const cm of seg.matchAll(CN_COUNT)) {
    const start = cm.index;
    raw.push({
      kind: 'count',
      start,
      end: start + 2,
      figureStart: start,
      number: CN_DIGIT[cm[1] ?? ''] ?? '',
      unit: '辆',
      topicText: '',
      after: seg.slice(start + 2),
    });
  }
  for (const sm of seg.matchAll(SAME)) {
    const start = sm.index;
    const end = start + sm[0].length;
    if (occupied.some(([a, b]) => start < b && end > a)) continue;
    const ev: Event = { kind: 'change', start, end, figureStart: start, direction: 'same', topicText: '', after: '' };
    const basis = sm[1];
    if (basis) ev.basis = normalizeBasis(basis);
    raw.push(ev);
  }
  raw.sort((a, b) => a.start - b.start);
  // Topic text is the clause before each figure, never reaching back past the previous figure.
  let prevEnd = 0;
  for (const ev of raw) {
    const clause = lastClauseStart(seg, ev.start, prevEnd);
    ev.topicText = topicTextOf(seg, clause, ev);
    prevEnd = ev.end;
  }
  return raw;
}

function classify(
  seg: string,
  earlier: string,
  start: number,
  numEnd: number,
  numText: string,
  u: RegExpExecArray | null,
  ctx: ReadContext,
  m: MappedText,
  offset: number,
): Event | undefined {
  const before = seg.slice(0, start);
  if (!u) {
    // "增长 13.95。": a growth rate printed without its percent sign.
    const verb = RATE_VERB.exec(before);
    if (verb && numText.includes('.') && /^(?:$|[。，；,;])/.test(seg.slice(numEnd))) {
      const pos = spanPos(ctx, m, offset + start, offset + numEnd);
      diag(ctx, 'warning', 'narrative-percent-missing', `growth rate “${verb[1] ?? ''}${numText}” is printed without %`, pos);
      return {
        kind: 'growth',
        start: start - (verb[0]?.length ?? 0),
        end: numEnd,
        figureStart: start,
        number: numText,
        direction: INCREASE.test(verb[1] ?? '') ? 'increase' : 'decrease',
        topicText: '',
        after: seg.slice(numEnd),
      };
    }
    return undefined;
  }
  const unitText = u[0];
  const end = numEnd + unitText.length;
  const after = seg.slice(end);
  const base = { figureStart: start, topicText: '', after };
  if (u[1]) {
    const unit: MoneyUnit = u[1] === '亿元' ? '亿元' : u[1] === '元' ? '元' : '万元';
    const verb = MONEY_VERB.exec(before);
    // 增加/减少 always state a change; 增长/下降… before an amount only when the sentence compares
    // (比上年增长22.87万元), not in a name such as 支持商销稳增长30.00万.
    const compares = /^(增加|减少)$/.test(verb?.[1] ?? '') || COMPARES.test(earlier + before);
    if (verb && compares)
      return {
        ...base,
        kind: 'change',
        start: start - verb[0].length,
        end,
        amount: { raw: numText, unit },
        direction: INCREASE.test(verb[1] ?? '') ? 'increase' : 'decrease',
      };
    return { ...base, kind: 'amount', start, end, amount: { raw: numText, unit } };
  }
  if (u[2]) {
    const number = numText.replace(/,/g, '');
    const verb = RATE_VERB.exec(before);
    if (verb)
      return {
        ...base,
        kind: 'growth',
        start: start - verb[0].length,
        end,
        number,
        unit: '%',
        direction: INCREASE.test(verb[1] ?? '') ? 'increase' : 'decrease',
      };
    const clauseStart = lastClauseStart(seg, start, 0);
    const clause = seg.slice(clauseStart, start);
    // The fact's text starts at its keyword (占…的 / 完成…的) when that is near enough to be one phrase.
    const keywordStart = (i: number): number => (i >= 0 && clause.length - i <= 20 ? clauseStart + i : start);
    const done = clause.lastIndexOf('完成');
    if (done >= 0 || /执行率|完成率/.test(clause)) {
      const ev: Event = { ...base, kind: 'completion', start: keywordStart(done), end, number, unit: '%' };
      const b = done >= 0 ? /^完成(.*?)的?$/.exec(clause.slice(done))?.[1] : undefined;
      if (b) ev.basis = normalizeBasis(b);
      return ev;
    }
    const share = clause.lastIndexOf('占');
    if (share < 0 && !/比重|比例/.test(clause)) {
      const pos = spanPos(ctx, m, offset + start, offset + end);
      diag(ctx, 'info', 'narrative-percent-unclassified', `percentage ${numText}% is neither a share, a growth rate nor a completion rate`, pos);
    }
    return { ...base, kind: 'share', start: keywordStart(share), end, number, unit: '%' };
  }
  if (u[3]) return { ...base, kind: 'count', start, end, number: numText.replace(/,/g, ''), unit: normalizeCountUnit(u[3]) };
  if (u[4]) return { ...base, kind: 'area', start, end, number: numText.replace(/,/g, ''), unit: u[4] };
  return undefined;
}

function normalizeCountUnit(u: string): string {
  return /^台[（(]套[）)]$|^台套$/.test(u) ? '台（套）' : u;
}

/** Words that may name the figure's topic: for a rate, those before its keyword (占/完成/比…增加). */
function topicTextOf(seg: string, clause: number, ev: Event): string {
  let text = seg.slice(clause, ev.figureStart);
  if (ev.kind === 'amount') {
    // "比2025年预算1018.33万元": the comparison names the year, not the topic.
    text = text.replace(COMPARE_STRIP, '');
  } else if (ev.kind === 'share') {
    const i = text.lastIndexOf('占');
    if (i >= 0) text = text.slice(0, i);
  } else if (ev.kind === 'completion') {
    const i = text.lastIndexOf('完成');
    if (i >= 0) text = text.slice(0, i);
  } else if (ev.kind === 'change' || ev.kind === 'growth') {
    text = seg.slice(clause, ev.start);
    if (ev.direction !== 'same') text = text.replace(MONEY_VERB, '').replace(RATE_VERB, '');
    text = text.replace(COMPARE_STRIP, '');
  }
  return text;
}

/** 上一年度 → 上年, 2025年度预算数 → 2025年预算. */
export function normalizeBasis(s: string): string {
  const t = s.replace(/(\d{4})年度/, '$1年').replace(/(?<!执行)数$/, '');
  return /^(上一年度?|上一度|上年度|去年)$/.test(t) ? '上年' : t.replace(/^上年度/, '上年');
}

