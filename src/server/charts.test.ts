import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import type { ChartSpec } from '../render/charts/data.js';
import { storeTest } from '../store/testkit.js';
import { corpusBytes } from '../../test/corpus.js';
import type { Env } from './api.js';
import type { Comparison } from './compare.js';
import { appWith } from './testkit.js';
import type { Trend } from './trend.js';

type Err = { error: { code: string; message: string } };
const YQ_BODY = encodeURIComponent('阳泉市应急管理局');

async function get<T>(app: Hono<Env>, path: string, status = 200): Promise<T> {
  const r = await app.request(path);
  const body: unknown = await r.json();
  assert.equal(r.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  return body as T;
}

storeTest('document charts as data and as SVG (ETag, 304, cache), the HTML report; 400 and 404', async (store) => {
  const { app, ids } = await appWith(store);
  const { items } = await get<{ items: ChartSpec[] }>(app, `/api/documents/${ids.yq}/charts`);
  assert.deepEqual(items.map((c) => c.id), ['expenditure-by-class', 'basic-project', 'three-public', 'revenue-by-source']);
  // 表3 line 160: 合计 4558.02 3915.63 642.39
  assert.deepEqual(items[1]?.series[0]?.items, [{ label: '基本支出', value: '3915.63' }, { label: '项目支出', value: '642.39' }]);

  const sha = (await get<{ sha256: string }>(app, `/api/documents/${ids.yq}`)).sha256;
  const r = await app.request(`/api/documents/${ids.yq}/charts/three-public.svg`);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
  assert.match(r.headers.get('cache-control') ?? '', /max-age=3600/);
  const etag = r.headers.get('etag') ?? '';
  assert.ok(etag.includes(sha) && etag.includes('three-public'), etag);
  const svg = await r.text();
  // 表10 line 383: ②公务用车运行维护费 46.80, the only 三公 figure printed: 100%.
  assert.match(svg, /^<svg /);
  assert.ok(svg.includes('46.80 万元（100.00%）'));
  const again = await app.request(`/api/documents/${ids.yq}/charts/three-public.svg`, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  const other = await app.request(`/api/documents/${ids.final}/charts/three-public.svg`);
  assert.notEqual(other.headers.get('etag'), etag);
  // 公开09 line 454 (决算数): 购置费 41.91, 运行维护费 20.68
  const otherSvg = await other.text();
  assert.ok(otherSvg.includes('41.91 万元') && otherSvg.includes('20.68 万元'));

  const report = await app.request(`/api/documents/${ids.yq}/report.html`);
  assert.equal(report.status, 200);
  assert.equal(report.headers.get('content-type'), 'text/html; charset=utf-8');
  const html = await report.text();
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(html.includes('阳泉市应急管理局') && html.includes('2026年预算支出总表'));
  // The one error of 阳泉 2026 (form of 国土空间专项规划经费 at line 618) is in the report's error list.
  assert.match(html, /<h3>错误<\/h3><ul class="findings"><li class="error">[^<]*<a href="#d0-[^"]+">618/);

  // A forms-only document has no chart at all: an empty list, and 404 for each SVG (never a zero chart).
  const jz = 'jinzhong-emergency-2022-performance-targets.txt';
  const imported = await store.importFile(jz, corpusBytes(jz));
  assert.deepEqual((await get<{ items: ChartSpec[] }>(app, `/api/documents/${imported.documentId}/charts`)).items, []);
  const none = await get<Err>(app, `/api/documents/${imported.documentId}/charts/basic-project.svg`, 404);
  assert.match(none.error.message, /has no chart basic-project/);

  const cases: [string, number, RegExp][] = [
    ['/api/documents/99999/charts', 404, /no document 99999/],
    ['/api/documents/99999/charts/three-public.svg', 404, /no document 99999/],
    ['/api/documents/99999/report.html', 404, /no document 99999/],
    [`/api/documents/${ids.yq}/charts/pie-in-the-sky.svg`, 404, /no chart pie-in-the-sky/],
    [`/api/documents/${ids.yq}/charts/three-public`, 404, /no route/],
    ['/api/documents/abc/charts', 400, /id/],
    ['/api/documents/abc/charts/three-public.svg', 400, /id/],
    ['/api/documents/0/report.html', 400, /id/],
  ];
  for (const [path, status, message] of cases) {
    const body = await get<Err>(app, path, status);
    assert.equal(body.error.code, status === 400 ? 'bad_request' : 'not_found', path);
    assert.match(body.error.message, message, path);
  }
});

storeTest('a body\'s trend by kind and year with its chart; compare with structure shares and its chart', async (store) => {
  const { app, ids } = await appWith(store);
  const t = await get<Trend>(app, `/api/bodies/${YQ_BODY}/trend`);
  assert.equal(t.body, '阳泉市应急管理局');
  assert.deepEqual(t.kinds.map((k) => [k.kind, k.unit, k.documents]), [['budget', '万元', [{ year: 2026, id: ids.yq }]], ['final-accounts', '万元', [{ year: 2024, id: ids.final }]]]);
  const point = (kind: string, key: string) => t.kinds.find((k) => k.kind === kind)?.rows.find((r) => r.key === key)?.points[0];
  // 表1 line 107 支出总计 4558.02; 公开01 line 139 总计 6061.09; a single year of each kind has nothing to change from.
  assert.deepEqual(point('budget', 'expenditureTotal'), { year: 2026, documentId: ids.yq, value: '4558.02', change: null, changePercent: null });
  assert.deepEqual(point('final-accounts', 'expenditureTotal'), { year: 2024, documentId: ids.final, value: '6061.09', change: null, changePercent: null });
  // 表5 line 266: 224 3376.99; 公开09 line 454: 购置费 41.91
  assert.equal(point('budget', 'class:224')?.value, '3376.99');
  assert.equal(point('final-accounts', 'threePublic:公务用车购置费')?.value, '41.91');

  const chart = await app.request(`/api/bodies/${YQ_BODY}/charts/trend.svg`);
  assert.equal(chart.status, 200);
  assert.equal(chart.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
  const svg = await chart.text();
  for (const s of ['预算 支出总计', '决算 支出总计', '4558.02', '6061.09', '2024', '2026']) assert.ok(svg.includes(s), s);
  await get(app, `/api/bodies/${encodeURIComponent('太原市应急管理局')}/trend`, 404);
  await get(app, `/api/bodies/${encodeURIComponent('太原市应急管理局')}/charts/trend.svg`, 404);

  const cmp = await get<{ items: Comparison[] }>(app, `/api/compare?ids=${ids.yq},${ids.final}`);
  // 表3 line 160: 3915.63 and 642.39 of 4558.02 are 85.91% and 14.09%; 公开03 line 213: 3741.61 and 2319.48 of 6061.09
  // are 61.73% and 38.27%; 表5 line 266 224 3376.99 of 4558.02 (line 247) is 74.09%; 公开05 line 336 4717.01 of 5814.32 is 81.13%.
  assert.deepEqual(cmp.items.map((c) => [c.spendingTotal?.value, c.structure.basicSharePercent, c.structure.projectSharePercent, c.structure.personnelPrinted, c.personnelSharePercent]), [
    ['4558.02', '85.91', '14.09', true, '90.17'],
    ['6061.09', '61.73', '38.27', true, '91.26'],
  ]);
  const cls = (c: Comparison | undefined, code: string) => c?.structure.classes.find((x) => x.code === code);
  assert.deepEqual(cls(cmp.items[0], '224'), { code: '224', name: '灾害防治及应急管理支出', value: '3376.99', unit: '万元', sharePercent: '74.09' });
  assert.equal(cls(cmp.items[1], '224')?.sharePercent, '81.13');
  assert.equal(cmp.items[0]?.structure.classTable, '2026年一般公共预算支出预算表（不含上年结转）');

  const bars = await app.request(`/api/compare/chart.svg?ids=${ids.yq},${ids.final}`);
  assert.equal(bars.status, 200);
  const barSvg = await bars.text();
  for (const s of ['支出合计', '基本支出', '3915.63', '3741.61', '阳泉市应急管理局 2026预算']) assert.ok(barSvg.includes(s), s);
  assert.equal((await get<Err>(app, '/api/compare/chart.svg?ids=x', 400)).error.code, 'bad_request');
  assert.equal((await get<Err>(app, `/api/compare/chart.svg?ids=${ids.yq},99999`, 404)).error.code, 'not_found');

  const openapi = await get<{ paths: Record<string, unknown> }>(app, '/api/openapi.json');
  for (const p of ['/api/documents/{id}/charts', '/api/documents/{id}/charts/{chart}.svg', '/api/documents/{id}/report.html', '/api/bodies/{name}/trend', '/api/bodies/{name}/charts/trend.svg', '/api/compare/chart.svg'])
    assert.ok(openapi.paths[p], p);
});
