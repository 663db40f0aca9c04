import type { Money, MoneyUnit } from './money.js';

// Amounts are exact decimals kept as strings; arithmetic is done on BigInt at a common scale,
// never on binary floats.

const ASCII_NUMBERISH = /^\s*[-\d,.]*\s*$/;
const AMOUNT_RE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Normalise full-width digits and punctuation so that ４,５５８．０２ reads like 4,558.02. */
export function normalizeDigits(text: string): string {
  return text.normalize('NFKC').replace(/−/g, '-');
}

/** Canonical decimal string of a printed number (4,558.02 → 4558.02), or undefined when it is not one. */
export function parseDecimal(text: string): string | undefined {
  // Most cells are plain ASCII numbers or not numbers at all: decide those without NFKC.
  const t = ASCII_NUMBERISH.test(text) ? text.trim() : normalizeDigits(text.trim()).replace(/\s+/g, '');
  if (!AMOUNT_RE.test(t)) return undefined;
  const neg = t.startsWith('-');
  const body = t.replace(/^-/, '').replace(/,/g, '');
  const [int = '0', frac] = body.split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  return (neg ? '-' : '') + (frac !== undefined ? `${i}.${frac}` : i);
}

/** A Money from printed text, or undefined when the text is not an amount. */
export function toMoney(raw: string, unit: MoneyUnit): Money | undefined {
  const value = parseDecimal(raw);
  return value === undefined ? undefined : { raw, value, unit };
}

/** Number of digits after the point. */
export function scaleOf(value: string): number {
  const i = value.indexOf('.');
  return i < 0 ? 0 : value.length - i - 1;
}

/** The decimal as an integer of 10^-scale units (scale must be ≥ its own scale). */
export function toScaled(value: string, scale: number): bigint {
  // Hot path of every sum: sliced by hand, no regular expression or array per call.
  const neg = value.charCodeAt(0) === 45;
  const body = neg ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  if (frac.length > scale) throw new RangeError(`${value} has more than ${scale} decimals`);
  const digits = (int || '0') + (frac.length === scale ? frac : frac.padEnd(scale, '0'));
  const n = BigInt(digits);
  return neg ? -n : n;
}

/** Decimal string of an integer of 10^-scale units. */
export function fromScaled(n: bigint, scale: number): string {
  const neg = n < 0n;
  const s = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const out = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
  return (neg ? '-' : '') + out;
}

/** Exact sum of decimal strings. */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map(scaleOf));
  return fromScaled(values.reduce((acc, v) => acc + toScaled(v, scale), 0n), scale);
}

/** Compare two decimal strings: negative, zero or positive. */
export function compareDecimals(a: string, b: string): number {
  const scale = Math.max(scaleOf(a), scaleOf(b));
  const d = toScaled(a, scale) - toScaled(b, scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

const UNIT_FACTOR: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** The amount converted exactly to 元 as a decimal string. */
export function toYuan(m: Money): string {
  const shift = UNIT_FACTOR[m.unit];
  const scale = scaleOf(m.value);
  const n = toScaled(m.value, scale) * 10n ** BigInt(shift);
  return trimZeros(fromScaled(n, scale));
}

/** Drop trailing fractional zeros (148.50 → 148.5, 3.00 → 3). */
export function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
