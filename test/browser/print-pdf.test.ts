// Acceptance (issue 6, point 2): PDFs printed by Chromium from corpus text documents read back with their
// table amounts in place (same table, row, column and amount as the text reader reads from the text).
// The prints draw bordered tables; the PDF reader takes each ruled row's cells from the borders, so every
// amount comes back (381, 330 and 386 of them) and none is read that the text does not have. Read by
// position alone (no borders; `pdftotext -layout` likewise) only about nine in ten were.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Document } from '../../src/model/document.js';
import { readFile, readText } from '../../src/read/document.js';
import { corpusText } from '../corpus.js';
import { close, launch } from './chromium.js';
import { htmlOfText, printPdf } from './print-pdf.js';

let browser: Browser | undefined;
before(async () => {
  browser = await launch();
});
after(async () => {
  await close(browser);
});

function amounts(d: Document): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of d.tables)
    for (const r of t.rows)
      for (const [key, c] of Object.entries(r.cells)) {
        if (!c.amount) continue;
        const k = `${t.kind} ${t.title} | ${r.code ?? ''} ${r.name} ${r.side ?? ''} | ${key} | ${c.amount.value} ${c.amount.unit}`;
        out.set(k, (out.get(k) ?? 0) + 1);
      }
  return out;
}

// Table amounts of each text, counted by the text reader (the test asserts equality, not these counts).
const CASES: [string, number][] = [
  ['yangquan-emergency-2026-budget.txt', 381],
  ['yangquan-emergency-2024-final-accounts.txt', 330],
  ['shanxi-emergency-2026-budget.txt', 386],
];

for (const [name, count] of CASES) {
  test(`${name} printed to PDF by Chromium reads back with its table amounts in place`, async (t) => {
    assert.ok(browser);
    const text = corpusText(name);
    const pdf = await printPdf(browser, htmlOfText(text));
    const r = await readFile(pdf, `${name}.pdf`);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const fromText = readText(text, name);
    assert.ok(fromText.ok);
    if (!r.ok || !fromText.ok) return;
    // Same tables, in the same order, recognised by title.
    assert.deepEqual(
      r.document.tables.map((x) => x.kind),
      fromText.document.tables.map((x) => x.kind),
    );
    const mine = amounts(r.document);
    const theirs = amounts(fromText.document);
    const missing = [...theirs].filter(([k, n]) => (mine.get(k) ?? 0) < n).map(([k]) => k);
    const extra = [...mine].filter(([k, n]) => (theirs.get(k) ?? 0) < n).map(([k]) => k);
    const total = [...theirs.values()].reduce((a, b) => a + b, 0);
    t.diagnostic(`${name}: ${r.document.source.pageCount} pages; table amounts ${total}, missing ${missing.length}, extra ${extra.length}`);
    // Every amount cell carries its page and box.
    for (const x of r.document.tables) for (const row of x.rows) for (const c of Object.values(row.cells)) if (c.amount) assert.ok(c.pos.page && c.pos.box, `${x.title} ${row.name}: no page/box`);
    assert.deepEqual({ missing: missing.slice(0, 10), extra: extra.slice(0, 10) }, { missing: [], extra: [] });
    assert.equal(total, count);
  });
}
