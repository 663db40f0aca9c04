import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled to dist/test/corpus.js: the repository root is two levels up, the corpus beside it in ../shared.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the repository root. */
export const repoRoot = root;

/** Absolute path of a corpus file (../shared/corpus/NAME); the corpus is never copied into the project. */
export function corpusPath(name: string): string {
  const p = join(root, '..', 'shared', 'corpus', name);
  if (!existsSync(p)) throw new Error(`corpus file missing: ${p} (../shared must sit beside the repository)`);
  return p;
}

/** Bytes of a corpus file. */
export function corpusBytes(name: string): Uint8Array {
  return readFileSync(corpusPath(name));
}

/** Text of a corpus file. */
export function corpusText(name: string): string {
  return readFileSync(corpusPath(name), 'utf8');
}

/** The text corpus documents (tab-separated or OCR markdown). */
export const TEXT_DOCS = [
  'yangquan-emergency-2026-budget.txt',
  'datong-emergency-2025-unit-budget.md',
  'shanxi-emergency-2026-budget.txt',
  'yangquan-emergency-2024-final-accounts.txt',
  'jinzhong-emergency-2022-performance-targets.txt',
] as const;

/** The PDF corpus documents (read through `pdftotext -layout`). */
export const PDF_DOCS = ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf'] as const;
