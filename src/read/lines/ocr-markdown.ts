import { splitTabs } from './tsv.js';
import type { LineSource, SourceLine } from './types.js';

// OCR conversions wrap text in HTML tags and repeat a watermark on blank areas of each page.
const WATERMARK_RE = /^(仅供内部审核|内部资料|仅供审核|样稿)$/;
const TAG_RE = /<\/?(?:b|p|strong|em|i|u|span|br|div)\b[^>]*>/gi;

/** Read OCR markdown: strip heading marks, inline tags and watermark lines; keep tab cells. */
export function readOcrMarkdown(text: string, file: string): LineSource {
  const lines: SourceLine[] = [];
  const dropped: LineSource['dropped'] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const no = i + 1;
    const m = /^(#{1,6})\s+/.exec(raw);
    const heading = m?.[1]?.length;
    // Blank out the marks rather than delete them so that column spans still point into `raw`.
    const blanked = raw
      .replace(/^#{1,6}\s+/, (s) => ' '.repeat(s.length))
      .replace(TAG_RE, (s) => ' '.repeat(s.length))
      .replace(/ {2,}$/, '');
    const cells = splitTabs(blanked);
    const joined = cells.map((c) => c.text).join('\t');
    if (WATERMARK_RE.test(joined.trim())) {
      dropped.push({ no, reason: 'watermark' });
      lines.push({ no, raw, text: '', cells: [{ text: '', start: 0, end: 0 }] });
      return;
    }
    const line: SourceLine = { no, raw, text: joined, cells };
    if (heading !== undefined) line.heading = heading;
    lines.push(line);
  });
  return { file, format: 'ocr-markdown', lines, dropped };
}
