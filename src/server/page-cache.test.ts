import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { createAccount } from '../store/accounts.js';
import { storeTest } from '../store/testkit.js';
import { corpusBytes } from '../../test/corpus.js';
import { PASSWORD, YQ, appWith } from './testkit.js';

type Detail = { id: number; body: string; region: string | null; counts: { error: number }; model: { forms: { projects: unknown[] } } };

storeTest('the document page and its findings are sent gzipped when accepted, plain otherwise, 304 for a known ETag', async (store) => {
  const { app, ids } = await appWith(store);
  const plain = await app.request(`/api/documents/${ids.yq}`);
  assert.equal(plain.status, 200);
  assert.equal(plain.headers.get('content-encoding'), null);
  const doc = (await plain.json()) as Detail;
  // 阳泉 2026 has 19 project forms and one error (the form of 国土空间专项规划经费, line 618).
  assert.deepEqual([doc.body, doc.region, doc.model.forms.projects.length, doc.counts.error], ['阳泉市应急管理局', '阳泉市', 19, 1]);
  const etag = plain.headers.get('etag') ?? '';
  assert.match(etag, /^"[\w-]+"$/);

  const gz = await app.request(`/api/documents/${ids.yq}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  assert.deepEqual(JSON.parse(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString('utf8')), doc);
  assert.equal((await app.request(`/api/documents/${ids.yq}`, { headers: { 'if-none-match': etag } })).status, 304);

  const findings = (await (await app.request(`/api/documents/${ids.yq}/findings`)).json()) as { items: { severity: string; location: { line: number } }[]; total: number };
  assert.equal(findings.items.length, findings.total);
  assert.deepEqual(findings.items.filter((f) => f.severity === 'error').map((f) => f.location.line), [618]);
  // Filtered lists are answered from the rows, in the same order.
  const errors = (await (await app.request(`/api/documents/${ids.yq}/findings?severity=error`)).json()) as { items: unknown[] };
  assert.deepEqual(errors.items, findings.items.filter((f) => f.severity === 'error'));
});

storeTest('a document stored before the page cache existed gets its page built on first read; recheck rebuilds it', async (store) => {
  const { app, ids } = await appWith(store);
  const before: unknown = await (await app.request(`/api/documents/${ids.yq}`)).json();
  await sql`update documents set page_gz = null, findings_gz = null, page_etag = null, findings_etag = null`.execute(store.db);
  // Same content (key order may differ: the model is rebuilt from its stored JSON).
  assert.ok(isDeepStrictEqual(await (await app.request(`/api/documents/${ids.yq}`)).json(), before), 'the rebuilt page differs');
  // A recheck with no rules leaves no finding: the cached pages follow.
  await store.recheck([]);
  const after = (await (await app.request(`/api/documents/${ids.yq}`)).json()) as Detail;
  assert.equal(after.counts.error, 0);
  assert.deepEqual(await (await app.request(`/api/documents/${ids.yq}/findings`)).json(), { items: [], total: 0 });
});

storeTest('region filter: by the administrative prefix of the body name', async (store) => {
  const { app } = await appWith(store);
  await store.importFile('shanxi.txt', corpusBytes('shanxi-emergency-2026-budget.txt'));
  const list = async (q: string) => ((await (await app.request(`/api/documents?region=${encodeURIComponent(q)}`)).json()) as { items: { body: string; region: string }[] }).items;
  assert.deepEqual([...new Set((await list('阳泉市')).map((d) => d.body))], ['阳泉市应急管理局']);
  assert.deepEqual((await list('山西')).map((d) => [d.body, d.region]), [['山西省应急管理厅', '山西省']]);
  assert.deepEqual(await list('上海'), []);
  // LIKE wildcards are taken literally.
  assert.deepEqual(await list('%'), []);
  assert.equal((await app.request('/api/documents?region=')).status, 400);
});

storeTest('editors upload but may not delete or recheck (403); administrators may', async (store) => {
  const { app, ids } = await appWith(store);
  await createAccount(store.db, 'ed', PASSWORD, 'editor');
  const r = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ed', password: PASSWORD }) });
  const auth = { authorization: `Bearer ${((await r.json()) as { token: string }).token}` };
  const fd = new FormData();
  fd.append('files', new File([new Uint8Array(corpusBytes('shanxi-emergency-2026-budget.txt'))], 'shanxi.txt'));
  assert.equal((await app.request('/api/documents', { method: 'POST', body: fd, headers: auth })).status, 200);
  const del = await app.request(`/api/documents/${ids.yq}`, { method: 'DELETE', headers: auth });
  assert.equal(del.status, 403);
  assert.match(((await del.json()) as { error: { message: string } }).error.message, /administrator/);
  assert.equal((await app.request('/api/recheck', { method: 'POST', headers: auth })).status, 403);
  assert.equal((await app.request(`/api/documents/${ids.yq}`)).status, 200, 'the document is still there');
  void YQ;
});
