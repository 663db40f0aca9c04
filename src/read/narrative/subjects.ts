// What a figure is about. The words before a figure usually name it (基本支出3915.63万元), but a clause
// often names several things ("“三公”经费财政拨款支出全年预算62.59万元"), so topics are ranked: a
// specific item beats a funding source, which beats a grand total; among equals the one printed
// nearest the figure wins, and among those the longest.
import { CLASS_CODES, pathCode } from './classification.js';

/** A subject as the model holds it. */
export interface Subject {
  topic: string;
  code?: string;
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

interface Entry {
  re: RegExp;
  tier: number;
  /** Only when printed right before the figure (bare words such as 实有, 车辆, 合计). */
  adjacent?: boolean;
  make: (m: RegExpExecArray) => { subject: Subject };
}

const CLASS_ALT = Object.keys(CLASS_CODES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NAME = '[^（）()“”"，。；、\\s]+?';
const PATH_RE = new RegExp(`(${CLASS_ALT})[（(]类[）)](${NAME})[（(]款[）)](?:(${NAME})[（(]项[）)])?`);
const CLASS_RE = new RegExp(`(${CLASS_ALT})(?:[（(]类[）)])?`);
const VEHICLE_RE = /(部级领导干部|主要领导干部|领导|机要通信|应急保障|执法执勤|特种专业技术|事业单位业务|离退休干部|其他公务|其他)用车/;

const fixed =
  (topic: string) =>
  (): { subject: Subject } => ({ subject: { topic } });

const RAW_ENTRIES: Entry[] = [
  {
    re: PATH_RE,
    tier: 1,
    make: (m) => {
      const [cls, kuan, xiang] = [m[1] ?? '', m[2] ?? '', m[3]];
      const code = pathCode(cls, kuan, xiang);
      const topic = [cls, kuan, xiang].filter((x) => x !== undefined).join('/');
      return code ? { subject: { topic, code } } : { subject: { topic, unresolved: true } };
    },
  },
  { re: CLASS_RE, tier: 1, make: (m) => ({ subject: { topic: m[1] ?? '', code: CLASS_CODES[m[1] ?? ''] ?? '' } }) },
  { re: /[“"‘']?三公[”"’']?经费/, tier: 1, make: fixed('三公') },
  { re: /因公出国[（(]境[）)]费(?:用)?(?:支出)?/, tier: 1, make: fixed('因公出国（境）费') },
  { re: /(?:因公)?出国[（(]境[）)]团组/, tier: 1, make: fixed('因公出国（境）团组') },
  { re: /公务接待(?:费(?:支出)?|支出)/, tier: 1, make: fixed('公务接待费') },
  { re: /公务接待/, tier: 1, adjacent: true, make: fixed('公务接待费') },
  { re: /国内(?:公务)?接待(?:费|支出)/, tier: 1, make: fixed('国内公务接待费') },
  { re: /外事接待费/, tier: 1, make: fixed('外事接待费') },
  { re: /外宾接待(?:费|支出)?|接待外宾/, tier: 1, make: fixed('外宾接待费') },
  { re: /国[（(]境[）)]外接待费/, tier: 1, make: fixed('国（境）外接待费') },
  { re: /公务用车购置及运行(?:维护)?费(?:支出)?/, tier: 1, make: fixed('公务用车购置及运行费') },
  { re: /公务用车购置(?:费)?(?:支出)?/, tier: 1, make: fixed('公务用车购置费') },
  { re: /公务用车(?:运行维护|运行|维护)(?:费|支出)(?:支出)?/, tier: 1, make: fixed('公务用车运行维护费') },
  { re: /公务用车编制/, tier: 1, make: fixed('公务用车编制') },
  { re: /公务用车保有量/, tier: 1, make: fixed('公务用车保有量') },
  { re: /公务用车/, tier: 1, adjacent: true, make: fixed('公务用车') },
  { re: /实有/, tier: 1, adjacent: true, make: fixed('公务用车实有') },
  { re: /车辆/, tier: 1, adjacent: true, make: fixed('车辆') },
  { re: VEHICLE_RE, tier: 1, make: (m) => ({ subject: { topic: `${m[1] ?? ''}用车` } }) },
  { re: /机关运行经费/, tier: 1, make: fixed('机关运行经费') },
  { re: /政府采购(?:预算|支出)?(?:总额|金额)?/, tier: 1, make: fixed('政府采购') },
  { re: /政府采购货物(?:预算|支出)?|货物采购(?:金额)?/, tier: 1, make: fixed('政府采购货物') },
  { re: /政府采购工程(?:预算|支出)?|工程采购(?:金额)?/, tier: 1, make: fixed('政府采购工程') },
  { re: /政府采购服务(?:预算|支出)?|服务采购(?:金额)?/, tier: 1, make: fixed('政府采购服务') },
  { re: /(?:授予)?中小企业合同金额/, tier: 1, make: fixed('中小企业') },
  { re: /(?:授予)?小微企业合同金额/, tier: 1, make: fixed('小微企业') },
  { re: /面向中小企业预留[^，。；]{0,12}?金额/, tier: 1, make: fixed('中小企业预留') },
  { re: /面向小微企业预留[^，。；]{0,12}?金额/, tier: 1, make: fixed('小微企业预留') },
  { re: /人员经费/, tier: 1, make: fixed('人员经费') },
  { re: /公用经费/, tier: 1, make: fixed('公用经费') },
  { re: /基本支出(?:预算)?/, tier: 1, make: fixed('基本支出') },
  { re: /项目支出(?:预算)?/, tier: 1, make: fixed('项目支出') },
  { re: /(其他运转类|特定目标类)项目/, tier: 1, make: (m) => ({ subject: { topic: `${m[1] ?? ''}项目` } }) },
  {
    re: /项目绩效目标|绩效目标(?:管理)?的[^，。；]{0,8}?项目|[二2]级项目|(?:绩效自评|绩效跟踪评价)的[^，。；]{0,8}?项目/,
    tier: 1,
    make: fixed('绩效项目'),
  },
  { re: /办公用房(?:建筑)?(?:总)?面积|建筑(?:总)?面积/, tier: 1, make: fixed('办公用房') },
  { re: /(?:通用)?设备(?:[（(]不含车辆[）)])?/, tier: 1, make: fixed('设备') },
  { re: /(行政|事业|预算|参公)单位/, tier: 1, adjacent: true, make: (m) => ({ subject: { topic: m[0] } }) },
  { re: /一般公共预算(?:财政)?(?:拨款)?(?:当年)?(?:决算)?(?:收入|支出)?(?:预算)?/, tier: 2, make: fixed('一般公共预算') },
  { re: /政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出)?(?:总计)?(?:预算)?/, tier: 2, make: fixed('政府性基金预算') },
  { re: /国有资本经营预算(?:财政)?(?:拨款)?(?:收入|支出)?(?:预算)?/, tier: 2, make: fixed('国有资本经营预算') },
  { re: /财政专户管理资金(?:收入)?/, tier: 2, make: fixed('财政专户管理资金') },
  { re: /单位资金/, tier: 2, make: fixed('单位资金') },
  { re: /财政拨款收入(?:总计|合计)?/, tier: 2, make: fixed('财政拨款收入') },
  { re: /财政拨款(?:决算)?支出(?:总计|合计|预算)?/, tier: 2, make: fixed('财政拨款支出') },
  { re: /财政拨款收支(?:总预算|总计)?|财政拨款收入支出(?:总计)?/, tier: 2, make: fixed('财政拨款收支') },
  { re: /当年拨款收入/, tier: 2, make: fixed('当年拨款收入') },
  { re: /收入支出总计|收支总计/, tier: 3, make: fixed('收入支出总计') },
  { re: /(?:预算)?收入总计/, tier: 3, make: fixed('收入总计') },
  { re: /(?:预算)?支出总计/, tier: 3, make: fixed('支出总计') },
  { re: /本年收入(?:合计)?|收入合计/, tier: 3, make: fixed('本年收入') },
  { re: /本年支出(?:合计)?|支出合计|本年预算安排/, tier: 3, make: fixed('本年支出') },
  { re: /上年结转(?:收入)?/, tier: 3, make: fixed('上年结转') },
  { re: /合计/, tier: 3, adjacent: true, make: fixed('合计') },
  { re: /年初结转和结余/, tier: 3, make: fixed('年初结转和结余') },
  { re: /年末结转和结余/, tier: 3, make: fixed('年末结转和结余') },
  { re: /预算收入|收入预算/, tier: 3, adjacent: true, make: fixed('收入总计') },
  { re: /支出预算/, tier: 3, adjacent: true, make: fixed('支出总计') },
];

// Compiled once with the global flag; findTopic resets lastIndex before each use.
const ENTRIES: Entry[] = RAW_ENTRIES.map((e) => ({ ...e, re: new RegExp(e.re.source, 'g') }));

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
  const tail = text.replace(/(?:为|共|是)$/, '').length;
  let best: TopicHit | undefined;
  for (const e of ENTRIES) {
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
      const made = e.make(m);
      const hit: TopicHit = { ...made, tier: e.tier, start, end };
      if (!best || better(hit, best)) best = hit;
    }
  }
  return best;
}

function better(a: TopicHit, b: TopicHit): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  if (a.end !== b.end) return a.end > b.end;
  return a.end - a.start > b.end - b.start;
}

