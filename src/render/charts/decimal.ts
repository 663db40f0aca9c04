// Exact arithmetic the charts, trends and comparisons share: differences, percentages and 万元, never binary floats.
import { compareDecimals, fromScaled, scaleOf, sumDecimals, toScaled, toYuan, trimZeros } from '../../model/decimal.js';
import type { MoneyUnit } from '../../model/money.js';

/** a − b, exact. */
export function minus(a: string, b: string): string {
  return sumDecimals([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
}

/** part ÷ whole × 100 with `digits` decimals, rounded half away from zero; null when whole is zero. */
export function percent(part: string, whole: string, digits = 2): string | null {
  const scale = Math.max(scaleOf(part), scaleOf(whole));
  const p = toScaled(part, scale);
  const w = toScaled(whole, scale);
  if (w === 0n) return null;
  // One extra digit, truncated toward zero, then rounded: |n| = |p| × 100 × 10^(digits+1) / |w|.
  const neg = p < 0n !== w < 0n && p !== 0n;
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  const n = (abs(p) * 100n * 10n ** BigInt(digits + 1)) / abs(w);
  const r = (n + 5n) / 10n;
  return (neg && r !== 0n ? '-' : '') + fromScaled(r, digits);
}

/** An amount in 万元 as an exact decimal (元 ÷ 10000), at least two decimals. */
export function toWan(value: string, unit: MoneyUnit): string {
  if (unit === '万元') return value;
  const yuan = toYuan({ raw: value, value, unit });
  const neg = yuan.startsWith('-');
  const digits = neg ? yuan.slice(1) : yuan;
  const scale = scaleOf(digits) + 4;
  const wan = trimZeros(fromScaled(toScaled(digits, scaleOf(digits)), scale));
  const fixed = scaleOf(wan) >= 2 ? wan : fromScaled(toScaled(wan, 2), 2);
  return (neg ? '-' : '') + fixed;
}

/** Whether a decimal is zero. */
export const isZero = (v: string): boolean => compareDecimals(v, '0') === 0;

/** Exact sum (re-exported so chart code needs one import). */
export const sum = sumDecimals;
