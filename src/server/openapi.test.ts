import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';

type Operation = { parameters: { name: string; in: string; required: boolean }[]; responses: Record<string, unknown>; security: unknown[]; requestBody?: unknown };
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

// The document is built from the route specs alone: no store is touched.
const app = createApp({ store: {} as Store });
const docOf = async (): Promise<OpenApi> => (await (await app.request('/api/openapi.json')).json()) as OpenApi;

test('every registered route (method and path) is in the OpenAPI document, and nothing else', async () => {
  const doc = await docOf();
  assert.equal(doc.openapi, '3.1.0');
  const registered = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
  assert.deepEqual([...new Set(registered)].sort(), documented.sort());
  assert.ok(documented.length >= 16, documented.join(', '));
});

test('path parameters, query parameters, bodies, responses and security are described', async () => {
  const doc = await docOf();
  for (const [p, ops] of Object.entries(doc.paths))
    for (const [m, op] of Object.entries(ops)) {
      for (const name of [...p.matchAll(/\{(\w+)\}/g)].map((x) => x[1])) assert.ok(op.parameters.some((x) => x.in === 'path' && x.name === name && x.required), `${m} ${p}: {${name}}`);
      assert.ok(op.responses['200'] && op.responses['500'], `${m} ${p}: responses`);
      const write = m !== 'get' && p !== '/api/login';
      assert.equal(op.security.length > 0, write, `${m} ${p}: security`);
      if (write) assert.ok(op.responses['401'], `${m} ${p}: 401`);
    }
  // Deleting and rechecking need an administrator: their 403 is described.
  assert.ok(doc.paths['/api/documents/{id}']?.['delete']?.responses['403']);
  assert.ok(doc.paths['/api/recheck']?.['post']?.responses['403']);
  const list = doc.paths['/api/documents']?.['get'];
  assert.deepEqual(list?.parameters.map((x) => x.name), ['limit', 'offset', 'body', 'region', 'year', 'kind', 'status']);
  assert.ok(doc.paths['/api/documents']?.['post']?.requestBody);
  assert.ok(doc.paths['/api/login']?.['post']?.requestBody);
  assert.deepEqual(doc.paths['/api/search']?.['get']?.parameters.filter((x) => x.required).map((x) => x.name), ['q']);
});

test('model schemas come from zod and every $ref resolves inside the document', async () => {
  const doc = await docOf();
  for (const name of ['Document', 'Table', 'Row', 'Cell', 'Finding', 'Position', 'Error', 'NarrativeSection']) assert.ok(doc.components.schemas[name], name);
  const text = JSON.stringify(doc);
  const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] ?? '');
  assert.ok(refs.length > 0);
  for (const ref of new Set(refs)) {
    const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
    assert.ok(m?.[1] && doc.components.schemas[m[1]], ref);
  }
  const table = JSON.stringify(doc.paths['/api/documents/{id}/tables/{index}']?.['get']?.responses['200']);
  assert.match(table, /#\/components\/schemas\/Table/);
});
