import { type Document, DocumentSchema } from '../../model/index.js';
import type { LineSource } from '../lines/types.js';
import { type Extracted, type FormatReader, ReadFailure } from './types.js';

// The parse made by claims() is kept for read(), so a model is parsed once; keyed by the byte array itself.
const parsed = new WeakMap<Uint8Array, { value: unknown }>();

function firstNonSpace(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i];
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** The bytes parsed as JSON when they are JSON (an object or an array); undefined for anything else. */
function jsonValue(bytes: Uint8Array): { value: unknown } | undefined {
  const known = parsed.get(bytes);
  if (known) return known;
  const first = firstNonSpace(bytes);
  // A disclosure's text never starts with { or [: only then is parsing worth trying.
  if (first !== 0x7b && first !== 0x5b) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(decode(bytes));
  } catch {
    return undefined;
  }
  const r = { value };
  parsed.set(bytes, r);
  return r;
}

/** The top-level object when it is gongkai's model (`schemaVersion` and `tables`). */
function modelObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('schemaVersion' in value) || !('tables' in value)) return undefined;
  return value as Record<string, unknown>;
}

/** The JSON text as lines of one cell each (the document itself carries the positions of the original). */
function jsonLines(text: string, file: string): LineSource {
  return { file, format: 'tsv-text', lines: text.split('\n').map((raw, i) => ({ no: i + 1, raw, text: raw, cells: [{ text: raw.trim(), start: 0, end: raw.length }] })), dropped: [] };
}

/**
 * A document in gongkai's model (`gongkai parse --json`, samples/*.model.json): the third input after text and PDF.
 * Claims every JSON file; one that is not a model (no `schemaVersion` and `tables` at the top) is refused by name.
 */
export const modelJsonReader: FormatReader = {
  id: 'json',
  extensions: ['.json'],
  claims: (bytes) => jsonValue(bytes) !== undefined,
  read(bytes: Uint8Array, file: string): Promise<Extracted> {
    const obj = modelObject(jsonValue(bytes)?.value);
    if (!obj) throw new ReadFailure('unsupported', 'a JSON file that is not a gongkai model (a document model has schemaVersion and tables at its top level)');
    const result = DocumentSchema.safeParse(obj);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
      throw new ReadFailure('corrupt', `not a valid gongkai model (schema version ${String(obj['schemaVersion'])}): at ${path}: ${issue?.message ?? 'invalid'}`);
    }
    const document: Document = result.data;
    return Promise.resolve({ source: jsonLines(decode(bytes), file), document, container: 'json', encoding: 'utf-8' });
  },
};
