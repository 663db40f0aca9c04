import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/model/index.js';
import { readFile } from '../../src/read/index.js';
import { corpusBytes, corpusPath } from '../corpus.js';
import { scannedPdf } from '../ocr/scan.js';

// Acceptance 3 of issue 6, end to end: whole tables of the two Shanghai PDFs are scanned (200 dpi JPEG, no text
// layer), read with readFile (OCR, then the same line and table readers as every PDF) and compared with the
// original PDF read from its text layer: each amount cell of those pages must come back with the same value in the
// same table kind, row code or name, and column; at least 98% over all tables.
const SCANS: Record<string, number[]> = {
  // 收入预算总表 (10–11), 支出预算总表 (12–13), 一般公共预算基本支出经济分类预算表 (19–20).
  'shanghai-putuo-commerce-2025-budget.pdf': [10, 11, 12, 13, 19, 20],
  // 支出决算表 (10–11, 万元, wrapped names and header cells), 一般公共预算财政拨款支出决算表 (14–15).
  'shanghai-putuo-planning-2024-final-accounts.pdf': [10, 11, 14, 15],
};

type Placed = { key: string; table: string; value: string };
function amounts(doc: Document, pageOf: (p: number | undefined) => number | undefined): Placed[] {
  const out: Placed[] = [];
  for (const t of doc.tables)
    for (const r of t.rows)
      for (const [k, c] of Object.entries(r.cells)) {
        const page = pageOf(c.pos.page);
        if (!c.amount || page === undefined) continue;
        out.push({ key: `${page}|${t.kind}|${r.code ?? r.name}|${k}`, table: `${t.kind} ${t.title}`, value: c.amount.value });
      }
  return out;
}

test('scanned PDFs read through OCR into the same tables: at least 98% of the table amounts in place', { timeout: 600_000 }, async () => {
  let right = 0;
  let all = 0;
  const lines: string[] = [];
  for (const [file, pages] of Object.entries(SCANS)) {
    const original = await readFile(corpusBytes(file), file);
    assert.ok(original.ok);
    const scan = await readFile(scannedPdf(corpusPath(file), pages), 'scan.pdf');
    assert.ok(scan.ok, scan.ok ? '' : scan.error.message);
    assert.deepEqual(scan.document.source.ocrPages, pages.map((_, i) => i + 1));
    assert.equal(scan.document.source.container, 'pdf');
    // Page n of the scan is page pages[n-1] of the original.
    const expected = amounts(original.document, (p) => (p !== undefined && pages.includes(p) ? p : undefined));
    const got = new Map(amounts(scan.document, (p) => (p === undefined ? undefined : pages[p - 1])).map((a) => [a.key, a.value]));
    const byTable = new Map<string, { right: number; all: number }>();
    for (const a of expected) {
      const t = byTable.get(a.table) ?? { right: 0, all: 0 };
      t.all++;
      if (got.get(a.key) === a.value) t.right++;
      byTable.set(a.table, t);
    }
    for (const [table, t] of byTable) {
      lines.push(`${file} ${table}: ${t.right}/${t.all}`);
      right += t.right;
      all += t.all;
    }
    assert.ok(byTable.size >= 2, `${file}: tables on the pages ${[...byTable.keys()].join(', ')}`);
  }
  const share = right / all;
  lines.push(`overall: ${right}/${all} table amounts in place (${(share * 100).toFixed(2)}%)`);
  console.log(lines.join('\n'));
  assert.ok(all >= 300, `${all} amounts on the pages`);
  assert.ok(share >= 0.98, lines.join('\n'));
});
