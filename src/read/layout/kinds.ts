// What a token's text looks like: an amount, a bare integer or text. The patterns are read left to right
// by hand rather than by regular expressions, since every word of every table line is classified.
import type { TokenKind } from './tokens.js';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isMinus = (c: number): boolean => c === 0x2d || c === 0x2212;
const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0xff0d;

// Every amount, percentage, dash and integer starts with a digit, a minus or a dash, so most words
// (Chinese text) are settled by their first character.
/** Whether a word starting with this code unit can be an amount or an integer. */
export function mayBeNumeric(c: number): boolean {
  return isDigit(c) || isMinus(c) || isDash(c);
}

/** Index after the run of ASCII digits starting at i. */
function digitsFrom(w: string, i: number): number {
  while (i < w.length && isDigit(w.charCodeAt(i))) i++;
  return i;
}

// Full-width digits are normalised before this test, so only ASCII digits count. The patterns, read left
// to right without backtracking: an amount is 1–3 dashes for zero, or an optional minus (- or −) and either
// thousands groups (1,234 or 1,234.5), a decimal (4558.02) or a bare number before a percent sign, each
// optionally followed by %; an integer is digits alone.
/** Kind of a normalised token text: an amount (9,389,913.00, 4558.02, 85.91%, a dash for zero), a bare integer, or text. */
export function kindOf(text: string): TokenKind {
  const n = text.length;
  if (n === 0 || !mayBeNumeric(text.charCodeAt(0))) return 'text';
  let dashes = 0;
  while (dashes < n && isDash(text.charCodeAt(dashes))) dashes++;
  if (dashes === n && n <= 3) return 'amount';
  const signed = isMinus(text.charCodeAt(0));
  const from = signed ? 1 : 0;
  let i = digitsFrom(text, from);
  const whole = i - from;
  if (whole === 0) return 'text';
  if (i === n) return signed ? 'text' : 'int';
  let c = text.charCodeAt(i);
  let fraction = false;
  if (c === 0x2c) {
    // Thousands groups need 1–3 leading digits and exactly three after every comma.
    if (whole > 3) return 'text';
    while (c === 0x2c) {
      if (digitsFrom(text, i + 1) !== i + 4) return 'text';
      i += 4;
      c = text.charCodeAt(i);
    }
    fraction = true;
  }
  if (c === 0x2e) {
    const after = digitsFrom(text, i + 1);
    if (after === i + 1) return 'text';
    i = after;
    c = text.charCodeAt(i);
    fraction = true;
  }
  if (c === 0x25) return i + 1 === n ? 'amount' : 'text';
  return fraction && i === n ? 'amount' : 'text';
}

/** Whether a (normalised) word is printed like an amount: 9,389,913.00, 4558.02, 85.91%, or a dash for zero. */
export function isAmountWord(word: string): boolean {
  return kindOf(word) === 'amount';
}
