import { execFileSync } from 'node:child_process';
import { corpusPath } from './corpus.js';

const cache = new Map<string, string>();

/** `pdftotext -layout` text of a corpus PDF (poppler-utils is installed by scripts/setup.sh). */
export function layoutTextOf(pdfName: string): string {
  let t = cache.get(pdfName);
  if (t === undefined) {
    t = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', corpusPath(pdfName), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    cache.set(pdfName, t);
  }
  return t;
}
