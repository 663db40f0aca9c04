import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/model/index.js';
import { readFile } from '../../src/read/index.js';
import { corpusBytes, corpusPath } from '../corpus.js';
import { scannedPdf } from '../ocr/scan.js';

// Acceptance 3 of issue 6, end to end: two whole tables (pages 10–13: 收入预算总表 and 支出预算总表) of a Shanghai PDF are scanned (200 dpi JPEG, no text layer),
// read with readFile (OCR, then the same line and table readers as every PDF) and compared with the original PDF
// read from its text layer: each amount cell of those pages must come back with the same value in the same table
// kind, row code or name, and column.
const FILE = 'shanghai-putuo-commerce-2025-budget.pdf';
const PAGES = [10, 11, 12, 13];

type Placed = { key: string; value: string };
function amounts(doc: Document, pageOf: (p: number | undefined) => number | undefined): Placed[] {
  const out: Placed[] = [];
  for (const t of doc.tables)
    for (const r of t.rows)
      for (const [k, c] of Object.entries(r.cells)) {
        const page = pageOf(c.pos.page);
        if (!c.amount || page === undefined) continue;
        out.push({ key: `${page}|${t.kind}|${r.code ?? r.name}|${k}`, value: c.amount.value });
      }
  return out;
}

test('a scanned PDF reads through OCR into the same tables: at least 98% of the table amounts in place', { timeout: 600_000 }, async () => {
  const original = await readFile(corpusBytes(FILE), FILE);
  assert.ok(original.ok);
  const scan = await readFile(scannedPdf(corpusPath(FILE), PAGES), 'scan.pdf');
  assert.ok(scan.ok, scan.ok ? '' : scan.error.message);
  assert.deepEqual(scan.document.source.ocrPages, [1, 2, 3, 4]);
  // Page n of the scan is page PAGES[n-1] of the original.
  const expected = amounts(original.document, (p) => (p !== undefined && PAGES.includes(p) ? p : undefined));
  const got = new Map(amounts(scan.document, (p) => (p === undefined ? undefined : PAGES[p - 1])).map((a) => [a.key, a.value]));
  const right = expected.filter((a) => got.get(a.key) === a.value).length;
  const share = right / expected.length;
  console.log(`scanned ${FILE} pages ${PAGES.join(', ')}: ${right}/${expected.length} table amounts in place (${(share * 100).toFixed(2)}%)`);
  assert.ok(expected.length >= 60, `${expected.length} amounts on the pages`);
  assert.ok(share >= 0.98, `${right}/${expected.length}`);
  // OCR'd cells are marked as such through their source: the document says which pages were read by OCR.
  assert.equal(scan.document.source.container, 'pdf');
});
