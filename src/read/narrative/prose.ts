// Source lines → prose lines: the cells of a line cleaned into the text the reader analyses
// (normalised, markdown bold marks and bullets removed, spaces between Chinese characters dropped),
// with the column of each character kept for positions.
import { normalizeText } from '../lines/normalize.js';
import type { SourceCell, SourceLine } from '../lines/types.js';
import type { MappedText } from './mapped.js';

/** A prose line after cleaning: analysed text, the leading indentation of the raw line, and flags. */
export interface ProseLine {
  line: SourceLine;
  /** Cleaned text: normalised, markdown marks and bullets removed, spaces between CJK dropped. */
  mapped: MappedText;
  /** The normalised cells joined by one space, as printed (see `plainText`). */
  joined: string;
  /** Spaces before the first character in the raw line (centred titles, paragraph indents). */
  indent: number;
  /** More than one non-empty cell: a table row or a table-of-contents entry. */
  multiCell: boolean;
  /** Wide internal gaps typical of a space-aligned table row. */
  aligned: boolean;
  /** The raw line started with a markdown/list bullet (`- `). */
  bullet: boolean;
}

function cellText(text: string): string {
  const n = normalizeText(text);
  // The map is per UTF-16 unit; a normalisation that changes the length would break it.
  return n.length === text.length ? n : text;
}

// Character classes of the cleaning pass, by UTF-16 code (the sets of JavaScript's \s and trim()).
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  if (c > 0x3000) return c === 0xfeff;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

const STAR = 0x2a;

function isBulletChar(c: number): boolean {
  return c === 0x2d || c === 0x2022 || c === 0xb7;
}

const BULLET = /^[-•·]\s+/;

// A gap of four or more spaces (ASCII or ideographic) between two characters, as in a space-aligned
// table row. Both ends are non-space, so testing the raw line is the same as testing it trimmed.
const WIDE_GAP = /\S[ \u3000]{4,}\S/;

/** Whether the raw line has a wide gap; without ideographic spaces, one needs four ASCII spaces after the indent. */
function hasWideGap(raw: string, indent: number): boolean {
  return (raw.includes('\u3000') || raw.indexOf('    ', indent) >= 0) && WIDE_GAP.test(raw);
}
/** Characters the cleaning may drop: whitespace and markdown bold marks. */
const DROPPABLE = /[\s*]/;

/** Spaces, tabs, form feeds and ideographic spaces before the first character. */
function indentOf(raw: string): number {
  let k = 0;
  for (let c = raw.charCodeAt(0); c === 0x20 || c === 0x09 || c === 0x0c || c === 0x3000; c = raw.charCodeAt(++k));
  return k;
}

/** Whether a text holds anything but spaces. */
function hasText(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isSpace(s.charCodeAt(k))) return true;
  return false;
}

/** Normalised text of a line with its spaces kept and bold marks removed (for lists whose columns are separated by spaces). */
export function plainText(pl: ProseLine): string {
  return plainOf(pl.joined);
}

function plainOf(joined: string): string {
  return (joined.includes('**') ? joined.replace(/\*\*/g, '') : joined).trim();
}

const ONE_CELL: readonly number[] = [0];

/** The non-blank cells of a line, their texts joined by one space, and where each cell begins in the join. */
interface Joined {
  cells: SourceCell[];
  text: string;
  starts: readonly number[];
}

function joinCells(line: SourceLine, normalized: boolean): Joined | undefined {
  const cells: SourceCell[] = [];
  for (const c of line.cells) if (hasText(c.text)) cells.push(c);
  const only = cells[0];
  if (!only) return undefined;
  // Most lines have one cell, which needs no join.
  if (cells.length === 1) return { cells, text: normalized ? only.text : cellText(only.text), starts: ONE_CELL };
  const texts = cells.map((c) => (normalized ? c.text : cellText(c.text)));
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  return { cells, text: texts.join(' '), starts };
}

/** Is this '*' one of a pair of markdown bold marks? */
function starDropped(text: string, k: number): boolean {
  return text.charCodeAt(k) === STAR && (text.charCodeAt(k + 1) === STAR || (k > 0 && text.charCodeAt(k - 1) === STAR));
}

