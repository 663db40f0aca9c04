import { detectFormat } from '../detect.js';
import { readLayoutText } from '../layout/index.js';
import { readOcrMarkdown } from '../lines/ocr-markdown.js';
import { readTsvText } from '../lines/tsv.js';
import type { LineSource } from '../lines/types.js';
import { type Extracted, type FormatReader, ReadFailure } from './types.js';

/** Decode text bytes: a BOM decides; else strict UTF-8; else GB18030 (a superset of GBK/GB2312). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return plausible({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return plausible({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' });
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) {
    if (bytes.length % 2 !== 0 || bytes.length < 64) throw new ReadFailure('binary', 'the file is binary, not text (and not a PDF, HTML, XLSX or DOCX file gongkai reads)');
    // UTF-16 without a BOM: Chinese text has NULs in the high bytes of its ASCII, on one parity only.
    const le = utf16Parity(sample, 1);
    const be = utf16Parity(sample, 0);
    if (le > 0.2 && be < 0.02) return plausible({ text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' });
    if (be > 0.2 && le < 0.02) return plausible({ text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' });
    throw new ReadFailure('binary', 'the file is binary, not text (and not a PDF, HTML, XLSX or DOCX file gongkai reads)');
  }
  try {
    return plausible({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' });
  } catch {
    // not UTF-8: try the national standard next
  }
  try {
    return plausible({ text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' });
  } catch (e) {
    if (e instanceof ReadFailure) throw e;
    throw new ReadFailure('encoding', 'the text is neither UTF-8, UTF-16 nor GB18030/GBK');
  }
}

// Any byte string decodes as something in UTF-16 or GB18030; a disclosure is mostly Han, ASCII and CJK punctuation.
function plausible(d: { text: string; encoding: string }): { text: string; encoding: string } {
  const sample = d.text.slice(0, 20000);
  let seen = 0;
  let odd = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 9 || c === 10 || c === 13 || c === 32 || c === 0x3000 || c === 0xfeff) continue;
    seen++;
    const normal = (c >= 0x21 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xa0 && c <= 0x24f) || (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x2460 && c <= 0x25ff);
    if (!normal) odd++;
  }
  if (seen > 0 && odd / seen > 0.3) throw new ReadFailure(d.encoding === 'utf-8' ? 'binary' : 'encoding', `the file decodes as ${d.encoding} but does not read as Chinese or Latin text`);
  return d;
}

function utf16Parity(b: Uint8Array, odd: 0 | 1): number {
  let zeros = 0;
  let n = 0;
  for (let i = odd; i < b.length; i += 2, n++) if (b[i] === 0) zeros++;
  return n === 0 ? 0 : zeros / n;
}

/** Split decoded text into lines by its own grammar: tab-separated, space-aligned layout, or OCR markdown. */
export function textLines(text: string, file: string): LineSource {
  const clean = text.replace(/^\uFEFF/, '');
  const format = detectFormat(clean);
  if (!format) throw new ReadFailure('empty', 'the file holds no text');
  if (format === 'ocr-markdown') return readOcrMarkdown(clean, file);
  if (format === 'layout-text') return readLayoutText(clean, file);
  return readTsvText(clean, file);
}

/** Plain-text extractions (.txt/.md) in UTF-8, UTF-16 or GB18030: the reader of last resort. */
export const textReader: FormatReader = {
  id: 'text',
  extensions: ['.txt', '.md'],
  claims: () => true,
  read(bytes: Uint8Array, file: string): Promise<Extracted> {
    if (bytes.length === 0) throw new ReadFailure('empty', 'the file is empty');
    const { text, encoding } = decodeText(bytes);
    return Promise.resolve({ source: textLines(text, file), container: 'text', encoding });
  },
};
