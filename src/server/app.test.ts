import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Hono } from 'hono';
import type { z } from 'zod';
import type { Document, Finding, Table } from '../model/index.js';
import type { BodyEntry, SearchHit, Store } from '../store/index.js';
import { storeTest } from '../store/testkit.js';
import { corpusBytes } from '../../test/corpus.js';
import type { Env } from './api.js';
import { createApp } from './app.js';
import type { Comparison } from './compare.js';
import type { DocumentDetailSchema, DocumentListSchema, UploadResultSchema } from './schemas.js';
import { YQ, YQ_FINAL, appWith, login } from './testkit.js';

type List = z.output<typeof DocumentListSchema>;
type Detail = z.output<typeof DocumentDetailSchema>;
type Upload = { results: z.output<typeof UploadResultSchema>[] };
type Err = { error: { code: string; message: string } };
type Items<T> = { items: T[]; total: number };
type TableEntry = { index: number; kind: string; title: string; unit?: string };
type Exported = { file: string; year: number; model: Document; findings: Finding[] };

// The response body as the route's declared shape (the OpenAPI test checks the shapes are declared).
async function get<T>(app: Hono<Env>, path: string, status = 200): Promise<T> {
  const r = await app.request(path);
  const body: unknown = await r.json();
  assert.equal(r.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  return body as T;
}
const json = async <T>(r: Response): Promise<T> => (await r.json()) as T;
const upload = (...files: [string, Uint8Array][]): FormData => {
  const fd = new FormData();
  for (const [name, bytes] of files) fd.append('files', new File([new Uint8Array(bytes)], name));
  return fd;
};

storeTest('GET /api/documents lists, filters and pages; one document, its original, tables and findings', async (store) => {
  const { app, ids } = await appWith(store);
  const all = await get<List>(app, '/api/documents');
  assert.deepEqual([all.total, all.limit, all.offset], [2, 50, 0]);
  assert.deepEqual(all.items.map((d) => [d.fileName, d.body, d.year, d.kind]), [
    [YQ_FINAL, '阳泉市应急管理局', 2024, 'final-accounts'],
    [YQ, '阳泉市应急管理局', 2026, 'budget'],
  ]);
  assert.deepEqual((await get<List>(app, '/api/documents?year=2026&kind=budget')).items.map((d) => d.id), [ids.yq]);
  assert.equal((await get<List>(app, `/api/documents?body=${encodeURIComponent('阳泉市应急管理局')}`)).total, 2);
  assert.deepEqual((await get<Items<unknown>>(app, '/api/documents?body=nobody')).total, 0);
  // 阳泉 2026 has an error (line 618); 阳泉 2024 neither errors nor warnings.
  assert.deepEqual((await get<List>(app, '/api/documents?status=errors')).items.map((d) => d.id), [ids.yq]);
  assert.deepEqual((await get<List>(app, '/api/documents?status=clean')).items.map((d) => d.id), [ids.final]);
  const page = await get<List>(app, '/api/documents?limit=1&offset=1');
  assert.deepEqual([page.total, page.items.length, page.items[0]?.id], [2, 1, ids.yq]);

  const one = await get<Detail>(app, `/api/documents/${ids.yq}`);
  assert.deepEqual([one.body, one.year, one.model.kind, one.model.forms.projects.length, one.file.name], ['阳泉市应急管理局', 2026, 'budget', 19, YQ]);
  assert.equal(one.counts.error, 1);
  assert.equal('findings' in one, false);

  const orig = await app.request(`/api/documents/${ids.yq}/original`);
  assert.equal(orig.status, 200);
  assert.equal(orig.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.match(orig.headers.get('content-disposition') ?? '', /^attachment; filename="yangquan-emergency-2026-budget.txt"; filename\*=UTF-8''yangquan/);
  assert.deepEqual(new Uint8Array(await orig.arrayBuffer()), new Uint8Array(corpusBytes(YQ)));

  const tables = await get<Items<TableEntry>>(app, `/api/documents/${ids.yq}/tables`);
  const exp = tables.items.find((t) => t.kind === 'budget-expenditure');
  assert.deepEqual([exp?.title, exp?.unit], ['2026年预算支出总表', '万元']);
  const t = await get<Table>(app, `/api/documents/${ids.yq}/tables/${exp?.index}`);
  // line 160: 合计		4558.02	3915.63	642.39
  const total = t.rows.find((r) => r.role === 'grand-total');
  assert.deepEqual([total?.cells['basic']?.amount?.value, total?.cells['project']?.amount?.value, total?.cells['basic']?.pos.line], ['3915.63', '642.39', 160]);
  await get(app, `/api/documents/${ids.yq}/tables/999`, 404);

  const errors = await get<Items<Finding>>(app, `/api/documents/${ids.yq}/findings?severity=error`);
  // line 618: the form of 国土空间专项规划经费 says 292000 元; the project table 30.00 万元.
  assert.deepEqual(errors.items.map((f) => [f.rule, f.location.line, f.params['project']]), [['form-matches-project-table', 618, '国土空间专项规划经费']]);
  const byRule = await get<Items<Finding>>(app, `/api/documents/${ids.yq}/findings?rule=form-matches-project-table`);
  assert.ok(byRule.items.length >= 2 && byRule.items.every((f) => f.rule === 'form-matches-project-table'));
  assert.equal((await get<Items<unknown>>(app, `/api/documents/${ids.final}/findings?severity=error`)).total, 0);
});

storeTest('bodies by year, search, compare and exports', async (store) => {
  const { app, ids } = await appWith(store);
  const bodies = await get<Items<BodyEntry>>(app, '/api/bodies');
  assert.deepEqual(bodies.items.map((b) => [b.body, b.years.map((y) => y.year)]), [['阳泉市应急管理局', [2024, 2026]]]);
  const one = await get<BodyEntry>(app, `/api/bodies/${encodeURIComponent('阳泉市应急管理局')}`);
  assert.deepEqual(one.years.map((y) => y.documents.map((d) => d.id)), [[ids.final], [ids.yq]]);
  await get(app, `/api/bodies/${encodeURIComponent('太原市应急管理局')}`, 404);

  const q = encodeURIComponent('森林防灭火');
  const hits = await get<Items<SearchHit>>(app, `/api/search?q=${q}`);
  // line 416 of the project table: 市级森林防灭火指挥部专项经费	30.00 (万元)
  const row = hits.items.find((h) => h.source === 'project-row');
  assert.deepEqual([row?.text, row?.amountYuan, row?.line, row?.documentId], ['市级森林防灭火指挥部专项经费', '300000', 416, ids.yq]);
  assert.ok(hits.items.some((h) => h.source === 'form' && h.text === '市级森林防灭火指挥部专项经费'));
  assert.equal(hits.total, hits.items.length);
  assert.equal((await get<Items<unknown>>(app, `/api/search?q=${q}&year=2024`)).total, 0);
  const ranged = await get<Items<SearchHit>>(app, `/api/search?q=${q}&minAmount=300000&maxAmount=300000`);
  assert.ok(ranged.items.length >= 1 && ranged.items.every((h) => h.amountYuan === '300000'));

  const cmp = await get<{ items: Comparison[] }>(app, `/api/compare?ids=${ids.yq},${ids.final}`);
  assert.deepEqual(cmp.items.map((c) => [c.id, c.year, c.revenueTotal?.value, c.expenditureTotal?.value, c.basic?.value, c.project?.value, c.personnelSharePercent, c.threePublic.total?.value, c.projects, c.forms, c.findings.error]), [
    [ids.yq, 2026, '4558.02', '4558.02', '3915.63', '642.39', '90.17', '46.80', 19, 19, 1],
    [ids.final, 2024, '6061.09', '6061.09', '3741.61', '2319.48', '91.26', '62.59', null, 0, 0],
  ]);
  await get(app, `/api/compare?ids=${ids.yq},99999`, 404);

  const ex = await app.request(`/api/exports?format=json&year=2026`);
  assert.equal(ex.status, 200);
  assert.equal(ex.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.match(ex.headers.get('content-disposition') ?? '', /filename="gongkai-export\.json"/);
  const items = await json<Exported[]>(ex);
  assert.deepEqual(items.map((i) => [i.file, i.model.year, i.findings.filter((f) => f.severity === 'error').length]), [[YQ, 2026, 1]]);
  const both = await json<Exported[]>(await app.request(`/api/exports?body=${encodeURIComponent('阳泉市应急管理局')}`));
  assert.deepEqual(both.map((i) => i.file), [YQ_FINAL, YQ]);
  // XLSX is a zip with the right type and name; CSV starts with the UTF-8 BOM.
  const x = await app.request(`/api/exports?format=xlsx`);
  assert.equal(x.status, 200);
  assert.equal(new TextDecoder('latin1').decode(new Uint8Array(await x.arrayBuffer()).subarray(0, 2)), 'PK');
  assert.match(x.headers.get('content-disposition') ?? '', /gongkai-export\.xlsx/);
  const c = await app.request(`/api/exports?format=csv&year=2024`);
  assert.equal(c.status, 200);
  assert.equal(new Uint8Array(await c.arrayBuffer())[0], 0xef);
});

storeTest('writes: login, upload (imported, duplicate, unreadable), too large, delete and recheck; refused without a good token', async (store) => {
  const { app, ids } = await appWith(store, { limits: { fileBytes: 1_000_000 } });
  const bad = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'tester', password: 'wrong-password' }) });
  assert.equal(bad.status, 401);
  assert.equal((await json<Err>(bad)).error.code, 'unauthorized');
  const unknown = await app.request('/api/login', { method: 'POST', body: JSON.stringify({ name: 'nobody', password: 'x' }) });
  assert.equal(unknown.status, 401);
  assert.equal((await app.request('/api/login', { method: 'POST', body: '{"name":1}' })).status, 400);
  const auth = await login(app);

  // Unauthenticated and wrong-token writes are refused, and change nothing.
  for (const headers of [{}, { authorization: 'Bearer not-a-token' }, { authorization: 'Basic dGVzdGVyOng=' }] as Record<string, string>[]) {
    for (const [method, path] of [['POST', '/api/documents'], ['DELETE', `/api/documents/${ids.yq}`], ['POST', '/api/recheck']] as const) {
      const r = await app.request(path, { method, headers, ...(method === 'POST' && path === '/api/documents' ? { body: upload(['a.txt', corpusBytes(YQ)]) } : {}) });
      assert.equal(r.status, 401, `${method} ${path} ${JSON.stringify(headers)}`);
      assert.equal((await json<Err>(r)).error.code, 'unauthorized');
    }
  }
  assert.equal((await get<Items<unknown>>(app, '/api/documents')).total, 2);

  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const jz = 'jinzhong-emergency-2022-performance-targets.txt';
  const up = await app.request('/api/documents', { method: 'POST', headers: auth, body: upload([jz, corpusBytes(jz)], [YQ, corpusBytes(YQ)], ['logo.png', png]) });
  assert.equal(up.status, 200);
  const { results } = await json<Upload>(up);
  assert.deepEqual(results.map((r) => [r.name, r.status]), [[jz, 'imported'], [YQ, 'duplicate'], ['logo.png', 'unreadable']]);
  assert.equal(results[1]?.documentId, ids.yq);
  assert.ok((results[2]?.message ?? '').length > 0);
  assert.deepEqual(Object.keys(results[0]?.counts ?? {}), ['error', 'warning', 'info']);
  const onlyPng = await app.request('/api/documents', { method: 'POST', headers: auth, body: upload(['logo.png', png]) });
  assert.equal(onlyPng.status, 422);
  assert.equal((await json<Upload>(onlyPng)).results[0]?.status, 'unreadable');
  const none = await app.request('/api/documents', { method: 'POST', headers: auth, body: new FormData() });
  assert.equal(none.status, 400);

  const big = await app.request('/api/documents', { method: 'POST', headers: auth, body: upload(['big.txt', new Uint8Array(1_000_001)]) });
  assert.equal(big.status, 413);
  assert.equal((await json<Err>(big)).error.code, 'payload_too_large');
  assert.equal((await get<Items<unknown>>(app, '/api/documents')).total, 3);

  const del = await app.request(`/api/documents/${ids.final}`, { method: 'DELETE', headers: auth });
  assert.deepEqual([del.status, await del.json()], [200, { deleted: ids.final }]);
  await get(app, `/api/documents/${ids.final}`, 404);
  assert.equal((await app.request(`/api/documents/${ids.final}`, { method: 'DELETE', headers: auth })).status, 404);

  const re = await app.request('/api/recheck', { method: 'POST', headers: auth });
  const totals = await json<{ documents: number; error: number }>(re);
  assert.equal(re.status, 200);
  assert.equal(totals.documents, 2);
  assert.equal(totals.error, 1 + (results[0]?.counts?.error ?? 0));
});

