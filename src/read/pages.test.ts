import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutTextOf } from '../../test/layout-text.js';
import { readLayoutText } from './layout/index.js';
import { readPages } from './pages.js';

test('pages of layout text: one per form feed, page numbers left out of the text, no page after the last feed', () => {
  const text = layoutTextOf('shanghai-putuo-commerce-2025-budget.pdf');
  const pages = readPages(readLayoutText(text, 's').lines, 's');
  assert.equal(pages.length, (text.match(/\f/g) ?? []).length);
  assert.deepEqual(pages.map((p) => p.number), pages.map((_, i) => i + 1));
  // Page 1 is the cover: “上海市普陀区2025年区级部门预算” and “预算主管部门：上海市普陀区商务委员会”.
  assert.equal(pages[0]?.chars, [...'上海市普陀区2025年区级部门预算预算主管部门：上海市普陀区商务委员会'].length);
  assert.equal(new Set(pages.map((p) => p.digest)).size, pages.length);
});

test('two pages with the same text and different page numbers have the same digest; a page of only its number is blank', () => {
  const body = '   收入支出决算总表      单位：万元     合计\n   一般公共预算财政拨款收入      5.00\n';
  const { lines } = readLayoutText(`${body}\n     1\n\f${body}\n     2\n\f\n     3\n\f`, 'x');
  const pages = readPages(lines, 'x');
  assert.equal(pages[0]?.digest, pages[1]?.digest);
  assert.equal(pages[2]?.chars, 0);
});
