import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { type Running, startServer } from '../../src/cli/serve-commands.js';
import { openStore } from '../../src/store/index.js';
import { corpusBytes } from '../corpus.js';
import { close, launch, screenshot } from './chromium.js';

// A finding of a document read from a PDF is shown on its original page: the page drawn by the server, a box around
// the cell. 上海市普陀区规划和自然资源局 2024 final accounts, read directly from its PDF, has error-level findings.
const PDF = 'shanghai-putuo-planning-2024-final-accounts.pdf';

let server: Running | undefined;
let browser: Browser | undefined;
let saved: string | undefined;
let id = 0;

before(async () => {
  saved = process.env['DATABASE_URL'];
  delete process.env['DATABASE_URL'];
  const data = mkdtempSync(join(tmpdir(), 'gongkai-pdf-view-'));
  const store = await openStore({ dataDir: data });
  const r = await store.importFile(PDF, corpusBytes(PDF));
  id = r.documentId ?? 0;
  await store.close();
  server = await startServer({ data, port: '0', host: '127.0.0.1' }, { out: () => {}, err: () => {}, cwd: data });
  browser = await launch();
});

after(async () => {
  await close(browser);
  await server?.stop();
  if (saved !== undefined) process.env['DATABASE_URL'] = saved;
});

test('a PDF document: a finding opens its original page with a box around its cell', async () => {
  assert.ok(id > 0);
  const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL(`/documents/${id}`, server?.url).href);
  const first = page.locator('li.finding.sev-error').first();
  await first.waitFor();
  assert.match(await first.innerText(), /第 \d+ 页/);
  await first.getByRole('button', { name: '在原文中查看' }).click();
  const img = page.locator('.pdf-page img');
  await img.waitFor();
  for (let i = 0; i < 100 && !(await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth > 0)); i++) await new Promise((r) => setTimeout(r, 100));
  const size = await img.evaluate((el) => { const x = el as unknown as { naturalWidth: number; naturalHeight: number }; return [x.naturalWidth, x.naturalHeight]; });
  // pdfinfo: the pages are A4 (595 × 842 pt, either way round); drawn at 110 dpi that is about 909 × 1286 px.
  assert.deepEqual([...size].sort((a, b) => a - b).map((n) => Math.round(n / 10)), [91, 129]);
  const box = await page.getByTestId('pdf-box').boundingBox();
  const pic = await img.boundingBox();
  assert.ok(box && pic);
  assert.ok(box.x >= pic.x - 4 && box.y >= pic.y - 4 && box.x + box.width <= pic.x + pic.width + 4 && box.y + box.height <= pic.y + pic.height + 4, 'the box lies on the page');
  assert.ok(box.width > 8 && box.height > 6, 'the box has the size of a cell');
  await page.getByTestId('pdf-box').scrollIntoViewIfNeeded();
  await screenshot(page, 'web-pdf-finding.png', false);
  await page.getByRole('button', { name: '关闭' }).click();
  assert.equal(await page.locator('.pdf-overlay').count(), 0);
  await page.close();
});
