import { docxReader } from './docx.js';
import { htmlReader } from './html.js';
import { modelJsonReader } from './model-json.js';
import { pdfReader } from './pdf/index.js';
import { textReader } from './text.js';
import type { FormatReader } from './types.js';
import { xlsxReader } from './xlsx.js';

/**
 * The container readers, asked in order; the first that claims a file reads it. Specific formats (magic bytes) come
 * first — the workbook before the Word reader, which takes every other ZIP — then gongkai's own model JSON (any
 * JSON; one that is not a model is refused by name), plain text last because it claims everything.
 */
export const FORMAT_READERS: readonly FormatReader[] = [pdfReader, xlsxReader, docxReader, htmlReader, modelJsonReader, textReader];
