import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/model/index.js';
import { readFile } from '../../src/read/index.js';
import { type PublishFormat, renderDisclosure } from '../../src/render/publish/render.js';
import { corpusDocument } from '../corpus-document.js';

// Issue 5, acceptance 1: a corpus document read → model → rendered → read again by gongkai gives the same tables and
// amounts (every amount cell: table kind, row code or name, side, column → value), and through HTML the same forms
// with their indicator trees. PDF goes through Chromium and pdftotext in test/browser/publish.test.ts.
const amounts = (d: Document): Map<string, string> => {
  const m = new Map<string, string>();
  for (const t of d.tables) for (const r of t.rows) for (const [k, c] of Object.entries(r.cells)) if (c.amount) m.set(`${t.kind}|${r.code ?? r.name}|${r.side ?? ''}|${k}`, c.amount.value);
  return m;
};
const forms = (d: Document): string[] =>
  d.forms.projects.map((p) => `${p.projectName}|${p.funding.period?.total?.value ?? ''}|${p.indicators.period.map((i) => `${i.level1}/${i.level2}/${i.name}=${i.value}`).join(';')}`);

async function roundTrip(doc: Document, format: PublishFormat): Promise<Document> {
  const out = await renderDisclosure(doc, format);
  const back = await readFile(out.bytes, `published.${format}`);
  assert.ok(back.ok, back.ok ? '' : back.error.message);
  return back.document;
}

for (const file of ['shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2026-budget.txt']) {
  test(`${file}: HTML, DOCX and XLSX read back with every table amount in place`, async () => {
    const doc = corpusDocument(file);
    const expected = amounts(doc);
    // 山西 2026 and 阳泉 2026 print all 13 tables of the budget template.
    assert.equal(doc.tables.length, 13);
    for (const format of ['html', 'docx', 'xlsx'] as const) {
      const back = await roundTrip(doc, format);
      assert.deepEqual([back.kind, back.template, back.body.name, back.year, back.tables.length], [doc.kind, doc.template, doc.body.name, doc.year, 13], format);
      assert.deepEqual(amounts(back), expected, format);
    }
  });
}

test('山西 2026 through HTML: every project form with its funding and indicator tree', async () => {
  const doc = corpusDocument('shanxi-emergency-2026-budget.txt');
  // 15 project forms (the 项目支出绩效目标表 after table 13).
  assert.equal(doc.forms.projects.length, 15);
  assert.deepEqual(forms(await roundTrip(doc, 'html')), forms(doc));
});
