import type { PageText, TextItem } from '../../src/read/formats/pdf/page-text.js';

/**
 * An amount as printed with its decimals: 1,234.56 / 123.45 / 0.00 — not codes, years or counts (no decimals), nor
 * the parts of a dotted date (2025.1.1-2025.12.31).
 */
const AMOUNT = /(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+(?![.\d])/g;

/** The amounts of a text, in order. */
export function amountsIn(text: string): string[] {
  return [...text.matchAll(AMOUNT)].map((m) => m[0]);
}

/** Amounts of a page's layout text (`pdftotext -layout`), in reading order: line by line, left to right. */
export function layoutAmounts(layout: string): string[] {
  return layout.split('\n').flatMap(amountsIn);
}

/** Amounts of OCR'd page text in reading order: items grouped into visual lines by their vertical middle. */
export function pageAmounts(page: PageText): string[] {
  const items = [...page.items].sort((a, b) => mid(a) - mid(b));
  const lines: TextItem[][] = [];
  for (const it of items) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(mid(it) - mid(first)) <= Math.max(first.h, it.h) / 2) line.push(it);
    else lines.push([it]);
  }
  return lines.flatMap((l) => l.sort((a, b) => a.x - b.x).flatMap((it) => amountsIn(it.text)));
}

function mid(it: TextItem): number {
  return it.y + it.h / 2;
}

/** How many expected amounts were read exactly and in order: the longest common subsequence of the two lists. */
export function inOrder(expected: readonly string[], actual: readonly string[]): number {
  let prev = new Array<number>(actual.length + 1).fill(0);
  for (const e of expected) {
    const row = [0];
    for (let j = 0; j < actual.length; j++) row.push(e === actual[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, row[j] ?? 0));
    prev = row;
  }
  return prev[actual.length] ?? 0;
}

/** How many expected amounts were read exactly, anywhere on the page (multiset intersection). */
export function anywhere(expected: readonly string[], actual: readonly string[]): number {
  const left = new Map<string, number>();
  for (const a of actual) left.set(a, (left.get(a) ?? 0) + 1);
  let n = 0;
  for (const e of expected) {
    const k = left.get(e) ?? 0;
    if (k > 0) {
      n++;
      left.set(e, k - 1);
    }
  }
  return n;
}
