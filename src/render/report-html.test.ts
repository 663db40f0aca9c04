import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES, checkDocument } from '../check/index.js';
import { T, docFrom } from '../check/testkit.js';
import { readDocument } from '../read/index.js';
import { corpusBytes } from '../../test/corpus.js';
import { reportHtml } from './report-html.js';

function checked(name: string) {
  const r = readDocument(corpusBytes(name), name);
  if (!r.ok) throw new Error(r.error.message);
  return { file: name, doc: r.document, findings: checkDocument(r.document) };
}

test('every document text is escaped: <p> markup, quotes and ampersands in cells never reach the HTML as markup', () => {
  const doc = docFrom('2026年预算支出总表', '单位：万元', T('科目编码', '科目名称', '合计', '基本支出', '项目支出'), T('2240101', '<p>行政运行</p> & "x"', '10.50', '7.00', '3.00'));
  const html = reportHtml([{ file: 'a<b>.txt', doc, findings: checkDocument(doc) }], RULES);
  assert.doesNotMatch(html, /<p>行政|a<b>|& "x"/);
  assert.match(html, /&#60;p&#62;行政运行&#60;\/p&#62; &#38; &#34;x&#34;/);
  assert.match(html, /a&#60;b&#62;\.txt/);
  // The broken 合计 (10.50, should be 7.00 + 3.00) is marked as an error with the message in its title.
  assert.match(html, /<td id="d0-4-\d+" class="num m-error" title="错误：行合计等于各栏之和[^"]*应为 10\.00，实为 10\.50[^"]*">10\.50<\/td>/);
});

test('阳泉 2026: the form of 国土空间专项规划经费 (line 618) and its table 12 cell (line 411) are marked and linked', () => {
  const html = reportHtml([checked('yangquan-emergency-2026-budget.txt')], RULES);
  // Line 618: 年度资金总额：⇥292000; line 411: 国土空间专项规划经费⇥30.00 (万元).
  assert.match(html, /<td id="d0-618-33" class="num m-error" title="错误：[^"]*国土空间专项规划经费[^"]*">292000<\/td>/);
  assert.match(html, /<td id="d0-411-11" class="num r-error" title="相关：错误：[^"]*应为 300000 元，实为 292000 元[^"]*">30\.00<\/td>/);
  assert.match(html, /<li class="error"><a href="#d0-618-33">/);
  // Every table is rendered with its title, unit and header labels; 项 rows are indented.
  assert.equal(html.match(/<section class="table">/g)?.length, 13);
  assert.match(html, /<h3[^>]*>2026年项目支出预算表（本年预算）<\/h3><p class="meta">[^<]*单位：万元/);
  assert.match(html, /<td id="d0-186-\d+" class="lv2">事业运行<\/td>/);
  // 尾差 are folded under their category; no scripts.
  assert.match(html, /<details><summary>尾差 \d+ 处（提示）<\/summary>/);
  assert.doesNotMatch(html, /<script/i);
});

test('side-by-side rows printed on one line are rendered as one line (收入 | 支出 of 预算收支总表)', () => {
  const html = reportHtml([checked('yangquan-emergency-2026-budget.txt')], RULES);
  const summary = html.slice(html.indexOf('2026年预算收支总表</h3>'), html.indexOf('2026年预算收入总表</h3>'));
  // Line 75 prints 二、政府性基金预算 on the income side and 二、外交支出 on the expenditure side.
  assert.match(summary, /<tr id="d0-75"[^>]*>(?:(?!<\/tr>).)*二、政府性基金预算(?:(?!<\/tr>).)*二、外交支出(?:(?!<\/tr>).)*<\/tr>/);
});
