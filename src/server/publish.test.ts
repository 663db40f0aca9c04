import assert from 'node:assert/strict';
import type { Document } from '../model/index.js';
import { storeTest } from '../store/testkit.js';
import { corpusDocument } from '../../test/corpus-document.js';
import type { Publisher } from './api.js';
import { createApp } from './app.js';
import { YQ, YQ_FINAL, appWith, login } from './testkit.js';

const fake: Publisher = async (doc, format) => ({ bytes: new TextEncoder().encode(`${format}:${doc.body.name}`), contentType: 'text/plain', extension: format });
type Publications = { items: { account: string; forced: boolean; format: string; kind: string; standing: { rule: string; location: { line: number } }[] }[]; total: number };

storeTest('publishing is refused while errors stand (409), allowed when forced and recorded with the errors that stood', async (store) => {
  await appWith(store);
  const app = createApp({ store, log: () => {}, publisher: fake });
  const auth = await login(app);
  const post = (body: unknown, headers: Record<string, string> = auth) => app.request('/api/publish', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const yq: Document = corpusDocument(YQ);

  assert.equal((await post({ model: yq, format: 'pdf' }, {})).status, 401);
  const refused = await post({ model: yq, format: 'pdf' });
  assert.equal(refused.status, 409);
  const r = (await refused.json()) as { error: { code: string }; findings: { severity: string; location: { line: number } }[] };
  // 阳泉 2026's one error: the form of 国土空间专项规划经费 (line 618) disagrees with table 12.
  assert.deepEqual([r.error.code, r.findings.map((f) => [f.severity, f.location.line])], ['has_errors', [['error', 618]]]);

  const forced = await post({ model: yq, format: 'pdf', force: true });
  assert.equal(forced.status, 200);
  assert.equal(await forced.text(), 'pdf:阳泉市应急管理局');
  assert.match(forced.headers.get('content-disposition') ?? '', /filename\*=UTF-8''.*2026.*\.pdf/);
  const clean = await post({ model: corpusDocument(YQ_FINAL), format: 'docx' });
  assert.equal(clean.status, 200);

  const list = (await (await app.request('/api/publications')).json()) as Publications;
  assert.equal(list.total, 2);
  assert.deepEqual(list.items.map((p) => [p.account, p.format, p.kind, p.forced, p.standing.map((f) => f.location.line)]), [
    ['tester', 'docx', 'final-accounts', false, []],
    ['tester', 'pdf', 'budget', true, [618]],
  ]);
});

storeTest('publishing: a body that is not a model is 400 naming the path; a server without a renderer answers 501', async (store) => {
  const { app } = await appWith(store);
  const auth = await login(app);
  const post = (body: string) => app.request('/api/publish', { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body });
  const notJson = await post('{');
  assert.equal(notJson.status, 400);
  const bad = await post(JSON.stringify({ model: { schemaVersion: 1 }, format: 'pdf' }));
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: { message: string } }).error.message, /model\.source/);
  assert.equal((await post(JSON.stringify({ model: corpusDocument(YQ_FINAL), format: 'odt' }))).status, 400);
  assert.equal((await post(JSON.stringify({ model: corpusDocument(YQ_FINAL), format: 'pdf' }))).status, 501);
});
