import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../../test/corpus.js';
import { corruptPdf, encryptedPdf, simplePdf, truncatedPdf } from '../../../../test/pdf-samples.js';
import { readFile } from '../../document.js';
import { DEFAULT_LIMITS } from '../types.js';
import { normalizePdfText } from './chars.js';
import { readPageTexts } from './index.js';
import { ocrAvailable } from './ocr.js';

const opts = { limits: DEFAULT_LIMITS };
const near = (a: number | undefined, b: number, tol: number, what: string): void => assert.ok(a !== undefined && Math.abs(a - b) <= tol, `${what}: ${a} ≠ ${b} ± ${tol}`);

test('radicals become ideographs and full-width digits ASCII', () => {
  assert.equal(normalizePdfText('⼀般公共服务⽀出'), '一般公共服务支出');
  assert.equal(normalizePdfText('⻓期⻔诊⻋辆'), '长期门诊车辆');
  assert.equal(normalizePdfText('１２３．４５'), '123.45');
  // NFKC maps every Kangxi radical to one unified ideograph.
  for (let c = 0x2f00; c <= 0x2fd5; c++) {
    const n = normalizePdfText(String.fromCodePoint(c));
    assert.ok(n.length === 1 && n >= '\u4e00' && n <= '\u9fff', `U+${c.toString(16)} → ${n}`);
  }
  // Punctuation the documents use as content is kept.
  assert.equal(normalizePdfText('（一）：“三公”'), '（一）：“三公”');
});

test('a page of text: lines, page numbers and boxes in points from the top-left corner', async () => {
  const r = await readFile(simplePdf([['Hello 123.45', 'World'], ['Second page']]), 'a.pdf');
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const d = r.document;
  assert.equal(d.source.container, 'pdf');
  assert.equal(d.source.pageCount, 2);
  const pages = await readPageTexts(simplePdf([['Hello 123.45', 'World']]), opts);
  // pdf.js gives the first line as one string; its words become items of their own.
  assert.deepEqual(
    pages[0]?.items.map((i) => i.text),
    ['Hello', '123.45', 'World'],
  );
  const [hello, amount, world] = pages[0]?.items ?? [];
  // Helvetica 12 at x 72, baseline 760 of 792: 32 points from the top. The line ends at the AFM widths of
  // H e l l o space 1 2 3 . 4 5 (722+556+222+222+556+278+556·3+278+556·2 = 5614/1000 em × 12 = 67.37).
  near(hello?.x, 72, 0.01, 'x');
  near(amount !== undefined ? amount.x + amount.w : undefined, 72 + 67.37, 0.05, 'end of the line');
  assert.ok(hello && amount && hello.x + hello.w < amount.x, 'words apart');
  assert.ok(hello && hello.y < 32 && hello.y + hello.h > 32, 'the box holds the baseline');
  near(world !== undefined && hello !== undefined ? world.y - hello.y : undefined, 20, 0.01, 'line spacing');
  assert.equal(pages[0]?.width, 612);
  assert.equal(pages[0]?.height, 792);
});

test('cells read from a PDF carry page and box in their positions', async () => {
  const r = await readFile(simplePdf([['Title'], ['Page two text']]), 'b.pdf');
  assert.ok(r.ok);
  const lines = r.ok ? JSON.stringify(r.document) : '';
  assert.match(lines, /"page":2/);
});

test('a page shown turned (/Rotate 90) with upright text: items in the shown orientation', async () => {
  const [p] = await readPageTexts(simplePdf([['Landscape line one', 'line two']], { rotate: 90, upright: true }), opts);
  assert.equal(p?.rotation, 90);
  assert.equal(p?.width, 792);
  assert.equal(p?.height, 612);
  const a = p?.items.find((i) => i.text === 'Landscape');
  const b = p?.items.find((i) => i.text === 'two');
  near(a?.x, 72, 0.01, 'x');
  near(b !== undefined && a !== undefined ? b.y - a.y : undefined, 20, 0.01, 'next line lower');
});

test('text running down a turned page is turned back to read left to right', async () => {
  const [p] = await readPageTexts(simplePdf([['Sideways text']], { rotate: 90 }), opts);
  assert.equal(p?.rotation, 0);
  assert.equal(p?.width, 612);
  near(p?.items[0]?.x, 72, 0.01, 'x');
});

test('unreadable PDFs give a clear error: corrupt, truncated, encrypted, too many pages', async () => {
  const cases: [Uint8Array, string, RegExp, Partial<typeof DEFAULT_LIMITS>?][] = [
    [corruptPdf(), 'corrupt', /damaged or truncated/],
    [truncatedPdf(corpusBytes('shanghai-putuo-commerce-2025-budget.pdf')), 'corrupt', /damaged or truncated/],
    [encryptedPdf(), 'encrypted', /encrypted with a password/],
    [simplePdf([['one'], ['two']]), 'too-many-pages', /2 pages, over the limit of 1/, { maxPages: 1 }],
  ];
  for (const [bytes, code, message, limits] of cases) {
    const r = await readFile(bytes, 'x.pdf', limits ? { limits: { ...DEFAULT_LIMITS, ...limits } } : {});
    assert.equal(r.ok, false, code);
    if (!r.ok) {
      assert.equal(r.error.code, code);
      assert.match(r.error.message, message);
      assert.doesNotMatch(r.error.message, /\n/);
    }
  }
});

test('pages without a text layer: an error when no page has text, else a warning per page', async () => {
  const scan = await readFile(simplePdf([[], []]), 'scan.pdf');
  assert.equal(scan.ok, false);
  // Without tesseract the reader says what to install; with it, OCR of blank pages finds nothing.
  if (!scan.ok) assert.equal(scan.error.code, ocrAvailable() ? 'no-text' : 'missing-tool');
  const off = await readFile(simplePdf([[]]), 'scan.pdf', { ocr: false });
  assert.equal(off.ok ? '' : off.error.code, 'no-text');
  const mixed = await readFile(simplePdf([['Some text'], []]), 'mixed.pdf', { ocr: false });
  assert.ok(mixed.ok);
  if (mixed.ok) {
    const d = mixed.document.diagnostics.filter((x) => x.code === 'pdf-page-without-text');
    assert.equal(d.length, 1);
    assert.equal(d[0]?.pos?.page, 2);
    assert.equal(d[0]?.severity, 'warning');
  }
});
