import { splitTabs } from './tsv.js';
import type { LineSource, SourceLine } from './types.js';

// OCR conversions wrap text in HTML tags and repeat a watermark on blank areas of each page.
const WATERMARK_RE = /^(仅供内部审核|内部资料|仅供审核|样稿)$/;
const TAG_RE = /<\/?(?:b|p|strong|em|i|u|span|br|div)\b[^>]*>/gi;

/** Read OCR markdown: strip heading marks, inline tags and watermark lines; keep tab cells. */
export function readOcrMarkdown(text: string, file: string): LineSource {
  const lines: SourceLine[] = [];
  const dropped: LineSource['dropped'] = [];
  const raws = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const no = i + 1;
    const m = raw.startsWith('#') ? /^(#{1,6})\s+/.exec(raw) : null;
    // Blank out the marks rather than delete them so that column spans still point into `raw`.
    let blanked = m ? ' '.repeat(m[0].length) + raw.slice(m[0].length) : raw;
    if (blanked.includes('<')) blanked = blanked.replace(TAG_RE, (s) => ' '.repeat(s.length));
    if (blanked.endsWith('  ')) blanked = blanked.replace(/ {2,}$/, '');
    const cells = splitTabs(blanked);
    const joined = cells.length === 1 ? cells[0]!.text : cells.map((c) => c.text).join('\t');
    if (WATERMARK_RE.test(joined)) {
      dropped.push({ no, reason: 'watermark' });
      lines.push({ no, raw, text: '', cells: [{ text: '', start: 0, end: 0 }] });
      continue;
    }
    const line: SourceLine = { no, raw, text: joined, cells };
    if (m?.[1]) line.heading = m[1].length;
    lines.push(line);
  }
  return { file, format: 'ocr-markdown', lines, dropped };
}