/** Where the list bullet of a line stands (-1: none): its first character after spaces and bold marks. */
function bulletIndex(text: string): number {
  const n = text.length;
  // Cheap first: only a bullet character there makes it worth building the spaced text to confirm.
  let k = 0;
  while (k < n && (text.charCodeAt(k) === STAR || isSpace(text.charCodeAt(k)))) k++;
  if (!(k < n && isBulletChar(text.charCodeAt(k)) && BULLET.test(plainOf(text)))) return -1;
  k = 0;
  while (k < n && (starDropped(text, k) || isSpace(text.charCodeAt(k)))) k++;
  return k < n && isBulletChar(text.charCodeAt(k)) ? k : -1;
}

/** Clean one source line (`normalized`: its cells are normalised already); undefined when it holds no text. */
export function prepareLine(line: SourceLine, normalized = false): ProseLine | undefined {
  const joined = joinCells(line, normalized);
  if (!joined) return undefined;
  const bulletAt = bulletIndex(joined.text);
  const mapped = clean(line, joined, bulletAt);
  if (!mapped) return undefined;
  // Any tab (even around empty cells) marks a table row or a TOC entry, never running prose.
  const multiCell = line.cells.length > 1;
  // The spaced text starts with a bullet exactly when one is dropped: only spaces and bold marks precede it.
  const indent = indentOf(line.raw);
  return { line, mapped, joined: joined.text, indent, multiCell, aligned: hasWideGap(line.raw, indent), bullet: bulletAt >= 0 };
}

/**
 * The analysed text of a line with the column of each character: bold marks and the bullet dropped,
 * spaces dropped except one between two ASCII alphanumerics (pdftotext and Word put spaces around
 * digits in Chinese text: "2024 年度", "9859.38 万元").
 */
function clean(line: SourceLine, joined: Joined, bulletAt: number): MappedText | undefined {
  const { text: src, cells, starts } = joined;
  const n = src.length;
  // Most lines of one cell have nothing to drop: their text is the cell's, at its columns.
  const only = cells[0];
  if (cells.length === 1 && only && bulletAt < 0 && !DROPPABLE.test(src))
    return { text: src, pieces: [{ start: 0, line, length: n, cols: undefined, col: only.start }] };
  const out: string[] = [];
  const cols: number[] = [];
  let prev = -1;
  let runFrom = 0;
  let cell = 0;
  let cellEnd = (starts[1] ?? n + 1) - 1;
  let cellShift = (cells[0]?.start ?? 0) - (starts[0] ?? 0);
  // The next kept non-space character after a run of spaces, found once per run.
  let scannedTo = -1;
  let next = -1;
  for (let k = 0; k < n; k++) {
    const c = src.charCodeAt(k);
    const space = isSpace(c);
    if (!space && k !== bulletAt && !(c === STAR && starDropped(src, k))) {
      // A character of a cell (the joining spaces never get here).
      while (k >= cellEnd && cell + 1 < starts.length) {
        cell++;
        cellEnd = (starts[cell + 1] ?? n + 1) - 1;
        cellShift = (cells[cell]?.start ?? 0) - (starts[cell] ?? 0);
      }
      cols.push(k + cellShift);
      prev = c;
      continue;
    }
    if (k > runFrom) out.push(src.slice(runFrom, k));
    runFrom = k + 1;
    if (!space) continue;
    if (k >= scannedTo) {
      let j = k + 1;
      while (j < n && (j === bulletAt || starDropped(src, j) || isSpace(src.charCodeAt(j)))) j++;
      scannedTo = j;
      next = j < n ? src.charCodeAt(j) : -1;
    }
    if (isAsciiAlnum(prev) && isAsciiAlnum(next)) {
      out.push(' ');
      cols.push(-1);
      prev = 0x20;
    }
  }
  // A line with nothing dropped is its own text.
  let text = src;
  if (runFrom > 0) {
    if (n > runFrom) out.push(src.slice(runFrom, n));
    text = out.join('');
  }
  return text === '' ? undefined : { text, pieces: [{ start: 0, line, length: cols.length, cols, col: 0 }] };
}
