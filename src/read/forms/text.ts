// Small text and position helpers shared by the form readers.
import type { Position } from '../../model/index.js';
import { posOf, type ReadContext } from '../context.js';
import type { SourceCell, SourceLine } from '../lines/types.js';

/**
 * Label form of a cell: whitespace dropped (extraction splits words: `产出 指标`), full-width
 * parentheses made ASCII and trailing colons removed, so that `项目资金 （元）：` compares as `项目资金(元)`.
 */
export function compact(text: string): string {
  // Called for every cell against many labels; the same few hundred texts recur, so remember them.
  let out = COMPACT_CACHE.get(text);
  if (out === undefined) {
    out = text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/[:：]+$/, '');
    if (COMPACT_CACHE.size > 20000) COMPACT_CACHE.clear();
    COMPACT_CACHE.set(text, out);
  }
  return out;
}

const COMPACT_CACHE = new Map<string, string>();

/** Cleaned value text: HTML paragraph marks that some exports leave in cells are dropped, spaces collapsed. */
export function cleanValue(text: string): string {
  // Most values have neither a tag nor a run of spaces: only the trim is left to do.
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return text
    .replace(/<\/?(?:p|br|b|span|div)\b[^>]*>/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const NEEDS_CLEANING = /<|\s\s/;

/** Position of a run of cells on one line, from its first to its last cell (the line alone when there is none). */
export function spanPos(ctx: ReadContext, line: SourceLine, first: SourceCell | undefined, last: SourceCell | undefined): Position {
  if (!first) return posOf(ctx, line);
  const pos = posOf(ctx, line, first);
  const end = last ?? first;
  pos.column = { start: Math.min(first.start, end.start), end: Math.max(first.end, end.end) };
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
