import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../store/index.js';
import { verifyPassword } from '../store/accounts.js';
import { EXIT, main } from './main.js';
import { run } from './testkit.js';
import { userAddCommand } from './serve-commands.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'gongkai-serve-'));

test('gongkai serve --port 0 listens, serves /api/openapi.json and stops cleanly on SIGTERM', async () => {
  const saved = process.env['DATABASE_URL'];
  delete process.env['DATABASE_URL'];
  let out = '';
  let announce: (url: string) => void = () => {};
  const announced = new Promise<string>((resolve) => (announce = resolve));
  const io = {
    out: (s: string) => {
      out += s;
      const m = /serving (http:\/\/\S+?)api\//.exec(out);
      if (m?.[1]) announce(m[1]);
    },
    err: () => {},
    cwd: tmp(),
  };
  try {
    const exit = main(['serve', '--port', '0', '--data', tmp()], io);
    const url = await Promise.race([announced, exit.then((code) => Promise.reject(new Error(`serve exited ${code}: ${out}`)))]);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await fetch(`${url}api/openapi.json`);
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as { openapi: string }).openapi, '3.1.0');
    const docs = await fetch(`${url}api/documents`);
    assert.deepEqual(await docs.json(), { items: [], total: 0, limit: 50, offset: 0 });
    process.emit('SIGTERM');
    assert.equal(await exit, EXIT.ok);
    await assert.rejects(fetch(`${url}api/openapi.json`));
  } finally {
    if (saved !== undefined) process.env['DATABASE_URL'] = saved;
  }
});

test('gongkai serve --demo imports the samples into a temporary store, serves them and removes the store on stop', async () => {
  let out = '';
  let announce: (url: string) => void = () => {};
  const announced = new Promise<string>((resolve) => (announce = resolve));
  const io = {
    out: (s: string) => {
      out += s;
      const m = /serving (http:\/\/\S+?)api\//.exec(out);
      if (m?.[1]) announce(m[1]);
    },
    err: () => {},
    cwd: tmp(),
  };
  const exit = main(['serve', '--demo', '--port', '0'], io);
  const url = await Promise.race([announced, exit.then((code) => Promise.reject(new Error(`serve exited ${code}: ${out}`)))]);
  assert.match(out, /gongkai demo: imported samples\/beichuan-commerce-2026-budget\.txt as document \d+ \(errors 0, warnings 0/);
  assert.match(out, /gongkai demo: imported samples\/nanping-emergency-2026-budget-mistakes\.txt as document \d+ \(errors [1-9]/);
  const dir = /embedded store in (\S+)/.exec(out)?.[1] ?? '';
  assert.ok(existsSync(dir));
  const docs = (await (await fetch(`${url}api/documents`)).json()) as { items: { body: string }[]; total: number };
  assert.equal(docs.total, 3);
  assert.deepEqual(docs.items.map((d) => d.body).sort(), ['东岭市住房和城乡建设局', '北川县商务局', '南屏市应急管理局']);
  process.emit('SIGTERM');
  assert.equal(await exit, EXIT.ok);
  assert.equal(existsSync(dir), false);
});

test('gongkai serve refuses a bad port', async () => {
  const r = await run('serve', '--port', 'eighty', '--data', tmp());
  assert.equal(r.code, EXIT.usage);
  assert.match(r.err, /--port must be a port number/);
});

test('gongkai user add prints a generated password once; it logs in; a second add of the name is refused', async () => {
  const saved = process.env['DATABASE_URL'];
  delete process.env['DATABASE_URL'];
  try {
    const data = tmp();
    const r = await run('user', 'add', 'alice', '--data', data);
    assert.equal(r.code, EXIT.ok, r.err);
    const password = /password \(shown once\): (\S+)/.exec(r.out)?.[1] ?? '';
    assert.ok(password.length >= 20);
    const again = await run('user', 'add', 'alice', '--data', data);
    assert.equal(again.code, EXIT.usage);
    assert.match(again.err, /account alice already exists/);
    let out = '';
    const code = await userAddCommand('bob', { data, passwordStdin: true }, { out: (s) => (out += s), err: () => {} }, async () => 'a-password-from-stdin\n');
    assert.equal(code, EXIT.ok);
    assert.equal(out, 'account bob (admin) created\n');
    await assert.rejects(userAddCommand('carol', { data, passwordStdin: true }, { out: () => {}, err: () => {} }, async () => 'short\n'), /at least 12 characters/);
    const store = await openStore({ dataDir: data });
    try {
      assert.equal((await verifyPassword(store.db, 'alice', password))?.name, 'alice');
      assert.equal((await verifyPassword(store.db, 'bob', 'a-password-from-stdin'))?.name, 'bob');
      assert.equal(await verifyPassword(store.db, 'carol', 'short'), undefined);
    } finally {
      await store.close();
    }
  } finally {
    if (saved !== undefined) process.env['DATABASE_URL'] = saved;
  }
});
