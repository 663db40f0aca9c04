// Acceptance (issue 6, point 1): the two Shanghai PDFs read directly (pdf.js text layer, no pdftotext) give
// the same tables as their `pdftotext -layout` text: every amount at the same table, row and column, as many
// amounts as the layout text prints in its tables, tables recognised by title, codes joined, units per table,
// and every amount cell placed on its page with a box that poppler's own word boxes confirm.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import type { Document } from '../../src/model/document.js';
import { readFile } from '../../src/read/document.js';
import { corpusBytes, corpusPath } from '../corpus.js';
import { layoutTextOf } from '../layout-text.js';
import { printedAmounts } from './printed-amounts.js';
import { SHB25, SHF24, doc, row, tableTitled } from './support.js';

const direct = new Map<string, Promise<Document>>();
function directDoc(name: string): Promise<Document> {
  let p = direct.get(name);
  if (!p) {
    p = readFile(corpusBytes(name), name).then((r) => {
      if (!r.ok) assert.fail(`${name}: ${r.error.code} ${r.error.message}`);
      return r.document;
    });
    direct.set(name, p);
  }
  return p;
}

/** Every amount of every table as (table, row, column, amount), counted. */
function amountSet(d: Document): Map<string, number> {
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

const TWO_DECIMALS = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;

for (const name of [SHB25, SHF24]) {
  test(`${name} read directly: the same (table, row, column, amount) as through pdftotext, as many as printed`, async (t) => {
    const d = await directDoc(name);
    assert.equal(d.source.container, 'pdf');
    const mine = amountSet(d);
    const theirs = amountSet(doc(name));
    const missing = [...theirs].filter(([k, n]) => (mine.get(k) ?? 0) < n).map(([k]) => k);
    const extra = [...mine].filter(([k, n]) => (theirs.get(k) ?? 0) < n).map(([k]) => k);
    assert.deepEqual({ missing: missing.slice(0, 20), extra: extra.slice(0, 20) }, { missing: [], extra: [] });
    // The amounts the test's own reading of the layout text finds printed in tables (two decimals) are all
    // there: the direct model holds exactly as many two-decimal amounts in its tables.
    const printed = printedAmounts(layoutTextOf(name), 'layout').length;
    let found = 0;
    for (const tb of d.tables) for (const r of tb.rows) for (const c of Object.values(r.cells)) if (c.amount && TWO_DECIMALS.test(c.amount.raw)) found++;
    t.diagnostic(`${name}: amounts printed in tables ${printed}, read directly ${found}; (table,row,column,amount) ${[...mine.values()].reduce((a, b) => a + b, 0)}`);
    assert.equal(found, printed);
  });
}

test('SHB25 read directly: nine tables by title, codes 201 13 01 joined, 元 except the 三公 table in 万元', async () => {
  const d = await directDoc(SHB25);
  assert.deepEqual(
    d.tables.map((t) => t.title),
    [
      '2025年部门财务收支预算总表',
      '2025年部门收入预算总表',
      '2025年部门支出预算总表',
      '2025年部门财政拨款收支预算总表',
      '2025年部门一般公共预算支出功能分类预算表',
      '2025年部门政府性基金预算支出功能分类预算表',
      '2025年部门国有资本经营预算支出功能分类预算表',
      '2025年部门一般公共预算基本支出部门预算经济分类预算表',
      '2025年部门“三公”经费和机关运行经费预算表',
    ],
  );
  // Layout text line 168: 201   13   01   行政运行   9,389,913.00   9,389,913.00 (page 10 of the PDF).
  const revenue = tableTitled(d, '部门收入预算总表');
  const r = row(revenue, { code: '2011301' });
  assert.equal(r.name, '行政运行');
  assert.equal(r.level, '项');
  const amounts = Object.values(r.cells).filter((c) => c.amount);
  assert.deepEqual(
    amounts.map((c) => [c.amount?.raw, c.amount?.unit, c.pos.page]),
    [
      ['9,389,913.00', '元', 10],
      ['9,389,913.00', '元', 10],
    ],
  );
  // 单位：元 on every table but the 三公 one (单位:万元, layout text line 359).
  for (const t of d.tables) assert.equal(t.unit, t.title.includes('三公') ? '万元' : '元', t.title);
});

test('SHF24 read directly: nine tables by title, all in 万元', async () => {
  const d = await directDoc(SHF24);
  assert.equal(d.tables.length, 9);
  for (const t of d.tables) assert.equal(t.unit, '万元', t.title);
  assert.deepEqual(
    d.tables.map((t) => t.kind),
    ['final-summary', 'final-revenue', 'final-expenditure', 'final-fiscal-summary', 'final-gpb-expenditure', 'final-gpb-basic-detail', 'final-three-public', 'final-gf', 'final-soc'],
  );
});

/** Word boxes of poppler's `pdftotext -bbox` (top-left origin, points), by page. */
function popplerWords(name: string): Map<number, { text: string; x0: number; y0: number; x1: number; y1: number }[]> {
  const xml = execFileSync('pdftotext', ['-bbox', corpusPath(name), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = new Map<number, { text: string; x0: number; y0: number; x1: number; y1: number }[]>();
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) {
      page++;
      out.set(page, []);
    }
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.get(page)?.push({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] ?? '' });
  }
  return out;
}

for (const name of [SHB25, SHF24]) {
  test(`${name} read directly: every amount cell has its page and a box poppler's word boxes confirm`, async () => {
    const d = await directDoc(name);
    const words = popplerWords(name);
    const problems: string[] = [];
    let n = 0;
    for (const t of d.tables)
      for (const r of t.rows)
        for (const c of Object.values(r.cells)) {
          if (!c.amount) continue;
          n++;
          const { page, box } = c.pos;
          if (page === undefined || !box) {
            problems.push(`${t.title} ${r.name} ${c.text}: no page or box`);
            continue;
          }
          // The same text on the same page, left and right edges within a point, centres within three.
          const match = (words.get(page) ?? []).some(
            (w) => w.text === c.text && Math.abs(w.x0 - box.x) <= 1 && Math.abs(w.x1 - (box.x + box.w)) <= 1 && Math.abs((w.y0 + w.y1) / 2 - (box.y + box.h / 2)) <= 3,
          );
          if (!match) problems.push(`${t.title} ${r.name} ${c.text} p${page} ${JSON.stringify(box)}`);
        }
    assert.ok(n > 200, `only ${n} amount cells`);
    assert.deepEqual(problems.slice(0, 10), []);
  });
}
