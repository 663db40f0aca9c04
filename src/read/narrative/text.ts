// Prose is analysed as cleaned text whose every character remembers the line and column of the
// original character, so that a figure found in a sentence joined from several wrapped lines can
// still be located in `SourceLine.raw`.
import type { Position } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { normalizeText } from '../lines/normalize.js';
import type { SourceLine } from '../lines/types.js';

/** Where one character of analysed text came from. */
export interface Anchor {
  line: SourceLine;
  col: number;
}

/** Text with the origin of each UTF-16 unit (undefined for characters the reader inserted). */
export interface MappedText {
  text: string;
  at: (Anchor | undefined)[];
}

/** A prose line after cleaning: analysed text, the leading indentation of the raw line, and flags. */
export interface ProseLine {
  line: SourceLine;
  /** Cleaned text: normalised, markdown marks and bullets removed, spaces between CJK dropped. */
  mapped: MappedText;
  /** Normalised text with spaces kept (for lists whose columns are separated by spaces). */
  plain: string;
  /** Spaces before the first character in the raw line (centred titles, paragraph indents). */
  indent: number;
  /** More than one non-empty cell: a table row or a table-of-contents entry. */
  multiCell: boolean;
  /** Wide internal gaps typical of a space-aligned table row. */
  aligned: boolean;
  /** The raw line started with a markdown/list bullet (`- `). */
  bullet: boolean;
}

const ASCII_ALNUM = /[A-Za-z0-9]/;

/** An empty mapped text. */
export function emptyMapped(): MappedText {
  return { text: '', at: [] };
}

/** Append `b` to `a` in place. */
export function appendMapped(a: MappedText, b: MappedText): void {
  a.text += b.text;
  for (const x of b.at) a.at.push(x);
}

/** The part [start, end) of a mapped text. */
export function sliceMapped(m: MappedText, start: number, end: number): MappedText {
  return { text: m.text.slice(start, end), at: m.at.slice(start, end) };
}

function cellText(text: string): string {
  const n = normalizeText(text);
  // The map is per UTF-16 unit; a normalisation that changes the length would break it.
  return n.length === text.length ? n : text;
}

/** Clean one source line; undefined when it holds no text. */
export function prepareLine(line: SourceLine): ProseLine | undefined {
  const cells = line.cells.filter((c) => c.text.trim() !== '');
  if (cells.length === 0) return undefined;
  // Any tab (even around empty cells) marks a table row or a TOC entry, never running prose.
  const multiCell = line.cells.length > 1;
  const chars: string[] = [];
  const cols: (number | undefined)[] = [];
  cells.forEach((cell, i) => {
    if (i > 0) {
      chars.push(' ');
      cols.push(undefined);
    }
    const t = cellText(cell.text);
    for (let k = 0; k < t.length; k++) {
      chars.push(t[k] ?? '');
      cols.push(cell.start + k);
    }
  });
  const plain = chars.join('').replace(/\*\*/g, '').trim();
  const indent = /^[ \t\f\u3000]*/.exec(line.raw)?.[0].length ?? 0;
  const bullet = /^[-•·]\s+/.test(plain);

  // Drop markdown bold marks and the bullet, then spaces except between two ASCII alphanumerics
  // (pdftotext and Word put spaces around digits in Chinese text: "2024 年度", "9859.38 万元").
  const keep: boolean[] = chars.map(() => true);
  for (let k = 0; k + 1 < chars.length; k++) if (chars[k] === '*' && chars[k + 1] === '*') keep[k] = keep[k + 1] = false;
  const firstIdx = chars.findIndex((c, k) => keep[k] && c.trim() !== '');
  if (bullet && firstIdx >= 0 && /[-•·]/.test(chars[firstIdx] ?? '')) keep[firstIdx] = false;
  // The next kept non-space character after each position, found in one backward pass.
  const nextChar: string[] = new Array<string>(chars.length + 1).fill('');
  for (let k = chars.length - 1; k >= 0; k--) {
    const c = chars[k] ?? '';
    nextChar[k] = keep[k] && !/\s/.test(c) ? c : (nextChar[k + 1] ?? '');
  }
  const outText: string[] = [];
  const outAt: (Anchor | undefined)[] = [];
  for (let k = 0; k < chars.length; k++) {
    if (!keep[k]) continue;
    const c = chars[k] ?? '';
    if (/\s/.test(c)) {
      const prev = outText[outText.length - 1] ?? '';
      if (ASCII_ALNUM.test(prev) && ASCII_ALNUM.test(nextChar[k + 1] ?? '')) {
        outText.push(' ');
        outAt.push(undefined);
      }
      continue;
    }
    outText.push(c);
    const col = cols[k];
    outAt.push(col === undefined ? undefined : { line, col });
  }
  const text = outText.join('');
  if (text === '') return undefined;
  const inner = line.raw.trim();
  return {
    line,
    mapped: { text, at: outAt },
    plain,
    indent,
    multiCell,
    aligned: /\S[ \u3000]{4,}\S/.test(inner),
    bullet,
  };
}

/** Position of the characters [start, end) of a mapped text in the original lines. */
export function spanPos(ctx: ReadContext, m: MappedText, start: number, end: number): Position | undefined {
  let first: Anchor | undefined;
  let last: Anchor | undefined;
  for (let k = Math.max(0, start); k < Math.min(end, m.at.length); k++) {
    const a = m.at[k];
    if (!a) continue;
    if (!first) first = a;
    last = a;
  }
  if (!first || !last) return undefined;
  const pos: Position = { file: ctx.file, line: first.line.no };
  if (last.line.no !== first.line.no) pos.endLine = last.line.no;
  pos.column = { start: first.col, end: last.col + 1 };
  if (first.line.page !== undefined) pos.page = first.line.page;
  return pos;
}

/** The original characters of [start, end): raw slices of each line joined (exact per line). */
export function rawOf(m: MappedText, start: number, end: number): string {
  const parts: { line: SourceLine; from: number; to: number }[] = [];
  for (let k = Math.max(0, start); k < Math.min(end, m.at.length); k++) {
    const a = m.at[k];
    if (!a) continue;
    const cur = parts[parts.length - 1];
    if (cur && cur.line === a.line) cur.to = a.col + 1;
    else parts.push({ line: a.line, from: a.col, to: a.col + 1 });
  }
  return parts.map((p) => p.line.raw.slice(p.from, p.to)).join('');
}
