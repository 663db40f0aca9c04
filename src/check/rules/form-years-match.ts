import type { Finding, Position } from '../../model/index.js';
import type { Rule } from '../rule.js';

const RULE = 'form-years-match';

/** A year or a span of years a text uses as a time frame. */
export interface YearSpan {
  from: number;
  to: number;
  text: string;
}

// Titles and document numbers carry years that are no time frame: 《…2023年…通知》, 晋政发〔2023〕1号, [2022].
const CITATION = /《[^》]*》|〔[^〕]*〕|\[[^\]]*\]|【[^】]*】/g;
const RANGE = /(20\d\d)\s*年?\s*[-—–~～至到]\s*(20\d\d)\s*年?/g;
// A year is a time frame when a deadline or a part of the year follows (2025年底前, 2025年12月, 2025年度完成,
// 2025年工作任务), or a verb of completion precedes it (完成2024年…); a year naming what a sum pays for or
// what happened (2025年度未支付费用, 支付2025年应急演练费用, 2021年度考核结果, 成立于2021年12月) is not.
const PAST_EVENT = /(?:成立|组建|设立|始建|印发|出台|颁布)于?\s*$/;
const SINGLE = /(完成|到|至)?\s*(20\d\d)\s*年(度)?\s*(年底|年末|年初|底|末|初|前|内|以前|之前|上半年|下半年|\d{1,2}\s*月|计划|工作任务|工作计划|任务|项目支出预算|完成|实现|建成|完工)?/g;

/** The years a text names as time frames (deadlines, schedules, plans), citations left out. */
export function timeFrames(text: string): YearSpan[] {
  // Most form texts name no year at all: skip the patterns for them.
  if (!/20\d\d/.test(text)) return [];
  const t = text.replace(CITATION, (m) => ' '.repeat(m.length));
  const out: YearSpan[] = [];
  const taken: [number, number][] = [];
  for (const m of t.matchAll(RANGE)) {
    const i = m.index;
    out.push({ from: Number(m[1]), to: Number(m[2]), text: m[0] });
    taken.push([i, i + m[0].length]);
  }
  for (const m of t.matchAll(SINGLE)) {
    const i = m.index + (m[1]?.length ?? 0);
    if (taken.some(([a, b]) => i >= a && i < b)) continue;
    // A digit before the year makes it part of a longer number (120250…), not a year.
    if (m.index > 0 && /\d/.test(t.charAt(m.index - 1))) continue;
    if (!m[1] && !m[4]) continue;
    if (PAST_EVENT.test(t.slice(Math.max(0, m.index - 4), m.index))) continue;
    const y = Number(m[2]);
    out.push({ from: y, to: y, text: m[0].trim() });
  }
  return out;
}

interface Piece {
  subject: string;
  half: 'period' | 'year';
  field: string;
  text: string;
  pos: Position;
}

/**
 * The year half must speak of the form's year (a span must cover it); the period half, which may run over
 * several years, must not speak of years that ended before the form's year.
 */
function stale(span: YearSpan, half: 'period' | 'year', year: number): boolean {
  return half === 'year' ? span.from > year || span.to < year : span.to < year;
}

function checkPiece(p: Piece, year: number): Finding[] {
  const bad = timeFrames(p.text).filter((s) => stale(s, p.half, year));
  if (bad.length === 0) return [];
  return [
    {
      rule: RULE,
      severity: 'warning',
      location: p.pos,
      expected: String(year),
      actual: [...new Set(bad.map((s) => (s.from === s.to ? String(s.from) : `${s.from}-${s.to}`)))].join(','),
      params: { kind: 'other-year', subject: p.subject, half: p.half, field: p.field, quote: bad.map((s) => s.text).join('；') },
    },
  ];
}

/** A form's forward-looking texts (goals, 项目实施计划, indicators) name the form's year, not another. */
export const formYearsMatch: Rule = {
  id: RULE,
  title: '绩效目标表所述年份与表格年度一致',
  category: 'forms',
  severity: 'warning',
  docs: 'Years a performance form uses as time frames in its forward-looking parts (总体目标, 项目实施计划, indicator names and values such as 2025年12月底前) belong to the form\'s year: the year half must name that year (or a span covering it), the period half no year already over; background fields (项目概况, 立项依据) and years naming what a sum pays for (支付2025年…费用) are not checked.',
  check: (doc) => {
    const out: Finding[] = [];
    for (const f of doc.forms.projects) {
      const year = f.year ?? doc.year;
      if (year === undefined) continue;
      const pieces: Piece[] = [];
      const s = f.projectName;
      if (f.goals.year) pieces.push({ subject: s, half: 'year', field: '年度目标', text: f.goals.year.value, pos: f.goals.year.pos });
      if (f.goals.period) pieces.push({ subject: s, half: 'period', field: '实施期目标', text: f.goals.period.value, pos: f.goals.period.pos });
      const plan = f.texts['项目实施计划'];
      if (plan) pieces.push({ subject: s, half: 'period', field: '项目实施计划', text: plan.value, pos: plan.pos });
      for (const half of ['year', 'period'] as const) {
        for (const i of f.indicators[half]) pieces.push({ subject: s, half, field: i.name, text: `${i.name} ${i.value}`, pos: i.pos });
      }
      out.push(...pieces.flatMap((p) => checkPiece(p, year)));
    }
    for (const t of doc.forms.departmentTargets) {
      const year = t.year ?? doc.year;
      if (year === undefined) continue;
      for (const i of t.indicators) out.push(...checkPiece({ subject: t.title, half: 'year', field: i.name, text: `${i.name} ${i.value}`, pos: i.pos }, year));
    }
    return out;
  },
};
