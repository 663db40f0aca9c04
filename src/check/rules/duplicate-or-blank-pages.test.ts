import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import type { Document } from '../../model/index.js';
import { docFrom } from '../testkit.js';
import { duplicateOrBlankPages } from './duplicate-or-blank-pages.js';

// Space-aligned text as pdftotext -layout prints it: every page ends with a form feed.
const page = (n: number, body: string): string => `   第${n}部分   说明文字较长的一行   用于对齐\n   ${body}   本页的正文内容不少于二十个字符   结束\n\n     ${n}\n\f`;
const layout = (...pages: string[]): Document => {
  const r = readText(pages.join(''), 'x.txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
};

test('distinct pages pass; the empty remainder after the last form feed is not a page', () => {
  const doc = layout(page(1, '甲'), page(2, '乙'), page(3, '丙'));
  assert.equal(doc.source.format, 'layout-text');
  assert.deepEqual(doc.pages?.map((p) => p.number), [1, 2, 3]);
  assert.deepEqual(duplicateOrBlankPages.check(doc), []);
});

test('a page printed twice is a warning on the copy pointing at the first; page numbers do not make pages differ', () => {
  const copy = page(2, '乙').replace(/\n\n {5}2\n/, '\n\n     3\n');
  const fs = duplicateOrBlankPages.check(layout(page(1, '甲'), page(2, '乙'), copy, page(4, '丁')));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.severity, f.params['page'], f.params['firstPage'], f.related?.[0]?.line]), [['duplicate', 'warning', '3', '2', 5]]);
});

test('a blank page is information: an image page extracts as no text too', () => {
  const fs = duplicateOrBlankPages.check(layout(page(1, '甲'), '\n\n\f', page(3, '丙')));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.severity, f.params['page']]), [['blank', 'info', '2']]);
});

test('sources without page breaks are not checked', () => {
  assert.equal(docFrom('2026年预算收支总表', '单位：万元').pages, undefined);
});

test('corpus: no blank or repeated page in the Shanghai PDFs; text sources have no pages', () => {
  for (const pdf of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const r = readText(layoutTextOf(pdf), pdf);
    assert.ok(r.ok);
    assert.ok((r.document.pages?.length ?? 0) >= 26, pdf);
    assert.deepEqual(duplicateOrBlankPages.check(r.document), [], pdf);
  }
  const name = 'yangquan-emergency-2026-budget.txt';
  const d = readDocument(corpusBytes(name), name);
  assert.ok(d.ok);
  assert.deepEqual(duplicateOrBlankPages.check(d.document), []);
});
