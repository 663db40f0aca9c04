import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Running, startServer } from '../../src/cli/serve-commands.js';
import { createAccount } from '../../src/store/accounts.js';
import { openStore } from '../../src/store/index.js';
import { corpusBytes } from '../corpus.js';
import { close, launch, screenshot } from './chromium.js';

// The editor end to end: the real server on a fresh embedded store holding 阳泉 2024 final accounts (no error-level
// finding), driven by Chromium. Screenshots go to test-artifacts/editor-*.png.
const YQ_FINAL = 'yangquan-emergency-2024-final-accounts.txt';
const PASSWORD = 'editor-test-password-1234';

let server: Running | undefined;
let browser: Browser | undefined;
let page: Page;
let saved: string | undefined;
let docId = 0;

before(async () => {
  saved = process.env['DATABASE_URL'];
  delete process.env['DATABASE_URL'];
  const data = mkdtempSync(join(tmpdir(), 'gongkai-editor-'));
  const store = await openStore({ dataDir: data });
  await createAccount(store.db, 'editor', PASSWORD);
  const r = await store.importFile(YQ_FINAL, corpusBytes(YQ_FINAL));
  docId = r.documentId ?? 0;
  await store.close();
  server = await startServer({ data, port: '0', host: '127.0.0.1' }, { out: () => {}, err: () => {}, cwd: data });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
});

after(async () => {
  await close(browser);
  await server?.stop();
  if (saved !== undefined) process.env['DATABASE_URL'] = saved;
});

// The text of a cell of the grid: an input's value, else the cell's text.
async function shown(p: Page, id: string): Promise<string> {
  const td = p.locator(`td[id="${id}"]`);
  const input = td.locator('input');
  return (await input.count()) > 0 ? input.inputValue() : ((await td.textContent()) ?? '').trim();
}

// Wait until the checks have run on the current edit (they run 300 ms after the last keystroke).
async function checked(p: Page): Promise<void> {
  await p.locator('.editor-side .counts[data-state=checked]').waitFor();
}
const count = async (p: Page, s: string): Promise<string> => ((await p.locator(`.editor-side [data-count=${s}]`).textContent()) ?? '').replace(/\D/g, '');

