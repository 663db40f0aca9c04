import { compareDecimals, parseDecimal, sumDecimals } from '../../model/decimal.js';
import type { Finding, SelfEvaluationForm } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const RULE = 'self-evaluation-scores';

/** The grade the standard bands give a total: ≥90 优, 80–90 良, 60–80 中, below 60 差. */
export function gradeOf(total: string): string {
  if (compareDecimals(total, '90') >= 0) return '优';
  if (compareDecimals(total, '80') >= 0) return '良';
  if (compareDecimals(total, '60') >= 0) return '中';
  return '差';
}

// Printed grades come as 优, 优秀, 良, 良好, 中, 中等, 差, 较差; the first character names the band.
const GRADE_WORDS: Record<string, string> = { 优: '优', 良: '良', 中: '中', 差: '差', 较: '差' };

function checkForm(form: SelfEvaluationForm): Finding[] {
  const out: Finding[] = [];
  const base = { rule: RULE, severity: 'error' as const };
  const scores = form.scores.map((s) => ({ ...s, value: parseDecimal(s.score), maxValue: s.max === undefined ? undefined : parseDecimal(s.max) }));
  for (const s of scores) {
    if (s.value === undefined || s.maxValue === undefined) continue;
    if (compareDecimals(s.value, s.maxValue) > 0) {
      out.push({ ...base, location: s.pos, expected: `≤${s.maxValue}`, actual: s.value, params: { kind: 'over-max', table: form.title, row: s.part } });
    }
  }
  const total = form.total ? parseDecimal(form.total.score) : undefined;
  const parts = scores.flatMap((s) => (s.value === undefined ? [] : [s.value]));
  // A part printed as text leaves the sum unknown: no finding rather than a guess.
  if (form.total && total !== undefined && parts.length > 0 && parts.length === scores.length) {
    const sum = sumDecimals(parts);
    if (compareDecimals(sum, total) !== 0) {
      out.push({ ...base, location: form.total.pos, related: scores.map((s) => s.pos), expected: sum, actual: total, params: { kind: 'total', table: form.title, row: '总分', difference: difference(sum, total) } });
    }
  }
  if (form.grade && total !== undefined) {
    const printed = GRADE_WORDS[form.grade.grade.trim().charAt(0)];
    const expected = gradeOf(total);
    if (printed !== undefined && printed !== expected) {
      out.push({ ...base, location: form.grade.pos, related: form.total ? [form.total.pos] : [], expected, actual: form.grade.grade, params: { kind: 'grade', table: form.title, row: '自评等级', total } });
    }
  }
  return out;
}

/** A 绩效自评表's part scores add up to its total, none exceeds its maximum, and the grade matches the total. */
export const selfEvaluationScores: Rule = {
  id: RULE,
  title: '绩效自评表得分与等级一致',
  category: 'forms',
  severity: 'error',
  docs: 'In a performance self-evaluation form the part scores (执行率, 产出, 效益, 满意度) add up exactly to the printed total, no part exceeds its maximum, and the printed grade matches the total by the standard bands (≥90 优, 80–90 良, 60–80 中, below 60 差).',
  check: (doc) => doc.forms.selfEvaluations.flatMap(checkForm),
};
