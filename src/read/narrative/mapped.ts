// Prose is analysed as cleaned text that remembers, for every character, the line and column of the
// original character, so that a figure found in a sentence joined from several wrapped lines can still
// be located in `SourceLine.raw`. The map is kept per source line (one column array each) and a
// paragraph only lists the lines it joins, so joining never copies it character by character.
import type { Position } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';

/** Part of a mapped text that comes from one source line, `length` units from `start`. */
export interface Piece {
  start: number;
  line: SourceLine;
  length: number;
  /** Column of each unit in the line (-1: inserted by the reader); undefined when they are the columns from `col` on. */
  cols: readonly number[] | undefined;
  col: number;
}

/** Column of unit `k` of a piece (-1: inserted by the reader). */
function colAt(p: Piece, k: number): number {
  return p.cols ? (p.cols[k] ?? -1) : p.col + k;
}

/** Text with the origin of each UTF-16 unit; units outside every piece were inserted by the reader. */
export interface MappedText {
  text: string;
  pieces: Piece[];
}

/** Collects mapped texts in order and joins them once. */
export class MappedBuilder {
  private readonly parts: string[];
  private readonly pieces: Piece[];
  private length: number;
  private lastText: string;
  /** The only text added so far, kept as it is when nothing else follows. */
  private only: MappedText | undefined;

  constructor(first: MappedText) {
    this.parts = [];
    this.pieces = [];
    this.length = 0;
    this.lastText = '';
    this.only = first;
    this.add(first);
  }

  /** Append a mapped text. */
  add(m: MappedText): void {
    if (this.length > 0) this.only = undefined;
    for (const p of m.pieces) this.pieces.push({ start: this.length + p.start, line: p.line, length: p.length, cols: p.cols, col: p.col });
    this.push(m.text);
  }

  /** Append characters that have no origin (a space the reader puts back). */
  insert(text: string): void {
    this.only = undefined;
    this.push(text);
  }

  /** UTF-16 code of the last character appended (NaN when empty). */
  lastCode(): number {
    return this.lastText.charCodeAt(this.lastText.length - 1);
  }

  /** The joined text and its map. */
  build(): MappedText {
    return this.only ?? { text: this.parts.join(''), pieces: this.pieces };
  }

  private push(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.length += text.length;
    this.lastText = text;
  }
}

/** The index of the first piece that ends after `k`. */
function pieceFrom(m: MappedText, k: number): number {
  let lo = 0;
  let hi = m.pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = m.pieces[mid];
    if (p && p.start + p.length <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of the characters [start, end) of a mapped text in the original lines. */
export function spanPos(ctx: ReadContext, m: MappedText, start: number, end: number): Position | undefined {
  const s = Math.max(0, start);
  const e = Math.min(end, m.text.length);
  let first: { line: SourceLine; col: number } | undefined;
  let last: { line: SourceLine; col: number } | undefined;
  const from = pieceFrom(m, s);
  for (let i = from; i < m.pieces.length && !first; i++) {
    const p = m.pieces[i];
    if (!p || p.start >= e) break;
    for (let k = Math.max(s, p.start); k < Math.min(e, p.start + p.length); k++) {
      const col = colAt(p, k - p.start);
      if (col >= 0) {
        first = { line: p.line, col };
        break;
      }
    }
  }
  if (!first) return undefined;
  for (let i = pieceFrom(m, e - 1); i >= from && !last; i--) {
    const p = m.pieces[i];
    if (!p) continue;
    for (let k = Math.min(e, p.start + p.length) - 1; k >= Math.max(s, p.start); k--) {
      const col = colAt(p, k - p.start);
      if (col >= 0) {
        last = { line: p.line, col };
        break;
      }
    }
  }
  if (!last) return undefined;
  const pos: Position = { file: ctx.file, line: first.line.no };
  if (last.line.no !== first.line.no) pos.endLine = last.line.no;
  pos.column = { start: first.col, end: last.col + 1 };
  if (first.line.page !== undefined) pos.page = first.line.page;
  if (first.line.ref !== undefined) pos.ref = first.line.ref;
  return pos;
}

/** The original characters of [start, end): raw slices of each line joined (exact per line). */
export function rawOf(m: MappedText, start: number, end: number): string {
  const s = Math.max(0, start);
  const e = Math.min(end, m.text.length);
  let out = '';
  let line: SourceLine | undefined;
  let from = 0;
  let to = 0;
  for (let i = pieceFrom(m, s); i < m.pieces.length; i++) {
    const p = m.pieces[i];
    if (!p || p.start >= e) break;
    // The first and last characters of the piece inside the span that have an origin.
    const b = Math.min(e, p.start + p.length) - p.start;
    let x = Math.max(s, p.start) - p.start;
    while (x < b && colAt(p, x) < 0) x++;
    if (x >= b) continue;
    let y = b - 1;
    while (colAt(p, y) < 0) y--;
    if (line === p.line) {
      to = colAt(p, y) + 1;
      continue;
    }
    if (line) out += line.raw.slice(from, to);
    line = p.line;
    from = colAt(p, x);
    to = colAt(p, y) + 1;
  }
  if (line) out += line.raw.slice(from, to);
  return out;
}
