import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { EXIT } from '../../src/cli/main.js';
import { run } from '../../src/cli/testkit.js';
import { corpusPath } from '../corpus.js';
import { close, launch, open, screenshot } from './chromium.js';

// 阳泉 2026: the form of 国土空间专项规划经费 says 年度资金总额 292000 元 (line 618, column 34); table 12
// (项目支出预算表) prints the project at 30.00 万元 = 300000 元 (line 411, column 12). Anchors are d0-LINE-COL0.
const FORM_CELL = '#d0-618-33';
const TABLE_CELL = '#d0-411-11';

let browser: Browser | undefined;
let page: Page;

before(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'gongkai-browser-')), 'report.html');
  const r = await run('check', corpusPath('yangquan-emergency-2026-budget.txt'), '--html', out);
  assert.equal(r.code, EXIT.findings, r.err);
  browser = await launch();
  page = await open(browser, out);
});

after(async () => close(browser));

// Evaluated in the page (the project compiles without DOM types, so page code is a string).
const js = <T>(l: Locator, body: string): Promise<T> => l.evaluate(new Function('el', body) as (el: unknown) => T);
const background = (l: Locator): Promise<string> => js(l, 'return getComputedStyle(el).backgroundColor');
const outline = (l: Locator): Promise<string> => js(l, 'const s = getComputedStyle(el); return `${s.outlineStyle} ${s.outlineColor}`');
const inViewport = (l: Locator): Promise<boolean> =>
  js(l, 'const r = el.getBoundingClientRect(); return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth');

test('the report names the department and year in its heading', async () => {
  assert.equal(await page.title(), 'gongkai 检查报告');
  assert.match(await page.locator('article#d0 > h2').innerText(), /^阳泉市应急管理局.*2026/);
});

test('table 12: the 30.00 of 国土空间专项规划经费 is visible and marked as related to the error', async () => {
  const cell = page.locator(TABLE_CELL);
  assert.equal(await cell.innerText(), '30.00');
  assert.ok(await cell.isVisible());
  assert.match((await cell.getAttribute('class')) ?? '', /\br-error\b/);
  assert.match((await cell.getAttribute('title')) ?? '', /应为 300000 元，实为 292000 元/);
  const row = page.locator('tr', { has: cell });
  assert.equal(await row.locator('td').first().innerText(), '国土空间专项规划经费');
  // Marked in the browser, not only in the markup: a red dashed outline an unmarked number cell lacks.
  const plain = page.locator('section.table td.num:not([class*="m-"]):not([class*="r-"])').first();
  assert.match(await outline(cell), /^dashed rgb\(204, 0, 0\)$/);
  assert.notEqual(await outline(cell), await outline(plain));
  // The form's 292000, where the finding is, is filled red as well.
  assert.match((await page.locator(FORM_CELL).getAttribute('class')) ?? '', /\bm-error\b/);
  assert.notEqual(await background(page.locator(FORM_CELL)), await background(plain));
  await screenshot(page, 'report-yangquan-2026.png');
  await screenshot(page.locator('section.table', { has: cell }), 'report-yangquan-2026-table12.png');
});

test('the finding links to its cell: clicking it sets the hash and scrolls the cell into view', async () => {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'report-yangquan-2026-first-screen.png', false);
  const link = page.locator('li.error a').first();
  assert.equal(await link.getAttribute('href'), FORM_CELL);
  assert.equal(await inViewport(page.locator(FORM_CELL)), false);
  await link.click();
  assert.equal(await page.evaluate<string>('location.hash'), FORM_CELL);
  assert.ok(await inViewport(page.locator(FORM_CELL)));
  await screenshot(page.locator('section.form', { has: page.locator(FORM_CELL) }), 'report-yangquan-2026-form.png');
});

test('Chinese text is drawn with a CJK font (WenQuanYi Micro Hei from fonts-wqy-microhei), not tofu', async () => {
  const h2 = page.locator('article#d0 > h2');
  // A CJK glyph as wide as the em: tofu or a missing glyph would not be.
  const width = await js<number>(h2, 'const c = document.createElement("canvas").getContext("2d"); c.font = `100px ${getComputedStyle(el).fontFamily}`; return c.measureText("阳").width');
  assert.ok(width > 90 && width <= 101, `width of 阳 at 100px: ${width}`);
  // The font Chromium actually used for the heading's glyphs (the CSS list names none of the installed CJK fonts,
  // so this is fontconfig's fallback for sans-serif).
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'article#d0 > h2' });
  await cdp.send('CSS.enable');
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  const cjk = fonts.filter((f) => /WenQuanYi|Noto Sans CJK|Source Han/.test(f.familyName));
  assert.ok(cjk.length > 0, `fonts used: ${JSON.stringify(fonts)}`);
  assert.ok(fonts.some((f) => f.familyName === 'WenQuanYi Micro Hei'), `fonts used: ${JSON.stringify(fonts)}`);
  await cdp.detach();
});
