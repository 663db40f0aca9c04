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
import type { Locator } from 'playwright-core';
import { close, launch, screenshot } from './chromium.js';

// The web UI end to end: the real server (API + dist/web) in-process on a fresh embedded store, driven by Chromium.
// 阳泉 2026 has exactly one error: the form of 国土空间专项规划经费 (line 618, 0-based column 33) says 292000 元, table 12
// prints the project at 30.00 万元 (line 411, column 12, 0-based start 11): the finding is at field c618-33 and marks
// cell c411-11 as related. Screenshots go to test-artifacts/web-*.png.
const YQ = 'yangquan-emergency-2026-budget.txt';
const YQ_FINAL = 'yangquan-emergency-2024-final-accounts.txt';
const SX = 'shanxi-emergency-2026-budget.txt';
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

// Whether an element comes to lie within the viewport within a few seconds (a link scrolls it there after the hash changes).
async function inView(l: Locator): Promise<boolean> {
  await l.waitFor({ state: 'visible' });
  for (let i = 0; i < 50; i++) {
    if (await l.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= (el.ownerDocument.defaultView?.innerHeight ?? 0); })) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

// An <img> that has loaded and decoded (naturalWidth > 0), scrolled into view first (they load lazily).
async function loaded(img: Locator): Promise<void> {
  await img.scrollIntoViewIfNeeded();
  for (let i = 0; i < 150; i++) {
    if (await img.evaluate((el) => { const x = el as unknown as { complete: boolean; naturalWidth: number }; return x.complete && x.naturalWidth > 0; })) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`image not loaded: ${await img.getAttribute('src')}`);
}

after(async () => {
  await close(browser);
  await server?.stop();
  if (saved !== undefined) process.env['DATABASE_URL'] = saved;
});

