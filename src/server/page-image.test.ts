import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../test/corpus.js';
import { storeTest } from '../store/testkit.js';
import { PageImageError, pdfPagePng } from './page-image.js';
import { appWith } from './testkit.js';

const PDF = 'shanghai-putuo-commerce-2025-budget.pdf';
// PNG: signature, then the IHDR chunk with width and height (big-endian) at bytes 16–23.
const size = (png: Uint8Array): [number, number] => {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [v.getUint32(16), v.getUint32(20)];
};

test('a PDF page is drawn as PNG at 110 dpi; a page past the end is no-page', async () => {
  const png = await pdfPagePng(corpusBytes(PDF), 3);
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  // pdfinfo: the pages are A4 landscape, 841.85 × 595.25 pt; at 110 dpi that is about 1286 × 909 px.
  const [w, h] = size(png);
  assert.ok(Math.abs(w - 1286) <= 2 && Math.abs(h - 909) <= 2, `${w}×${h}`);
  await assert.rejects(pdfPagePng(corpusBytes(PDF), 999), (e: unknown) => e instanceof PageImageError && e.code === 'no-page');
});

storeTest('GET /api/documents/:id/pages/:page: 404 for a text original, an unknown id; 400 for a bad page', async (store) => {
  const { app, ids } = await appWith(store);
  const text = await app.request(`/api/documents/${ids.yq}/pages/1`);
  assert.equal(text.status, 404);
  assert.match(((await text.json()) as { error: { message: string } }).error.message, /not read from a PDF/);
  assert.equal((await app.request('/api/documents/99999/pages/1')).status, 404);
  assert.equal((await app.request(`/api/documents/${ids.yq}/pages/0`)).status, 400);
  assert.equal((await app.request(`/api/documents/${ids.yq}/pages/x`)).status, 400);
});
