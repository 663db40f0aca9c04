import { memoString } from './memo.js';
import { compareDecimals, parseDecimal, toYuan } from '../model/decimal.js';
import type { Field, Finding, Indicator, LocatedMoney, Position, ProjectForm } from '../model/index.js';

/** How an amount in a form text is used: an item of spending, a stated total, a per-unit cost, a range end or a formula operand. */
export type AmountRole = 'item' | 'total' | 'subtotal' | 'per-unit' | 'range' | 'operand';

/** An amount of money written in a form text, with its unit, its value in 元 and where it sits in the text. */
export interface TextAmount {
  raw: string;
  value: string;
  unit: '元' | '万元';
  yuan: string;
  start: number;
  end: number;
  role: AmountRole;
  /** A stated total hedged with 约 (about): not exact. */
  approximate: boolean;
}

// Digits glued to 元 or 万元 (an optional space between, as in “11.9795 万元”); “27万” without 元 is not taken.
const AMOUNT = /(\d+(?:,\d{3})*(?:\.\d+)?)\s?(万元|元)/g;
// Clause boundaries: what precedes an amount inside its clause tells what the amount is.
const CLAUSE_END = /[，,。；;！!？?\n]/;
// Words that make the amount a unit cost, a bound or a standard rather than money spent.
const PER_UNIT = /每|单价|标准|人均|最低|最高|不超过|不低于|以内|以下|以上/;
// Phrases that state the whole project’s money right before the amount (经费共需7.4万元, 全年需安排预算148.51万元).
const TOTAL = /(?:共需|总计|总投资|申请[^，,。；;：:]{0,16}?(?:经费|资金)|年度预算|经费预算|安排预算|预算批复|项目金额|资金总额|经费总额|总经费|总预算|(?:经费|资金)(?:合计|共计))[为是:：\s]*(?:合计|共计)?(约)?[为是:：\s]*$/;
// A 合计/共计/小计 heading a sum of some of the amounts: a subtotal unless it is the last amount.
const SUBTOTAL = /(?:合计|共计|小计)(约)?[为是:：\s]*$/;

/** The role of an amount from its clause before it, the character after it, and whether a total phrase heads it. */
function roleOf(before: string, next: string, total: boolean, subtotal: boolean): AmountRole {
  if (/[/／]/.test(next) || PER_UNIT.test(before)) return 'per-unit';
  if (/[-－~～至到]/.test(next) || /[-－~～至到]$/.test(before)) return 'range';
  // 4034.6元*5: a factor of a product, whose result is written after it.
  if (/[×*xX]/.test(next) || /[×*xX]$/.test(before)) return 'operand';
  if (total) return 'total';
  return subtotal ? 'subtotal' : 'item';
}

/** The amounts of money in a text, each with its role read from the words around it (shared: do not mutate). */
export const amountsIn: (text: string) => readonly TextAmount[] = memoString(readAmounts);

function readAmounts(text: string): TextAmount[] {
  const out: TextAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, num = '', unitText = ''] = m;
    const value = parseDecimal(num);
    if (value === undefined) continue;
    const unit = unitText === '万元' ? '万元' : '元';
    const start = m.index;
    const end = start + whole.length;
    let clauseStart = start;
    while (clauseStart > 0 && !CLAUSE_END.test(text[clauseStart - 1] ?? '')) clauseStart--;
    const before = text.slice(clauseStart, start);
    const prev = text[start - 1] ?? '';
    const next = text[end] ?? '';
    const total = TOTAL.exec(before);
    const sub = total ? null : SUBTOTAL.exec(before);
    const role = roleOf(before, next, Boolean(total), Boolean(sub));
    const approximate = Boolean(total?.[1] ?? sub?.[1]) || /约|≈/.test(prev);
    out.push({ raw: whole, value, unit, yuan: toYuan({ raw: num, value, unit }), start, end, role, approximate });
  }
  return out;
}

/** Parenthesised asides (其中……, 总价……) blanked out, keeping every other character where it was. */
export function withoutAsides(text: string): string {
  return text.replace(/[（(][^（()）]*[)）]/g, (s) => ' '.repeat(s.length));
}

/** The position of a span of a field’s text: the field’s own cell narrowed to the span when the cell holds exactly the text. */
export function spanPos(field: Pick<Field, 'value' | 'pos'>, start: number, end: number): Position {
  const c = field.pos.column;
  if (!c || field.pos.endLine !== undefined) return field.pos;
  // The cell holds the text itself, or the text wrapped in <p>…</p> as some exports print it.
  const lead = c.end - c.start === field.value.length ? 0 : c.end - c.start === field.value.length + 7 ? 3 : undefined;
  if (lead === undefined) return field.pos;
  return { ...field.pos, column: { start: c.start + lead + start, end: c.start + lead + end } };
}

/** The free texts of a project form that describe its spending: 项目概况, 立项依据, 项目实施计划 …, and the two 总体目标. */
export function formTexts(form: ProjectForm): { key: string; field: Field }[] {
  const texts = Object.entries(form.texts).map(([key, field]) => ({ key, field }));
  if (form.goals.period) texts.push({ key: '实施期目标', field: form.goals.period });
  // The year goal is often a copy of the period goal: one reading is enough.
  if (form.goals.year && form.goals.year.value !== form.goals.period?.value) texts.push({ key: '年度目标', field: form.goals.year });
  return texts;
}

/** Whether an indicator is a 成本指标 (二级 成本指标, 经济成本指标 …). */
export function isCostIndicator(i: Indicator): boolean {
  return i.level2.includes('成本');
}

/** Whether an amount in 元 equals one of the given funding totals. */
export function equalsAny(yuan: string, totals: readonly (LocatedMoney | undefined)[]): boolean {
  return totals.some((t) => t !== undefined && compareDecimals(toYuan(t), yuan) === 0);
}

/** Findings of the year half dropped when the period half already reports the same figures on the same line (forms printing both halves side by side). */
export function dedupeHalves(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding) => [f.rule, f.params['kind'] ?? '', f.expected ?? '', f.actual ?? '', f.location.line].join('|');
  const period = new Set(findings.filter((f) => f.params['funding'] === 'period').map(key));
  return findings.filter((f) => f.params['funding'] !== 'year' || !period.has(key(f)));
}

/** Length of the longest common substring of two names. */
export function overlap(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}
