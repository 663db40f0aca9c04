// Owned by the layout work: `pdftotext -layout` text → lines of aligned cells.
import type { LineSource } from '../lines/types.js';

/** Read space-aligned text (pdftotext -layout): table rows become cells aligned to their header's columns. */
export function readLayoutText(text: string, file: string): LineSource {
  const lines = text.split(/\r\n|\n|\r/).map((raw, i) => ({
    no: i + 1,
    raw,
    text: raw.trim(),
    cells: [{ text: raw.trim(), start: raw.length - raw.trimStart().length, end: raw.trimEnd().length }],
  }));
  return { file, format: 'layout-text', lines, dropped: [] };
}
