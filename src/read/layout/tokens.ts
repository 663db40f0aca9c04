// Splitting one layout line into positioned tokens. pdftotext -layout separates printed cells by runs of
// spaces (usually two or more) but words inside a cell by single spaces, and it sometimes leaves a single
// space between an amount and the next cell (`371,514,655.00 一、一般公共服务支出`, `2.85 0.39 0.00`).
import { normalizeText } from '../lines/normalize.js';
import { isPlain, isSpaceCode, needsNormalizing } from './chars.js';
import { kindOf, mayBeNumeric } from './kinds.js';

/** What a token looks like: an amount (decimal, thousands separators, dash for zero), a bare integer (code, row number), or text. */
export type TokenKind = 'amount' | 'int' | 'text';

/** A run of printed text on one line with its span [start, end) in the raw line. */
export interface Token {
  start: number;
  end: number;
  /** Normalised text (normalizeText) with inner whitespace runs kept as single spaces. */
  text: string;
  kind: TokenKind;
}

// normalizeText maps code unit to code unit (radicals and full-width forms to one BMP character each), so
// every word's text is a slice of the normalised line at the word's own span. Most lines need no
// normalising; a line that does is scanned again from its normalised text.
/** Tokens of a line with their spans. */
export function tokenize(raw: string): Token[] {
  return scan(raw, raw, true) ?? scan(raw, normalizeText(raw), false) ?? [];
}

// Words are joined across single spaces and split at two or more; a word printed like an amount is always
// a token of its own, because an amount never shares a cell. A token of several words is text, since no
// amount or integer pattern admits a space.
/** Tokens of raw with texts taken from norm; undefined when asked to check and raw needs normalising. */
function scan(raw: string, norm: string, check: boolean): Token[] | undefined {
  const out: Token[] = [];
  const n = raw.length;
  let start = -1;
  let end = -1;
  let kind: TokenKind = 'text';
  let words = 0;
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    if (check && c >= 0xa0 && needsNormalizing(c)) return undefined;
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const ws = i;
    for (i++; i < n; i++) {
      const d = raw.charCodeAt(i);
      if (isPlain(d)) continue;
      if (check && d >= 0xa0 && needsNormalizing(d)) return undefined;
      if (isSpaceCode(d)) break;
    }
    const wordKind = mayBeNumeric(norm.charCodeAt(ws)) ? kindOf(norm.slice(ws, i)) : 'text';
    // Two bare integers are never one cell either (类 and 款 codes a single space apart: 302 01).
    const bothInts = wordKind === 'int' && kind === 'int' && words === 1;
    const joins = words > 0 && ws - end === 1 && raw.charCodeAt(end) === 0x20 && wordKind !== 'amount' && kind !== 'amount' && !bothInts;
    if (joins) {
      end = i;
      kind = 'text';
      words++;
    } else {
      if (words > 0) out.push({ start, end, text: norm.slice(start, end), kind });
      start = ws;
      end = i;
      kind = wordKind;
      words = 1;
    }
  }
  if (words > 0) out.push({ start, end, text: norm.slice(start, end), kind });
  return out;
}

/** Tokens of line i of raws, each line tokenised on first use (an index outside the lines has none). */
export function lazyTokens(raws: readonly string[]): (i: number) => Token[] {
  const memo: (Token[] | undefined)[] = new Array<Token[] | undefined>(raws.length);
  return (i) => {
    const raw = raws[i];
    if (raw === undefined) return [];
    return (memo[i] ??= tokenize(raw));
  };
}

// Inside a chunk whitespace is single spaces, ideographic spaces or no-break spaces, which normalizeText
// turns into plain spaces.
/** Chunks of a line split only at runs of two or more spaces (for meta lines such as 编制部门：…  单位：元). */
export function chunks(raw: string): Token[] {
  const out: Token[] = [];
  const norm = normalizeText(raw);
  const re = /\S+(?:[ \u3000\u00a0]\S+)*/g;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const text = norm.slice(m.index, m.index + m[0].length);
    out.push({ start: m.index, end: m.index + m[0].length, text, kind: kindOf(text) });
  }
  return out;
}

/** Centre of a span. */
export function centre(t: { start: number; end: number }): number {
  return (t.start + t.end) / 2;
}
