import { needsNormalizing, normalizeText } from './normalize.js';
import type { LineSource, SourceCell, SourceLine } from './types.js';

/** Split a line on tabs into cells with their column spans. */
export function splitTabs(raw: string): SourceCell[] {
  return split(raw).cells;
}

// One pass over the line with indexes, no intermediate arrays: this runs for every line of every file.
// `exact` says the cells joined by tabs give back the line (nothing trimmed or normalised).
function split(raw: string): { cells: SourceCell[]; exact: boolean } {
  const cells: SourceCell[] = [];
  const normalize = needsNormalizing(raw);
  let exact = !normalize;
  let from = 0;
  for (;;) {
    const tab = raw.indexOf('\t', from);
    const to = tab < 0 ? raw.length : tab;
    let a = from;
    let b = to;
    while (a < b && isSpace(raw.charCodeAt(a))) a++;
    while (b > a && isSpace(raw.charCodeAt(b - 1))) b--;
    const text = raw.slice(a, b);
    if (a !== from || b !== to) exact = false;
    cells.push({ text: normalize ? normalizeText(text) : text, start: a === b ? from : a, end: a === b ? from : b });
    if (tab < 0) return { cells, exact };
    from = tab + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 13 || c === 10 || c === 11 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;
}

/** Read tab-separated extraction text (one table row per line, cells separated by tabs). */
export function readTsvText(text: string, file: string): LineSource {
  const lines: SourceLine[] = [];
  const raws = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const { cells, exact } = split(raw);
    lines.push({ no: i + 1, raw, text: exact ? raw : cells.map((c) => c.text).join('\t'), cells });
  }
  return { file, format: 'tsv-text', lines, dropped: [] };
}
