import { modelJsonReader } from './model-json.js';
import { pdfReader } from './pdf/index.js';
import { textReader } from './text.js';
import type { FormatReader } from './types.js';

/**
 * The container readers, asked in order; the first that claims a file reads it. Specific formats (magic bytes) come
 * first, then gongkai's own model JSON (claimed only when it is one), plain text last because it claims everything.
 */
export const FORMAT_READERS: readonly FormatReader[] = [pdfReader, modelJsonReader, textReader];
