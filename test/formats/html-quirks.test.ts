// A web page as government portals publish one: chrome around the content, merged header cells, &nbsp; in empty
// cells, paragraphs and <br> inside cells, GB2312 declared in the page. The fixture's figures are made up.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFile } from '../../src/read/document.js';
import { decodeHtml, htmlReader, looksLikeHtml } from '../../src/read/formats/html.js';
import { DEFAULT_LIMITS } from '../../src/read/formats/types.js';
import { corpusBytes, repoRoot } from '../corpus.js';
import { encodeGb18030, encodeUtf16le } from './make.js';

const page = readFileSync(join(repoRoot, 'test', 'formats', 'fixtures', 'portal-page.html'), 'utf8');
const bytes = encodeGb18030(page);

test('the page is claimed by content and decoded with the charset its meta declares', () => {
  assert.ok(looksLikeHtml(bytes));
  assert.equal(decodeHtml(bytes).encoding, 'gb18030');
  // No charset declared: UTF-8 when the bytes are, else GB18030 (older Chinese sites)
  assert.equal(decodeHtml(encodeGb18030('<html><body><p>预算</p></body></html>')).encoding, 'gb18030');
  assert.equal(decodeHtml(new TextEncoder().encode('<html><body><p>预算</p></body></html>')).encoding, 'utf-8');
  assert.ok(looksLikeHtml(new TextEncoder().encode('\uFEFF\n  <TABLE><tr><td>1</td></tr></TABLE>')));
  assert.ok(looksLikeHtml(encodeUtf16le('<html><body><p>预算</p></body></html>', true)));
  // Text extractions stay with the text reader, the OCR markdown with its <b> tags too.
  assert.ok(!looksLikeHtml(corpusBytes('datong-emergency-2025-unit-budget.md')));
  assert.ok(!looksLikeHtml(corpusBytes('yangquan-emergency-2026-budget.txt')));
  assert.ok(!looksLikeHtml(new TextEncoder().encode('预算说明 <table> 见下')));
});

test('content becomes lines; chrome, scripts, styles, hidden and form text do not', async () => {
  const x = await htmlReader.read(bytes, 'portal.html', { limits: DEFAULT_LIMITS });
  assert.equal(x.container, 'html');
  assert.equal(x.encoding, 'gb18030');
  assert.deepEqual(
    x.source.lines.map((l) => l.text),
    [
      '示范县应急管理局2026年部门预算公开',
      '发布时间：2026-02-01 来源：示范县应急管理局',
      '2026年财政拨款安排“三公”经费支出预算表',
      '部门名称：示范县应急管理局',
      '单位：万元',
      // rowspan and colspan: the text in the first slot, the covered slots empty; <br> inside Chinese joins without a space
      '项目\t2026年预算数\t\t\t',
      '\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算',
      '因公出国（境）费\t\t\t\t',
      '公务接待费\t1.20\t1.20\t\t',
      '公务用车购置及运行费\t30.50\t30.50\t\t',
      '①公务用车购置费\t\t\t\t',
      '②公务用车运行维护费\t30.50\t30.50\t\t',
      '合计\t31.70\t31.70\t\t',
      '',
      // outside a table a <br> ends the line, as it does on screen
      'Total cost',
      'in 2026 & after',
    ],
  );
  const cell = x.source.lines[8]?.cells[1];
  assert.equal(cell?.ref, 'table 1 row 4 col 2');
  assert.equal(x.source.lines[0]?.ref, 'paragraph 1');
});

test('a bare table fragment keeps the line breaks of the text around it', async () => {
  const frag = '<table><tr><td>项目</td><td>合计</td></tr><tr><td>公务接待费</td><td>1.20</td></tr></table>\n注：本表为示例。\n单位：万元\n';
  const x = await htmlReader.read(new TextEncoder().encode(frag), 'frag.html', { limits: DEFAULT_LIMITS });
  assert.deepEqual(
    x.source.lines.map((l) => l.text),
    ['项目\t合计', '公务接待费\t1.20', '', '注：本表为示例。', '单位：万元'],
  );
});

test('the page reads to a 三公 table with its figures and refs', async () => {
  const r = await readFile(bytes, 'portal.html');
  if (!r.ok) assert.fail(r.error.message);
  const t = r.document.tables.find((x) => x.title.includes('三公'));
  assert.ok(t, `tables: ${r.document.tables.map((x) => x.title).join(' | ')}`);
  assert.equal(t.unit, '万元');
  const rec = t.rows.find((x) => x.name === '公务接待费');
  const total = Object.values(rec?.cells ?? {}).find((c) => c.amount?.value === '1.20');
  assert.equal(total?.pos.ref, 'table 1 row 4 col 2');
  // The paragraph after the table is not taken as the rest of the 合计 row's name.
  const sum = t.rows.find((x) => x.role === 'grand-total');
  assert.equal(sum?.name, '合计');
  assert.equal(sum?.cells['total']?.amount?.value, '31.70');
  assert.equal(sum?.cells['gpb']?.amount?.value, '31.70');
  assert.deepEqual(
    t.columns.map((c) => c.label),
    ['项目', '2026年预算数/合计', '2026年预算数/一般公共预算', '2026年预算数/政府性基金预算', '2026年预算数/国有资本经营预算'],
  );
  assert.equal(r.document.source.container, 'html');
  assert.equal(r.document.source.encoding, 'gb18030');
});
