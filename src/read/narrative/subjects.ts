// What a figure is about. The words before a figure usually name it (基本支出3915.63万元), but a clause
// often names several things ("“三公”经费财政拨款支出全年预算62.59万元"), so topics are ranked: a
// specific item beats a funding source, which beats a grand total; among equals the one printed
// nearest the figure wins, and among those the longest.
import { TOPIC_ENTRIES } from './topics.js';

/** A subject as the model holds it. */
export interface Subject {
  topic: string;
  code?: string;
  /** The 类/款/项 names when the text gives a path. */
  path?: string[];
  /** A 类/款/项 path whose names are not all in the classification (reported, not stored). */
  unresolved?: boolean;
}

/** A topic found in text, with its rank and span. */
export interface TopicHit {
  subject: Subject;
  tier: number;
  start: number;
  end: number;
}

// Words between a topic and its figure that do not change what the figure is about. Stripped in a
// loop rather than by one anchored regex, whose overlapping alternatives could backtrack for ever.
const TRAILER_WORDS = ['年初预算', '全年预算', '支出决算', '预算数', '决算数', '（含）', '(含)', '共计', '合计', '累计', '总额', '金额', '决算', '预算', '安排', '拨款', '以上', '为', '是', '达', '约', '共', '数'];

/** `text` without trailing linking and measuring words. */
function stripTrailer(text: string, words: readonly string[] = TRAILER_WORDS): string {
  let t = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of words)
      if (t.endsWith(w)) {
        t = t.slice(0, -w.length);
        changed = true;
        break;
      }
  }
  return t;
}

/** The best topic named in `text` (the words before a figure in its clause). */
export function findTopic(text: string): TopicHit | undefined {
  // Bare words count only right before the figure (allowing 为/共: "实有为29辆").
  const lastChar = text.charAt(text.length - 1);
  const tail = lastChar === '为' || lastChar === '共' || lastChar === '是' ? text.length - 1 : text.length;
  let best: TopicHit | undefined;
  markCandidates(text);
  for (let i = 0; i < TOPIC_ENTRIES.length; i++) {
    const e = TOPIC_ENTRIES[i];
    if (!e) continue;
    // Entries are ordered by tier, and a lower tier never beats a higher one: the rest cannot win.
    if (best && e.tier > best.tier) break;
    if (CANDIDATE[i] === 0 || !holdsAny(text, e.needs)) continue;
    const re = e.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (e.adjacent && end !== tail && end !== text.length) continue;
      if (!best || better(e.tier, start, end, best)) best = { subject: e.make(m), tier: e.tier, start, end };
    }
  }
  return best;
}

// The entries whose needed words start with each character (by UTF-16 code), so that a text is only
// searched with the entries it could hold: most texts hold the first character of a few.
const BY_FIRST_CHAR = new Map<number, number[]>();
TOPIC_ENTRIES.forEach((e, i) => {
  for (const n of e.needs) {
    const list = BY_FIRST_CHAR.get(n.charCodeAt(0)) ?? [];
    if (!list.includes(i)) list.push(i);
    BY_FIRST_CHAR.set(n.charCodeAt(0), list);
  }
});
/** Scratch flags of findTopic (not reentrant): 1 for the entries worth trying on the current text. */
const CANDIDATE = new Uint8Array(TOPIC_ENTRIES.length);

function markCandidates(text: string): void {
  CANDIDATE.fill(0);
  for (let k = 0; k < text.length; k++) {
    const list = BY_FIRST_CHAR.get(text.charCodeAt(k));
    if (list) for (const i of list) CANDIDATE[i] = 1;
  }
}

function holdsAny(text: string, needs: readonly string[]): boolean {
  for (const n of needs) if (text.includes(n)) return true;
  return false;
}

function better(tier: number, start: number, end: number, b: TopicHit): boolean {
  if (tier !== b.tier) return tier < b.tier;
  if (end !== b.end) return end > b.end;
  return end - start > b.end - b.start;
}

/** Nothing but connecting and measuring words (支出决算为, 涉及金额): the figure is about the same thing as the one before. */
export function isTrivial(text: string): boolean {
  const t = stripTrailer(text.replace(LEADING, '')).replace(/[，,：:、（）()]/g, '');
  return t === '' || MEASURES.has(t);
}

const FUND = /(财政拨款|一般公共预算|政府性基金|国有资本经营预算)/g;
// The fund printed right before 财政拨款; matched on the last FUND_WINDOW characters only (longer than
// the longest match), as a regex anchored at the end is tried at every position of its input.
const FUND_BEFORE = /(一般公共预算|政府性基金|国有资本经营预算)预?算?$/;
const FUND_WINDOW = 12;

/**
 * A grand total qualified by the funding source named earlier in the sentence: in
 * "政府性基金预算财政拨款收入总计246.77万元、支出总计246.77万元" the second total is the fund's.
 */
export function qualifyTotal(subject: Subject, before: string): Subject {
  const income = subject.topic === '收入总计' || subject.topic === '本年收入';
  const spending = subject.topic === '支出总计' || subject.topic === '本年支出';
  if (!income && !spending) return subject;
  let fund: string | undefined;
  FUND.lastIndex = 0;
  for (let m = FUND.exec(before); m; m = FUND.exec(before)) {
    // "政府性基金预算财政拨款": the fund is the budget named first, 财政拨款 only says how it is paid.
    const owner = m[1] === '财政拨款' ? FUND_BEFORE.exec(before.slice(Math.max(0, m.index - FUND_WINDOW), m.index))?.[1] : undefined;
    fund = owner ?? m[1];
  }
  if (!fund) return subject;
  if (fund === '财政拨款') return { topic: income ? '财政拨款收入' : '财政拨款支出' };
  return { topic: fund === '政府性基金' ? '政府性基金预算' : fund };
}

const LEADING = /^(?:[、，,：:；;]|其中|主要包括|包括|分别为|分别是|共计|合计|涉及|共|为)+/;
const NOT_A_NOUN = /(原因|用于|主要|比|较|与|增加|减少|增长|下降|完成|占|相比|是指|如下|情况|购置|核减|安排|使用|接待|开展|组织|编报|纳入|公开|发现)/;
const MEASURES = new Set(['项目', '金额', '预算金额', '预算资金', '项目预算资金', '采购金额', '资金', '项目金额', '支出', '决算', '预算', '年初预算', '全年预算', '支出决算', '决算支出', '预算数', '决算数', '合同金额', '总额', '累计', '共计', '合计', '当年', '本年']);

/** A short noun phrase printed right before a figure that no topic names (基本工资, 津补贴, 事业收入). */
export function freeTopic(text: string): string | undefined {
  const t = text.replace(LEADING, '').replace(/\d{4}年度?/g, '');
  const u = stripTrailer(t, ['共计', '合计', '累计', '为', '是', '达', '约', '共']);
  if (!/^[\u4e00-\u9fa5（）()“”]{2,16}$/.test(u)) return undefined;
  if (NOT_A_NOUN.test(u) || MEASURES.has(u)) return undefined;
  return u;
}

/** Topic of a count named right after it (26个科室, 2家行政、参公单位, 三辆公务用车). */
export function trailingTopic(after: string): Subject | undefined {
  if (/^公务用车/.test(after)) return { topic: '公务用车' };
  const car = /^[^，。；,;]{0,4}?用车/.exec(after);
  if (car) return { topic: car[0] };
  const m = /^[^，。；,;]{0,8}?(内设机构|科室|单位|项目)/.exec(after);
  return m ? { topic: m[1] ?? '' } : undefined;
}
