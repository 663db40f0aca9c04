// The non-empty cells of a line, each with the shared record of its text, and the cheap tests on a line
// that need no tokens (blank? one text only?) for the scan over a whole document.
import type { SourceCell, SourceLine } from '../lines/types.js';
import { cellText, type CellText } from './cell.js';

/** A non-empty cell of a line with its index among the line's cells (its column). */
export interface Token {
  readonly text: string;
  readonly cell: SourceCell;
  readonly col: number;
  /** What is known about the text. */
  readonly info: CellText;
}

/** The non-empty cells of a line, in order. The result is shared with other callers: never change it. */
export function tokensOf(line: SourceLine): readonly Token[] {
  return recent.get(line, scan);
}

function scan(line: SourceLine): readonly Token[] {
  const cells = line.cells;
  let n = 0;
  for (let col = 0; col < cells.length; col++) {
    const text = cells[col]!.text;
    if (text === '') continue;
    const info = cellText(text);
    if (info.text === '') continue;
    infos[n] = info;
    cols[n++] = col;
  }
  if (n === 0) return NO_TOKENS;
  // Sized once: an array grown by push reserves room for 16 more, and every line of a form has one.
  const toks = new Array<Token>(n);
  for (let k = 0; k < n; k++) {
    const col = cols[k]!;
    const info = infos[k]!;
    toks[k] = { text: info.text, cell: cells[col]!, col, info };
  }
  return toks;
}

const NO_TOKENS: readonly Token[] = [];

// Scratch space of `scan`, reused from line to line.
const infos: CellText[] = [];
const cols: number[] = [];

/**
 * What was last worked out for the last few lines. The readers ask about the line in hand several times
 * over (header? footer? indicator row?), and a project form first looks ahead over its head rows; a
 * short list catches nearly every repeat for the cost of a few comparisons, where keying a map by line
 * costs more than making the tokens again.
 */
export class RecentLines<T> {
  private readonly keys: (SourceLine | undefined)[] = new Array<SourceLine | undefined>(SIZE).fill(undefined);
  private readonly values: (T | undefined)[] = new Array<T | undefined>(SIZE).fill(undefined);
  private last = 0;

  /** The value for the line, made by `make` unless the line is one of the last few asked about. */
  get(line: SourceLine, make: (line: SourceLine) => T): T {
    // Newest first: most repeats ask about the line just asked about.
    for (let k = 0, i = this.last; k < SIZE; k++, i = (i + SIZE - 1) % SIZE) if (this.keys[i] === line) return this.values[i] as T;
    const value = make(line);
    this.last = (this.last + 1) % SIZE;
    this.keys[this.last] = line;
    this.values[this.last] = value;
    return value;
  }
}

const SIZE = 16;

const recent = new RecentLines<readonly Token[]>();

/** True when the line has no text at all. */
export function isBlank(line: SourceLine): boolean {
  for (const c of line.cells) if (c.text !== '' && c.text.trim() !== '') return false;
  return true;
}

/** The text of the line's only non-empty cell (trimmed), or undefined when it has none or several. */
export function soleText(line: SourceLine): string | undefined {
  let found: string | undefined;
  for (const c of line.cells) {
    if (c.text === '') continue;
    const t = c.text.trim();
    if (t === '') continue;
    if (found !== undefined) return undefined;
    found = t;
  }
  return found;
}
