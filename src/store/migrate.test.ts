import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { corpusBytes } from '../../test/corpus.js';
import { locationFromEnv, migrate, openStore } from './open.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';
import { Store } from './store.js';

test('reopening a data directory keeps its documents and applies no migration twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-store-'));
  try {
    const a = await openStore({ dataDir: dir });
    assert.equal((await a.importFile('y.txt', corpusBytes('yangquan-emergency-2026-budget.txt'))).status, 'imported');
    await a.close();
    const b = await openStore({ dataDir: dir });
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(b.db);
    assert.deepEqual(rows.map((r) => r.name), ['0001-initial', '0002-trigram-search', '0003-accounts', '0004-page-cache', '0005-publications', '0006-page-etag']);
    assert.equal((await b.listDocuments()).total, 1);
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without pg_trgm the schema is created without trigram indexes and search still finds substrings', async () => {
  const pglite = await PGlite.create(); // in memory, no extensions
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  await migrate(db);
  const store = new Store(db, 'pglite');
  try {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_indexes where indexname like '%_trgm'`.execute(db);
    assert.equal(rows[0]?.n, 0);
    await store.importFile('y.txt', corpusBytes('yangquan-emergency-2026-budget.txt'));
    // 阳泉 2026 line 416: 市级森林防灭火指挥部专项经费.
    assert.ok((await store.search({ q: '森林防灭火' })).rows.some((h) => h.line === 416));
  } finally {
    await db.destroy();
    await pglite.close();
  }
});

test('DATABASE_URL selects PostgreSQL; otherwise --data, GONGKAI_DATA, ./gongkai-data', () => {
  assert.deepEqual(locationFromEnv({ data: 'd' }, { DATABASE_URL: 'postgres://h/db', GONGKAI_DATA: 'g' }), { url: 'postgres://h/db' });
  assert.deepEqual(locationFromEnv({ data: 'd' }, { GONGKAI_DATA: 'g' }), { dataDir: 'd' });
  assert.deepEqual(locationFromEnv({}, { GONGKAI_DATA: 'g' }), { dataDir: 'g' });
  assert.deepEqual(locationFromEnv({}, {}), { dataDir: './gongkai-data' });
});