/** Nothing but connecting and measuring words (支出决算为, 涉及金额): the figure is about the same thing as the one before. */
export function isTrivial(text: string): boolean {
  const t = stripTrailer(text.replace(LEADING, '')).replace(/[，,：:、（）()]/g, '');
  return t === '' || MEASURES.has(t);
}

const FUND = /(财政拨款|一般公共预算|政府性基金|国有资本经营预算)/g;

/**
 * A grand total qualified by the funding source named earlier in the sentence: in
 * "政府性基金预算财政拨款收入总计246.77万元、支出总计246.77万元" the second total is the fund's.
 */
export function qualifyTotal(subject: Subject, before: string): Subject {
  let fund: string | undefined;
  for (const m of before.matchAll(FUND)) {
    // "政府性基金预算财政拨款": the fund is the budget named first, 财政拨款 only says how it is paid.
    const owner = m[1] === '财政拨款' ? /(一般公共预算|政府性基金|国有资本经营预算)预?算?$/.exec(before.slice(0, m.index))?.[1] : undefined;
    fund = owner ?? m[1];
  }
  if (!fund) return subject;
  const income = subject.topic === '收入总计' || subject.topic === '本年收入';
  const spending = subject.topic === '支出总计' || subject.topic === '本年支出';
  if (!income && !spending) return subject;
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
