// 指标值 → comparator, number, unit when the value is a single measurable quantity.
import { parseDecimal } from '../../model/index.js';
import type { Indicator } from '../../model/index.js';

/** A parsed 指标值. */
export type Measure = NonNullable<Indicator['measure']>;

const OPS: Record<string, Measure['op']> = {
  '≥': '≥', '≧': '≥', '>=': '≥', '不低于': '≥', '不少于': '≥',
  '≤': '≤', '≦': '≤', '<=': '≤', '不高于': '≤', '不超过': '≤',
  '>': '>', '＞': '>', '大于': '>', '<': '<', '＜': '<', '小于': '<', '=': '=', '＝': '=',
};
const OP_RE = /^(≥|≧|>=|≤|≦|<=|＞|>|＜|<|＝|=|不低于|不少于|不高于|不超过|大于|小于)?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(.*)$/;
// A unit is what follows the number; dates and deadlines (2025年底前, 12月31日前) and ranges are not units.
const NOT_A_UNIT = /[\d前后内底至或~～、，,;；]/;

/**
 * Parse a 指标值 such as `≥200家`, `100%`, `48.3万元`, `260元/人/天`, `≤0.6元/度` into its parts;
 * undefined for qualitative values (持续提升, 有效降低) and for ranges or dates. The comparator is
 * absent when none is printed.
 */
export function parseMeasure(value: string): Measure | undefined {
  const text = value.trim();
  const m = OP_RE.exec(text);
  if (!m) return undefined;
  const [, op, num = '', rest = ''] = m;
  const unit = rest.trim();
  if (unit.length > 10 || NOT_A_UNIT.test(unit)) return undefined;
  const number = parseDecimal(num.replace(/^\+/, ''));
  if (number === undefined) return undefined;
  const out: Measure = { number, unit };
  const o = op ? OPS[op] : undefined;
  if (o) out.op = o;
  return out;
}

/** True when the text reads as a 指标值 rather than an indicator name (a number with at most a short unit). */
export function looksLikeValue(text: string): boolean {
  return parseMeasure(text) !== undefined;
}