test('editor: change a 项 amount of 支出决算表, totals recompute, findings point at their cells, fix it, publish a PDF', async () => {
  const base = server?.url ?? '';
  await page.goto(`${base}documents/${docId}`);
  await page.getByRole('link', { name: '编辑', exact: true }).click();
  await page.waitForURL(new RegExp(`/documents/${docId}/edit$`));
  await page.getByRole('heading', { name: /^编辑：/ }).waitFor();
  await checked(page);
  assert.equal(await count(page, 'error'), '0');
  assert.equal(await count(page, 'warning'), '0');

  // 支出决算表 (公开03表, lines 200–253), 本年支出合计: line 237 2240109 应急管理 15.69 (0-based column 13);
  // line 233 22401 应急管理事务 4366.88 (column 13); line 232 224 灾害防治及应急管理支出 4717.01 (column 16);
  // line 213 合计 6061.09 (column 4).
  const item = page.locator('td[id="c237-13"] input');
  assert.equal(await item.inputValue(), '15.69');
  assert.equal(await item.getAttribute('aria-label'), '2240109 应急管理 本年支出合计');
  assert.equal(await shown(page, 'c233-13'), '4366.88');
  assert.equal(await shown(page, 'c232-16'), '4717.01');
  assert.equal(await shown(page, 'c213-4'), '6061.09');
  // The totals are not inputs: they are sums.
  for (const id of ['c233-13', 'c232-16', 'c213-4']) assert.equal(await page.locator(`td[id="${id}"] input`).count(), 0, id);
  await item.scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-before.png', false);

  // Not a number: shown red, not applied, nothing recomputed.
  await item.fill('25.6x');
  assert.equal(await item.getAttribute('aria-invalid'), 'true');
  await checked(page);
  assert.equal(await shown(page, 'c233-13'), '4366.88');
  assert.equal(await count(page, 'error'), '0');

  // 15.69 → 25.69. 22401 = 568.02 + 148.29 + 1627.15 + 25.69 + 1850.37 + 157.35 (lines 234–239) = 4376.87 (the printed
  // 4366.88 carried a 0.01 尾差 over its printed children); 224 = 4376.87 + 0.19 + 251.42 + 98.53 (lines 240, 243, 247)
  // = 4727.01; 合计 = 3.54 + 670.44 + 142.70 + 280.63 + 4727.01 + 246.77 (lines 214, 217, 223, 229, 232, 249) = 6071.09.
  await item.fill('25.69');
  assert.equal(await item.getAttribute('aria-invalid'), null);
  await checked(page);
  assert.equal(await shown(page, 'c233-13'), '4376.87');
  assert.equal(await shown(page, 'c232-16'), '4727.01');
  assert.equal(await shown(page, 'c213-4'), '6071.09');
  // The row itself no longer adds up: 本年支出合计 25.69 against 项目支出 15.69 (line 237, column 20) and a blank 基本支出.
  const onItem = page.locator('li.finding[data-rule=row-total-equals-parts] a.finding-link[href="#c237-13"]');
  assert.equal(await onItem.count(), 1);
  assert.match((await onItem.textContent()) ?? '', /15\.69/);
  assert.match(await page.locator('td[id="c237-13"]').getAttribute('class') ?? '', /\bmarked mark-error\b/);
  // The 类 224 of 公开03 (now 4727.01) must equal the 224 line of 收入支出决算总表 (公开01, line 129, 0-based column 24:
  // 二十二、灾害防治及应急管理支出 4717.01): final-class-totals-agree points at the 224 cell and marks the 公开01 cell.
  const onClass = page.locator('li.finding[data-rule=final-class-totals-agree] a.finding-link[href="#c232-16"]');
  assert.equal(await onClass.count(), 1);
  assert.match((await onClass.textContent()) ?? '', /4717\.01/);
  assert.equal(await shown(page, 'c129-24'), '4717.01');
  assert.match(await page.locator('td[id="c129-24"]').getAttribute('class') ?? '', /\bmarked mark-error\b/);
  assert.ok(Number(await count(page, 'error')) >= 2);
  // The link takes the cursor to the cell.
  await onItem.click();
  await page.waitForURL(/#c237-13$/);
  await page.waitForFunction("document.activeElement?.closest('td')?.id === 'c237-13'");
  await screenshot(page, 'editor-after.png', false);
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'editor-after-top.png', false);

  // Typed back: the findings go; the sums are recomputed (22401 is now the exact 4366.87, not the printed 4366.88).
  await item.fill('15.69');
  await checked(page);
  assert.equal(await count(page, 'error'), '0');
  assert.equal(await count(page, 'warning'), '0');
  assert.equal(await page.locator('td[id="c237-13"]').getAttribute('class'), 'num edit');
  assert.equal(await shown(page, 'c232-16'), '4717.01');
  assert.equal(await shown(page, 'c213-4'), '6061.09');
  assert.equal(await shown(page, 'c233-13'), '4366.87');
  // The keystrokes of one cell are one step: 撤销 goes back to the document as printed.
  await page.getByRole('button', { name: '撤销' }).click();
  await checked(page);
  assert.equal(await shown(page, 'c233-13'), '4366.88');
  assert.equal(await page.getByRole('button', { name: '撤销' }).isDisabled(), true);

  // A reason paragraph is a text box (三公 总体情况, line 570); its figures stay listed under it and keep their checks.
  const reason = page.getByRole('textbox', { name: /“三公”经费财政拨款支出决算总体情况说明/ });
  assert.match(await reason.inputValue(), /^2024年度“三公”经费财政拨款支出全年预算62\.59万元.*主要原因是：今年应急救援大队购置救援车辆支出。/);
  await reason.fill((await reason.inputValue()).replace('购置救援车辆支出。', '购置一辆救援车辆。'));
  await checked(page);
  assert.equal(await count(page, 'error'), '0');
  assert.equal(await page.locator('p.figures mark.fact', { hasText: '62.59万元' }).count(), 2);
  await reason.scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-narrative.png', false);
  await page.getByRole('button', { name: '撤销' }).click();
  assert.match(await reason.inputValue(), /购置救援车辆支出。/);
  // The self-evaluation form's indicator tree, 指标值 as inputs.
  const form = page.locator('details.form').first();
  await form.locator('summary').click();
  assert.ok((await form.locator('tr.ind-l3 td.value input').count()) > 0);
  await screenshot(form, 'editor-form.png');

  // 生成 PDF asks for a login, then the server checks (no errors), renders and the browser downloads the PDF.
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const login = page.getByRole('form', { name: '登录' });
  await login.getByLabel('用户名').fill('editor');
  await login.getByLabel('密码').fill(PASSWORD);
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await login.getByRole('button', { name: '登录' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
  await page.locator('.editor-actions p.ok', { hasText: '已生成 PDF' }).waitFor();
  assert.match((await download).suggestedFilename(), /\.pdf$/);
});

test('editor: publishing with an error standing is refused with the errors, and forcing it is offered', async () => {
  const base = server?.url ?? '';
  await page.goto(`${base}documents/${docId}/edit`);
  await checked(page);
  // Same edit as above (line 237, 15.69 → 25.69): the server's own checks refuse it (409).
  await page.locator('td[id="c237-13"] input').fill('25.69');
  await checked(page);
  await page.getByRole('button', { name: '生成 PDF' }).click();
  const refused = page.locator('.refused');
  await refused.waitFor({ timeout: 60_000 });
  assert.match((await refused.textContent()) ?? '', /拒绝发布/);
  assert.ok((await refused.locator('li').count()) >= 2);
  await page.getByRole('button', { name: '仍然发布（将被记录）' }).waitFor();
  await screenshot(page, 'editor-refused.png', false);
});
