// Small text and position helpers shared by the form readers.
import type { Position } from '../../model/index.js';
import { posOf, type ReadContext } from '../context.js';
import type { SourceCell, SourceLine } from '../lines/types.js';

/** A non-empty cell of a line with its index among the line's cells (its column). */
export interface Token {
  text: string;
  cell: SourceCell;
  col: number;
}

/**
 * Label form of a cell: whitespace dropped (extraction splits words: `产出 指标`), full-width
 * parentheses made ASCII and trailing colons removed, so that `项目资金 （元）：` compares as `项目资金(元)`.
 */
export function compact(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[:：]+$/, '');
}

/** Cleaned value text: HTML paragraph marks that some exports leave in cells are dropped, spaces collapsed. */
export function cleanValue(text: string): string {
  return text
    .replace(/<\/?(?:p|br|b|span|div)\b[^>]*>/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The non-empty cells of a line, in order. */
export function tokensOf(line: SourceLine): Token[] {
  const out: Token[] = [];
  line.cells.forEach((cell, col) => {
    if (cell.text.trim() !== '') out.push({ text: cell.text.trim(), cell, col });
  });
  return out;
}

/** True when the line has no text at all. */
export function isBlank(line: SourceLine): boolean {
  return line.cells.every((c) => c.text.trim() === '');
}

/** Position of a run of cells on one line (column span from the first to the last). */
export function cellsPos(ctx: ReadContext, line: SourceLine, cells: readonly SourceCell[]): Position {
  const first = cells[0];
  if (!first) return posOf(ctx, line);
  const pos = posOf(ctx, line, first);
  const last = cells[cells.length - 1] ?? first;
  pos.column = { start: Math.min(first.start, last.start), end: Math.max(first.end, last.end) };
  return pos;
}

/** Position of a part of a cell's text, [from, to) in text offsets (cell text keeps the raw line's offsets). */
export function subPos(ctx: ReadContext, line: SourceLine, cell: SourceCell, from: number, to: number): Position {
  const pos = posOf(ctx, line);
  pos.column = { start: cell.start + from, end: Math.min(cell.end, cell.start + to) };
  return pos;
}

/** Split `035-阳泉市应急管理局` into code and name; a name without a code stays whole. */
export function splitCode(value: string): { code?: string; name: string } {
  const m = /^(\d{2,6})\s*[-－—–]\s*(.+)$/.exec(value.trim());
  if (m?.[1] && m[2]) return { code: m[1], name: m[2].trim() };
  return { name: value.trim() };
}

/** The year printed in a form's title area: `(2026年度)`, `2026年`, `（2026）年度`. */
export function yearOf(text: string): number | undefined {
  const m = /^[（(]?\s*(\d{4})\s*[）)]?\s*年?度?\s*[）)]?$/.exec(text.replace(/\s+/g, ''));
  return m?.[1] ? Number(m[1]) : undefined;
}
