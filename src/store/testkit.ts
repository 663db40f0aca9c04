import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openStore } from './open.js';
import type { Store } from './store.js';

/** The PostgreSQL server tests use (scripts/pg-cluster.sh sets it); PGlite always runs. */
export const PG_URL = process.env['GONGKAI_TEST_PG_URL'];

type Engine = { name: 'pglite' | 'postgres'; store: () => Promise<Store> };

// One store per engine per test file, emptied before each test: opening PGlite costs seconds, emptying milliseconds.
const opened = new Map<string, Promise<Store>>();
const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const s of opened.values()) await (await s).close();
  for (const c of cleanups) await c();
});

function pgliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-store-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return openStore({ dataDir: dir });
}

/** A fresh database on the test server (dropped after the file's tests); its URL. */
export async function freshPgDatabase(url: string): Promise<string> {
  const name = `gongkai_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const ENGINES: Engine[] = [
  { name: 'pglite', store: () => pgliteStore() },
  ...(PG_URL ? [{ name: 'postgres' as const, store: async () => openStore({ url: await freshPgDatabase(PG_URL) }) }] : []),
];

/** An empty store of an engine (shared within the file, emptied now). */
export async function emptyStore(engine: Engine): Promise<Store> {
  let s = opened.get(engine.name);
  if (!s) opened.set(engine.name, (s = engine.store()));
  const store = await s;
  await sql`delete from imports`.execute(store.db);
  await sql`delete from files`.execute(store.db);
  // Tokens go with their accounts (on delete cascade).
  await sql`delete from accounts`.execute(store.db);
  return store;
}

let announced = false;
/** Register `fn` as one test per engine: PGlite always, PostgreSQL when GONGKAI_TEST_PG_URL is set (required in CI). */
export function storeTest(title: string, fn: (store: Store) => Promise<void>): void {
  if (!announced) {
    announced = true;
    if (!PG_URL && process.env['CI']) test('PostgreSQL is available for the store tests', () => assert(false, 'CI: GONGKAI_TEST_PG_URL is not set; scripts/test.sh starts a PostgreSQL 15 cluster (scripts/pg-cluster.sh)'));
    else if (!PG_URL) test('store tests on PostgreSQL', { skip: 'GONGKAI_TEST_PG_URL is not set: PostgreSQL runs skipped (bash scripts/test.sh starts a cluster)' }, () => {});
  }
  for (const e of ENGINES) test(`[${e.name}] ${title}`, async () => fn(await emptyStore(e)));
}

function assert(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}
