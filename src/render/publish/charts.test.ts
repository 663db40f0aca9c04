import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import { publishCharts } from './charts.js';
import { publishHtml } from './html.js';
import { publishTree } from './tree.js';

test('the charts the narrative names are drawn from the document: SVG with the items, none without data', () => {
  const chart = publishCharts(corpusDocument('yangquan-emergency-2026-budget.txt'));
  const threePublic = chart('three-public') ?? '';
  assert.match(threePublic, /^<svg/);
  // 阳泉 2026 table 10 prints the 三公 items by row; the chart names each.
  for (const item of ['因公出国（境）费', '公务接待费']) assert.ok(threePublic.includes(item), item);
  assert.match(chart('gpb-structure') ?? '', /社会保障和就业支出/);
  assert.equal(chart('no-such-chart'), undefined);
  // 晋中 2022 holds only performance forms: no table, no chart (never a chart of zeros).
  assert.equal(publishCharts(corpusDocument('jinzhong-emergency-2022-performance-targets.txt'))('three-public'), undefined);
});

test('the published HTML carries the charts inside their figures', () => {
  const doc = corpusDocument('yangquan-emergency-2026-budget.txt');
  const html = publishHtml(publishTree(doc), { chart: publishCharts(doc) });
  const figures = [...html.matchAll(/<figure class="chart" id="chart-([\w-]+)"><svg/g)].map((m) => m[1]);
  assert.ok(figures.includes('three-public') && figures.includes('gpb-structure') && figures.includes('revenue'), figures.join(','));
});
