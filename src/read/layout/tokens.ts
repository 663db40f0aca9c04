// Splitting one layout line into positioned tokens. pdftotext -layout separates printed cells by runs of
// spaces (usually two or more) but words inside a cell by single spaces, and it sometimes leaves a single
// space between an amount and the next cell (`371,514,655.00 一、一般公共服务支出`, `2.85 0.39 0.00`).
import { normalizeText } from '../lines/normalize.js';

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

// Full-width digits are normalised before these tests, so only ASCII forms are needed.
const AMOUNT_RE = /^[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)%?$/;
const PERCENT_RE = /^[-−]?\d+(?:\.\d+)?%$/;
const DASH_RE = /^[-—–－―]{1,3}$/;
const INT_RE = /^\d+$/;

/** Whether a (normalised) word is printed like an amount: 9,389,913.00, 4558.02, 85.91%, or a dash for zero. */
export function isAmountWord(word: string): boolean {
  return AMOUNT_RE.test(word) || PERCENT_RE.test(word) || DASH_RE.test(word);
}

/** Kind of a normalised token text. */
export function kindOf(text: string): TokenKind {
  if (isAmountWord(text)) return 'amount';
  if (INT_RE.test(text)) return 'int';
  return 'text';
}

interface Word {
  start: number;
  end: number;
  text: string;
}

// JS \s covers the form feed that starts a page, tabs, U+3000 and U+00A0; each counts as one position.
function words(raw: string): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) out.push({ start: m.index, end: m.index + m[0].length, text: normalizeText(m[0]) });
  return out;
}

// Words are joined across single spaces and split at two or more; a word printed like an amount is always
// a token of its own, because an amount never shares a cell.
/** Tokens of a line with their spans. */
export function tokenize(raw: string): Token[] {
  const out: Token[] = [];
  let cur: { start: number; end: number; parts: string[] } | undefined;
  let curIsAmount = false;
  const flush = (): void => {
    if (cur) {
      const text = cur.parts.join(' ');
      out.push({ start: cur.start, end: cur.end, text, kind: kindOf(text) });
    }
    cur = undefined;
  };
  for (const w of words(raw)) {
    const amount = isAmountWord(w.text);
    // Two bare integers are never one cell either (类 and 款 codes a single space apart: 302 01).
    const bothInts = cur !== undefined && INT_RE.test(w.text) && INT_RE.test(cur.parts[cur.parts.length - 1] ?? '') && cur.parts.length === 1;
    const joins = cur !== undefined && w.start - cur.end === 1 && raw[cur.end] === ' ' && !amount && !curIsAmount && !bothInts;
    if (joins && cur) {
      cur.parts.push(w.text);
      cur.end = w.end;
    } else {
      flush();
      cur = { start: w.start, end: w.end, parts: [w.text] };
      curIsAmount = amount;
    }
  }
  flush();
  return out;
}

/** Chunks of a line split only at runs of two or more spaces (for meta lines such as 编制部门：…  单位：元). */
export function chunks(raw: string): Token[] {
  const out: Token[] = [];
  const re = /\S+(?:[ \u3000\u00a0]\S+)*/g;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const text = normalizeText(m[0]).replace(/\s+/g, ' ');
    out.push({ start: m.index, end: m.index + m[0].length, text, kind: kindOf(text) });
  }
  return out;
}

/** Centre of a span. */
export function centre(t: { start: number; end: number }): number {
  return (t.start + t.end) / 2;
}
