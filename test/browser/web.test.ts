import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Running, startServer } from '../../src/cli/serve-commands.js';
import { createAccount } from '../../src/store/accounts.js';
import { openStore } from '../../src/store/index.js';
import { corpusPath } from '../corpus.js';
import { close, launch, screenshot } from './chromium.js';

// The web UI end to end: the real server (API + dist/web) in-process on a fresh embedded store, driven by Chromium.
// 阳泉 2026 has exactly one error: the form of 国土空间专项规划经费 (line 618) says 292000 元, table 12 prints the
// project at 30.00 万元 (line 411, column 12, 0-based start 11), so the finding lands on cell c411-11.
const YQ = 'yangquan-emergency-2026-budget.txt';
const YQ_FINAL = 'yangquan-emergency-2024-final-accounts.txt';
const PASSWORD = 'web-test-password-1234';

let server: Running | undefined;
let browser: Browser | undefined;
let page: Page;
let saved: string | undefined;

before(async () => {
  saved = process.env['DATABASE_URL'];
  delete process.env['DATABASE_URL'];
  const data = mkdtempSync(join(tmpdir(), 'gongkai-web-'));
  const store = await openStore({ dataDir: data });
  await createAccount(store.db, 'tester', PASSWORD);
  await store.close();
  server = await startServer({ data, port: '0', host: '127.0.0.1' }, { out: () => {}, err: () => {}, cwd: data });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await close(browser);
  await server?.stop();
  if (saved !== undefined) process.env['DATABASE_URL'] = saved;
});

test('web UI: log in, upload two files, library counts, a finding lands on its cell, body page, search', async () => {
  const base = server?.url ?? '';
  await page.goto(base);
  await page.getByRole('heading', { name: '文档库' }).waitFor();

  await page.getByLabel('用户名').fill('tester');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('已登录').waitFor();

  await page.setInputFiles('[data-testid=upload-input]', [corpusPath(YQ), corpusPath(YQ_FINAL)]);
  await page.locator('.uploads li[data-status=imported]').nth(1).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.uploads li[data-status=imported]').count(), 2);
  const row2026 = page.locator('table.list tbody tr', { hasText: '2026' });
  await row2026.waitFor();
  assert.equal(await page.locator('table.list tbody tr').count(), 2);
  assert.equal(await row2026.locator('[data-count=error]').textContent(), '1');
  assert.match((await row2026.textContent()) ?? '', /阳泉市应急管理局/);
  await screenshot(page, 'web-library.png');

  // The filters live in the URL: a shared link shows the same view.
  await page.getByLabel('年度').fill('2024');
  await page.getByRole('button', { name: '筛选' }).click();
  await page.waitForURL(/year=2024/);
  await page.locator('table.list tbody tr').first().waitFor();
  assert.equal(await page.locator('table.list tbody tr').count(), 1);
  await page.goto(`${base}?year=2026`);
  await page.locator('table.list tbody tr', { hasText: '2026' }).waitFor();
  assert.equal(await page.locator('table.list tbody tr').count(), 1);

  await page.locator('table.list tbody tr', { hasText: '2026' }).locator('a[href^="/documents/"]').click();
  await page.getByRole('heading', { name: /检查发现/ }).waitFor();
  await screenshot(page, 'web-document-top.png', false);
  const errors = page.locator('.finding.sev-error');
  assert.equal(await errors.count(), 1);
  await errors.locator('a.finding-link').click();
  await page.waitForURL(/#c411-11$/);
  const cell = page.locator('td#c411-11');
  assert.match(await cell.getAttribute('class') ?? '', /\bmarked mark-error\b/);
  assert.equal((await cell.textContent())?.trim(), '30.00');
  assert.match(await cell.getAttribute('title') ?? '', /错误/);
  assert.ok(await cell.isVisible());
  assert.ok(await cell.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= (el.ownerDocument.defaultView?.innerHeight ?? 0); }), 'the marked cell is scrolled into view');
  await screenshot(page, 'web-document-cell.png', false);
  await screenshot(page, 'web-document.png');

  await page.locator('dl.header a[href^="/bodies/"]').click();
  await page.locator('section.year').first().waitFor();
  assert.deepEqual(await page.locator('section.year').evaluateAll((els) => els.map((e) => e.getAttribute('data-year'))), ['2024', '2026']);
  await screenshot(page, 'web-body.png');

  await page.getByRole('searchbox', { name: '搜索' }).fill('森林防灭火');
  await page.getByRole('button', { name: '搜索' }).click();
  await page.waitForURL(/\/search\?q=/);
  const hit = page.locator('.hits a', { hasText: '市级森林防灭火指挥部专项经费' }).first();
  await hit.waitFor();
  await screenshot(page, 'web-search.png');
  await hit.click();
  await page.getByRole('heading', { name: /检查发现/ }).waitFor();

  await page.goto(`${base}compare?ids=1,2`);
  await page.locator('table.compare').waitFor();
  assert.match((await page.locator('table.compare').textContent()) ?? '', /支出总计/);
  await screenshot(page, 'web-compare.png');
});
