import assert from 'node:assert/strict';
import { test } from 'node:test';
import { T, docFrom } from './testkit.js';
import { allSections, sectionLocator, textNodes } from './text.js';

const doc = (sentence: string) => docFrom('第三部分 2026年度部门预算情况说明', '', '八、机关运行经费增减变动原因说明', '', sentence, '', '2026年预算收支总表', '单位：万元', T('项目', '合计'), T('合计', '5.00'));

test('an offset in a one-line paragraph is placed by its distance from a fact on that line', () => {
  const d = doc('机关运行经费预算145.59万元，比2025年预算减少8.41万元。');
  const s = allSections(d).find((x) => x.number === '八')!;
  const at = sectionLocator(d, s);
  // “2025” stands at units 18–22 of line 5 (机关运行经费预算145.59万元，比 is 18 units).
  assert.deepEqual(at(s.text.indexOf('2025'), 4), { file: 't.txt', line: 5, column: { start: 18, end: 22 } });
});

test('without a fact in the paragraph the section position is given, never a guess', () => {
  const d = doc('机关运行经费据实安排，比上年有所下降。');
  const s = allSections(d).find((x) => x.number === '八')!;
  assert.deepEqual(sectionLocator(d, s)(3, 2), s.pos);
});

test('text nodes cover table titles, cells with their column spans, and section texts', () => {
  const nodes = textNodes(doc('机关运行经费预算145.59万元。'));
  assert.ok(nodes.some((n) => n.where === 'table-title' && n.text === '2026年预算收支总表'));
  const cell = nodes.find((n) => n.where === 'cell' && n.text === '5.00');
  assert.deepEqual(cell?.at(1, 2).column, { start: (cell?.pos.column?.start ?? 0) + 1, end: (cell?.pos.column?.start ?? 0) + 3 });
  assert.ok(nodes.some((n) => n.where === 'section' && n.text.includes('145.59万元')));
});
