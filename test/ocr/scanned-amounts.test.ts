import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ocrPages } from '../../src/read/formats/pdf/ocr.js';
import { corpusPath } from '../corpus.js';
import { anywhere, inOrder, layoutAmounts, pageAmounts } from './amounts.js';
import { scannedPdf } from './scan.js';

// Acceptance 3 of issue 6, measured on OCR's own output (PageText), before any reader: table pages of the two
// Shanghai PDFs are scanned (200 dpi JPEG, no text layer) and read back by OCR. Every amount printed on a page
// (1,234.56 / 123.45, from `pdftotext -layout` of the ORIGINAL page) must come back exactly and in reading order
// (longest common subsequence, line by line, left to right); at least 98% over all pages.
const PAGES: Record<string, number[]> = {
  'shanghai-putuo-commerce-2025-budget.pdf': [10, 13, 20],
  'shanghai-putuo-planning-2024-final-accounts.pdf': [14, 16, 22],
};

function layoutOfPage(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), corpusPath(file), '-'], { encoding: 'utf8' });
}

test('OCR PageText of scanned Shanghai table pages: at least 98% of the printed amounts read exactly, in order', async () => {
  const saved = process.env.TMPDIR;
  const tmp = mkdtempSync(join(tmpdir(), 'gongkai-ocr-accuracy-'));
  process.env.TMPDIR = tmp;
  let expectedAll = 0;
  let inOrderAll = 0;
  const lines: string[] = [];
  try {
    for (const [file, pages] of Object.entries(PAGES)) {
      const scan = scannedPdf(corpusPath(file), pages);
      const started = Date.now();
      const read = await ocrPages(scan, pages.map((_, i) => i + 1), { timeoutMs: 300_000 });
      const seconds = (Date.now() - started) / 1000;
      assert.deepEqual(readdirSync(tmp), [], 'OCR leaves no temporary files');
      read.forEach((pageText, i) => {
        const page = pages[i] ?? 0;
        assert.ok(pageText.items.length > 0 && pageText.items.every((it) => it.ocr === true));
        const expected = layoutAmounts(layoutOfPage(file, page));
        const actual = pageAmounts(pageText);
        const ordered = inOrder(expected, actual);
        expectedAll += expected.length;
        inOrderAll += ordered;
        lines.push(`${file} p${page}: ${ordered}/${expected.length} in order (${anywhere(expected, actual)} anywhere, ${actual.length} read)`);
      });
      lines.push(`${file}: ${(seconds / pages.length).toFixed(1)} s per page (2 at a time)`);
    }
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(tmp, { recursive: true, force: true });
  }
  const share = inOrderAll / expectedAll;
  lines.push(`overall: ${inOrderAll}/${expectedAll} = ${(100 * share).toFixed(2)}% of amounts read exactly, in order`);
  console.log(lines.join('\n'));
  assert.ok(expectedAll > 150, `the pages print ${expectedAll} amounts`);
  assert.ok(share >= 0.98, lines.join('\n'));
});
