// The seeded errors themselves, as edits of the source text that keep every other character where it was:
// one digit of a printed number replaced by another (same length, so layout-text columns stay aligned), or
// the whole source line(s) of one row removed.
import { pick } from './prng.js';

/** One digit edit of a printed number. */
export interface DigitEdit {
  /** Offset of the digit in the number token. */
  offset: number;
  from: string;
  to: string;
  /** Power of ten of the digit's place (2 = hundreds, -1 = tenths). */
  exp: number;
}

/**
 * The digits of a number token that may be changed, with their place: every digit of the integer part and the
 * first decimal, keeping only places worth at least 10^minExp of the printed unit (so the change is beyond 尾差).
 */
export function eligibleDigits(token: string, minExp: number): { offset: number; exp: number; leading: boolean }[] {
  const m = /^(-?)([\d,]+)(?:\.(\d+))?$/.exec(token);
  if (!m) return [];
  const sign = (m[1] ?? '').length;
  const intPart = m[2] ?? '';
  const intDigits: number[] = [];
  for (let i = 0; i < intPart.length; i++) if (/\d/.test(intPart[i] as string)) intDigits.push(sign + i);
  const out = intDigits.map((offset, k) => ({ offset, exp: intDigits.length - 1 - k, leading: k === 0 && intDigits.length > 1 }));
  if (m[3] !== undefined && m[3].length > 0) out.push({ offset: sign + intPart.length + 1, exp: -1, leading: false });
  return out.filter((d) => d.exp >= minExp);
}

/** A random digit edit of a number token, or undefined when no digit may be changed. A leading digit never becomes 0. */
export function chooseDigitEdit(rand: () => number, token: string, minExp: number): DigitEdit | undefined {
  const digits = eligibleDigits(token, minExp);
  if (digits.length === 0) return undefined;
  const d = digits[pick(rand, digits.length)] as { offset: number; exp: number; leading: boolean };
  const from = token[d.offset] as string;
  const choices = '0123456789'.split('').filter((c) => c !== from && !(d.leading && c === '0'));
  return { offset: d.offset, from, to: choices[pick(rand, choices.length)] as string, exp: d.exp };
}

/** A token with one digit edit applied. */
export function applyDigit(token: string, e: DigitEdit): string {
  return token.slice(0, e.offset) + e.to + token.slice(e.offset + 1);
}

/** Lines with one replaced (1-based), the others untouched. */
export function replaceLine(lines: readonly string[], line: number, text: string): string[] {
  const out = [...lines];
  out[line - 1] = text;
  return out;
}

/** Lines with lines from…to (1-based, inclusive) removed. */
export function dropLines(lines: readonly string[], from: number, to: number): string[] {
  return [...lines.slice(0, from - 1), ...lines.slice(to)];
}

/** Where a line of the original text sits after lines from…to were removed (undefined when it was removed). */
export function shiftLine(line: number, from: number, to: number): number | undefined {
  if (line < from) return line;
  if (line <= to) return undefined;
  return line - (to - from + 1);
}
