import { needsNormalizing, normalizeText } from './normalize.js';
import type { LineSource, SourceCell, SourceLine } from './types.js';

/** Split a line on tabs into cells with their column spans. */
export function splitTabs(raw: string): SourceCell[] {
  const cells: SourceCell[] = [];
  const normalize = needsNormalizing(raw);
  let start = 0;
  for (const part of raw.split('\t')) {
    const trimmed = part.trim();
    const lead = trimmed ? part.indexOf(trimmed[0]!) : 0;
    cells.push({ text: normalize ? normalizeText(trimmed) : trimmed, start: start + lead, end: start + lead + trimmed.length });
    start += part.length + 1;
  }
  return cells;
}

/** Read tab-separated extraction text (one table row per line, cells separated by tabs). */
export function readTsvText(text: string, file: string): LineSource {
  const lines: SourceLine[] = [];
  const raws = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const cells = splitTabs(raw);
    lines.push({ no: i + 1, raw, text: cells.length === 1 ? cells[0]!.text : cells.map((c) => c.text).join('\t'), cells });
  }
  return { file, format: 'tsv-text', lines, dropped: [] };
}