test('web UI: upload, library, a document (findings to fields and cells, narrative figures to cells, forms, charts), body trend, search, compare', async () => {
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
  // The list is fetched again after the URL changes: wait for the 2026 row to go before counting.
  await page.locator('table.list tbody tr', { hasText: '2026' }).waitFor({ state: 'detached' });
  await page.locator('table.list tbody tr').first().waitFor();
  assert.equal(await page.locator('table.list tbody tr').count(), 1);
  await page.goto(`${base}?year=2026`);
  await page.locator('table.list tbody tr', { hasText: '2026' }).waitFor();
  assert.equal(await page.locator('table.list tbody tr').count(), 1);

  const link2026 = page.locator('table.list tbody tr', { hasText: '2026' }).locator('a[href^="/documents/"]');
  const yqId = Number((await link2026.getAttribute('href'))?.replace('/documents/', ''));
  await link2026.click();
  await page.getByRole('heading', { name: /检查发现/ }).waitFor();
  assert.deepEqual(await page.locator('nav.doc-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['#findings', '#tables', '#narrative', '#forms', '#charts', '#downloads']);
  await screenshot(page, 'web-document-top.png', false);

  // The one error sits in a form (line 618, the 年度资金总额 of 国土空间专项规划经费, column 34): its link unfolds that form
  // at the field; the project table's cell it disagrees with (line 411, 30.00) is marked as related.
  const errors = page.locator('.finding.sev-error');
  assert.equal(await errors.count(), 1);
  await errors.locator('a.finding-link').click();
  await page.waitForURL(/#c618-33$/);
  const field = page.locator('td#c618-33');
  assert.equal((await field.textContent())?.trim(), '292000');
  assert.match(await field.getAttribute('class') ?? '', /\bmarked mark-error\b/);
  assert.ok(await inView(field), 'the folded form is opened and scrolled to the field');
  assert.match((await page.locator('details.project-form', { has: field }).locator('summary').textContent()) ?? '', /国土空间专项规划经费/);
  await screenshot(page, 'web-document-form-finding.png', false);
  const cell = page.locator('td#c411-11');
  assert.match(await cell.getAttribute('class') ?? '', /\bmarked mark-error\b/);
  assert.equal((await cell.textContent())?.trim(), '30.00');
  assert.match(await cell.getAttribute('title') ?? '', /错误/);
  // A shared link to the cell opens the page scrolled to it.
  await page.goto(`${base}documents/${yqId}#c411-11`);
  await page.locator('td#c411-11').waitFor();
  assert.ok(await inView(page.locator('td#c411-11')), 'the marked cell is scrolled into view');
  await screenshot(page, 'web-document-cell.png', false);

  // 说明: every figure highlighted; 基本支出3915.63万元 (line 462, column 35) restates 表3's 合计 基本支出 (line 160, column 12).
  const narrative = page.locator('section.narrative');
  assert.ok((await narrative.count()) >= 10);
  assert.ok((await page.locator('section.narrative .fact').count()) >= 100);
  const fact = page.locator('a.fact.tied#c462-35');
  assert.equal(await fact.textContent(), '3915.63万元');
  assert.equal(await fact.getAttribute('href'), '#c160-12');
  await fact.scrollIntoViewIfNeeded();
  await screenshot(page, 'web-document-narrative.png', false);
  await fact.click();
  await page.waitForURL(/#c160-12$/);
  assert.equal((await page.locator('td#c160-12').textContent())?.trim(), '3915.63');
  assert.ok(await inView(page.locator('td#c160-12')), 'the tied cell is scrolled into view');

  // A finding about a narrative figure links to the figure itself (政府采购48.01万元, line 512, not tied to a table: info).
  const onFact = page.locator('li.finding', { hasText: 'narrative-matches-tables' }).first().locator('a.finding-link');
  assert.equal(await onFact.getAttribute('href'), '#c512-21');
  const factId = ((await onFact.getAttribute('href')) ?? '').slice(1);
  assert.match((await page.locator(`[id="${factId}"]`).getAttribute('class')) ?? '', /\bfact\b/);

  // 绩效目标表: the first form (安全生产举报奖励经费, line 579) is open with its indicator tree, lines 600–608.
  const form = page.locator('details.project-form').first();
  assert.equal(await form.getAttribute('open'), '');
  assert.match((await form.locator('summary').textContent()) ?? '', /安全生产举报奖励经费/);
  const tree = form.locator('table.indicators').first();
  assert.deepEqual(await tree.locator('tr.ind-l1').allTextContents(), ['产出指标', '效益指标', '满意度指标']);
  assert.deepEqual((await tree.locator('tr.ind-l2').allTextContents()).slice(0, 4), ['数量指标', '质量指标', '时效指标', '成本指标']);
  assert.deepEqual(await tree.locator('tr.ind-l3').first().locator('td').allTextContents(), ['举报核查率', '100%']);
  assert.equal(await page.locator('details.project-form').count(), 19);
  // Element shots: the sticky page menu would be drawn over the element's top.
  await page.addStyleTag({ content: '.doc-nav.sticky { position: static }' });
  await screenshot(form, 'web-document-form.png');

  // 图表: the four charts load (200, SVG) and are drawn.
  const imgs = page.locator('#charts ~ .charts figure.chart img');
  assert.equal(await imgs.count(), 4);
  await page.locator('#charts').scrollIntoViewIfNeeded();
  for (const img of await imgs.all()) {
    await loaded(img);
    const r = await page.request.get(new URL((await img.getAttribute('src')) ?? '', base).href);
    assert.equal(r.status(), 200);
    assert.match(r.headers()['content-type'] ?? '', /^image\/svg\+xml/);
  }
  await screenshot(page.locator('.charts'), 'web-document-charts.png');
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'web-document.png');

  // 单位: budget beside final accounts by year, the year-over-year tables (one year of each kind here) and the trend chart.
  await page.goto(`${base}documents/${yqId}`);
  await page.locator('dl.header a[href^="/bodies/"]').click();
  await page.locator('tr.year').first().waitFor();
  assert.deepEqual(await page.locator('tr.year').evaluateAll((els) => els.map((e) => e.getAttribute('data-year'))), ['2024', '2026']);
  assert.match((await page.locator('tr.year[data-year="2026"] td[data-kind="budget"]').textContent()) ?? '', /yangquan-emergency-2026-budget\.txt/);
  assert.match((await page.locator('tr.year[data-year="2024"] td[data-kind="final-accounts"]').textContent()) ?? '', /yangquan-emergency-2024-final-accounts\.txt/);
  // 表5 line 266: 224 3376.99 (budget 2026); 公开05 line 336: 4717.01 (final accounts 2024).
  assert.match((await page.locator('section.yoy[data-kind="budget"] tr[data-key="class:224"]').textContent()) ?? '', /3,376\.99/);
  assert.match((await page.locator('section.yoy[data-kind="final-accounts"] tr[data-key="class:224"]').textContent()) ?? '', /4,717\.01/);
  const trend = page.locator('#trend ~ figure.chart img');
  await loaded(trend);
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'web-body.png');

  await page.getByRole('searchbox', { name: '搜索' }).fill('森林防灭火');
  await page.getByRole('button', { name: '搜索' }).click();
  await page.waitForURL(/\/search\?q=/);
  const hit = page.locator('.hits a', { hasText: '市级森林防灭火指挥部专项经费' }).first();
  await hit.waitFor();
  await screenshot(page, 'web-search.png');
  await hit.click();
  await page.getByRole('heading', { name: /检查发现/ }).waitFor();

  // 比较 of two bodies: 阳泉 2026 and 山西 2026 (uploaded now), with the shares of 支出合计 and the grouped bar chart.
  await page.goto(base);
  await page.setInputFiles('[data-testid=upload-input]', [corpusPath(SX)]);
  const sxLink = page.locator('.uploads li[data-status=imported] a[href^="/documents/"]');
  await sxLink.waitFor({ timeout: 30_000 });
  const sxId = Number((await sxLink.getAttribute('href'))?.replace('/documents/', ''));
  await page.goto(`${base}compare?ids=${yqId},${sxId}`);
  await page.locator('table.compare').waitFor();
  const row = async (label: string): Promise<string[]> => page.locator('table.compare tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) }).locator('td').allTextContents();
  assert.deepEqual(await row('单位'), ['阳泉市应急管理局', '山西省应急管理厅']);
  // 3915.63 / 4558.02 (阳泉 表3 line 160) = 85.91%; 8570.08 / 37420.03 (山西 表3 line 183) = 22.90%.
  assert.deepEqual(await row('基本支出占支出合计'), ['85.91%', '22.90%']);
  // 人员经费 / (人员 + 公用): 阳泉 表6 line 287 3530.82 / 3915.62 = 90.17%; 山西 表6 line 295 5997.71 / 7168.38 = 83.67%.
  assert.deepEqual(await row('人员经费占基本支出'), ['90.17%', '83.67%']);
  assert.match((await row('224 灾害防治及应急管理支出'))[0] ?? '', /^3,376\.99 万元（74\.09%）$/);
  const bars = page.locator('figure.chart img');
  await loaded(bars);
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'web-compare.png');
});
