import type { Document } from '../model/index.js';
import { readText } from '../read/index.js';

/** A document read from tab-separated lines (tests build small tables this way). */
export function docFrom(...lines: string[]): Document {
  const r = readText(lines.join('\n'), 't.txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

/** Cells joined by tabs. */
export const T = (...cells: string[]): string => cells.join('\t');
