import type { LineSource } from './lines/types.js';

/** Text formats the readers handle. */
export type TextFormat = LineSource['format'];

/** Decide the text format from content, not extension: OCR markdown, tab-separated, or space-aligned layout. */
export function detectFormat(text: string): TextFormat | undefined {
  // The first few hundred lines decide; a whole document need not be split twice.
  const lines = text.slice(0, 60000).split(/\r\n|\n|\r/);
  let tabbed = 0;
  let aligned = 0;
  let markdown = 0;
  let nonEmpty = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    nonEmpty++;
    if (l.includes('\t')) tabbed++;
    if (/\S {3,}\S/.test(l)) aligned++;
    if (/^#{1,6}\s/.test(l) || /^<b>/i.test(l)) markdown++;
  }
  if (nonEmpty === 0) return undefined;
  if (markdown >= 3) return 'ocr-markdown';
  if (tabbed >= Math.max(3, aligned * 0.5)) return 'tsv-text';
  if (aligned >= 3) return 'layout-text';
  return 'tsv-text';
}
