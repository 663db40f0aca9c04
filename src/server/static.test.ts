import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Hono } from 'hono';
import type { Env } from './api.js';
import { serveWeb, staticType } from './static.js';

function built(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>shell</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'index-abc.css'), 'body{}');
  return dir;
}

test('serveWeb serves built files with their content types and index.html for client routes', async () => {
  const app = new Hono<Env>();
  serveWeb(app, built());
  const js = await app.request('/assets/index-abc.js');
  assert.equal(js.status, 200);
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.match(js.headers.get('cache-control') ?? '', /immutable/);
  assert.equal((await app.request('/assets/index-abc.css')).headers.get('content-type'), 'text/css; charset=utf-8');
  for (const path of ['/', '/documents/3', '/bodies/%E9%98%B3%E6%B3%89', '/search?q=x', '/../../etc/passwd']) {
    const r = await app.request(path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8', path);
    assert.match(await r.text(), /shell/, path);
  }
  assert.equal((await app.request('/assets/missing.js')).status, 404);
});

test('serveWeb leaves /api/ paths to the API: an unknown one is a JSON 404, not the shell', async () => {
  const app = new Hono<Env>();
  serveWeb(app, built());
  const r = await app.request('/api/nothing');
  assert.equal(r.status, 404);
  assert.deepEqual(await r.json(), { error: { code: 'not_found', message: 'no route GET /api/nothing' } });
});

test('serveWeb without a build answers 503 saying how to build the web UI', async () => {
  const app = new Hono<Env>();
  serveWeb(app, join(tmpdir(), 'gongkai-no-such-web-dir'));
  const r = await app.request('/');
  assert.equal(r.status, 503);
  assert.match(await r.text(), /npm run build:web/);
});

test('staticType knows the built file types and falls back to octet-stream', () => {
  assert.equal(staticType('a/index.html'), 'text/html; charset=utf-8');
  assert.equal(staticType('x.SVG'), 'image/svg+xml');
  assert.equal(staticType('x.bin'), 'application/octet-stream');
});
