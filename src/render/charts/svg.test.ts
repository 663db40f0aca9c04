import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from '../../read/index.js';
import { corpusBytes } from '../../../test/corpus.js';
import { type ChartSpec, documentCharts } from './data.js';
import { chartSvg } from './svg.js';

const yq = (() => {
  const name = 'yangquan-emergency-2026-budget.txt';
  const r = readDocument(corpusBytes(name), name);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
})();

test('every chart of 阳泉 2026 is an SVG with its title, each label, each exact value and its share', () => {
  for (const c of documentCharts(yq)) {
    const svg = chartSvg(c);
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/, c.id);
    assert.ok(svg.includes('WenQuanYi Micro Hei'), `${c.id}: font`);
    assert.ok(svg.includes(c.title), `${c.id}: title`);
    for (const i of c.series[0]?.items ?? []) {
      assert.ok(svg.includes(i.label), `${c.id}: label ${i.label}`);
      assert.ok(svg.includes(`${i.value} 万元`), `${c.id}: value ${i.value}`);
    }
  }
  // 3376.99 of the 类 total 4558.02 is 74.09%; 基本支出 3915.63 of 4558.02 is 85.91% (the narrative's 占85.91%).
  const [byClass, split] = documentCharts(yq);
  assert.ok(chartSvg(byClass as ChartSpec).includes('3376.99 万元（74.09%）'));
  assert.ok(chartSvg(split as ChartSpec).includes('85.91%'));
});

test('text is escaped, several series and lines are drawn, the size can be chosen', () => {
  const spec: ChartSpec = {
    id: 't',
    title: '<script>比较</script>',
    unit: '万元',
    kind: 'bar',
    series: [
      { name: '甲 & 乙', items: [{ label: '支出总计', value: '4558.02' }, { label: '基本支出', value: '3915.63' }] },
      { name: '丙', items: [{ label: '支出总计', value: '6061.09' }] },
    ],
  };
  const svg = chartSvg(spec, { width: 500, height: 300 });
  assert.ok(!svg.includes('<script>'));
  assert.ok(svg.includes('&lt;script&gt;比较'));
  assert.match(svg, /width="500" height="300"/);
  for (const s of ['4558.02', '3915.63', '6061.09', '甲 &amp; 乙', '丙']) assert.ok(svg.includes(s), s);
  const line = chartSvg({ ...spec, kind: 'line' });
  for (const s of ['4558.02', '6061.09', '支出总计']) assert.ok(line.includes(s), s);
});