storeTest('the default file limit is 20 MB: a larger upload is 413 with a JSON error and nothing stored', async (store) => {
  const { app } = await appWith(store);
  const auth = await login(app);
  const r = await app.request('/api/documents', { method: 'POST', headers: auth, body: upload(['huge.txt', new Uint8Array(20 * 1024 * 1024 + 1)]) });
  assert.equal(r.status, 413);
  assert.match((await json<Err>(r)).error.message, /huge\.txt: 20971521 bytes, over the limit of 20971520/);
  assert.equal((await get<Items<unknown>>(app, '/api/documents')).total, 2);
  // Several files under the file limit but over the request limit: refused before any is read.
  const small = createApp({ store, log: () => {}, limits: { fileBytes: 1000, requestBytes: 2000 } });
  const many = await small.request('/api/documents', { method: 'POST', headers: auth, body: upload(['a.txt', new Uint8Array(900)], ['b.txt', new Uint8Array(900)], ['c.txt', new Uint8Array(900)]) });
  assert.equal(many.status, 413);
  assert.match((await json<Err>(many)).error.message, /request is over the limit of 2000 bytes/);
  assert.equal((await get<Items<unknown>>(app, '/api/documents')).total, 2);
});

storeTest('bad input is a 400 naming the parameter; unknown ids and routes are 404; all errors are JSON', async (store) => {
  const { app } = await appWith(store);
  const cases: [string, number, RegExp][] = [
    ['/api/documents?limit=abc', 400, /limit/],
    ['/api/documents?limit=0', 400, /limit/],
    ['/api/documents?limit=201', 400, /limit/],
    ['/api/documents?offset=-1', 400, /offset/],
    ['/api/documents?status=broken', 400, /status/],
    ['/api/documents?year=20x6', 400, /year/],
    ['/api/documents/-1', 400, /id/],
    ['/api/documents/abc', 400, /id/],
    ['/api/documents/1.5/tables', 400, /id/],
    ['/api/documents/99999', 404, /no document 99999/],
    ['/api/documents/99999/original', 404, /no document/],
    ['/api/documents/99999/tables', 404, /no document/],
    ['/api/documents/99999/findings', 404, /no document/],
    ['/api/documents/1/findings?severity=fatal', 400, /severity/],
    ['/api/compare', 400, /ids/],
    ['/api/compare?ids=1,x', 400, /ids/],
    ['/api/search', 400, /q/],
    ['/api/search?q=x&minAmount=1e5', 400, /minAmount/],
    ['/api/search?q=x&limit=-5', 400, /limit/],
    ['/api/exports?format=pdf', 400, /format/],
    ['/api/nothing', 404, /no route GET \/api\/nothing/],
  ];
  for (const [path, status, message] of cases) {
    const body = await get<Err>(app, path, status);
    assert.equal(body.error.code, status === 400 ? 'bad_request' : 'not_found', path);
    assert.match(body.error.message, message, path);
  }
});

test('an unexpected failure is a 500 without details, logged on the server', async () => {
  const logged: unknown[] = [];
  const broken = { listDocuments: async () => Promise.reject(new Error('connection lost at /secret/path')) } as unknown as Store;
  const app = createApp({ store: broken, log: (e) => logged.push(e) });
  const r = await app.request('/api/documents');
  assert.equal(r.status, 500);
  assert.deepEqual(await r.json(), { error: { code: 'internal', message: 'internal error' } });
  assert.equal(logged.length, 1);
});
