import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';
import { Store } from './store.js';

/** Where the store lives: a data directory (embedded PGlite in `<dataDir>/pgdata`) or a PostgreSQL URL. */
export type StoreLocation = { dataDir: string } | { url: string };

/** Default data directory when neither --data nor GONGKAI_DATA says otherwise. */
export const DEFAULT_DATA_DIR = './gongkai-data';

/** Open (creating and migrating as needed) the store at a location. */
export async function openStore(at: StoreLocation): Promise<Store> {
  let db: Kysely<Database>;
  let engine: 'pglite' | 'postgres';
  if ('url' in at) {
    engine = 'postgres';
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: at.url, max: 4 }) }) });
  } else {
    engine = 'pglite';
    const dir = join(resolve(at.dataDir), 'pgdata');
    mkdirSync(dir, { recursive: true });
    const pglite = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    const close = db.destroy.bind(db);
    db.destroy = async () => {
      await close();
      await pglite.close();
    };
  }
  try {
    await migrate(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return new Store(db, engine);
}

/** Bring the schema up to date; a failed migration is an error with its cause. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The location the environment selects: DATABASE_URL wins, else `data` (--data), GONGKAI_DATA, ./gongkai-data. */
export function locationFromEnv(opts: { data?: string | undefined } = {}, env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const url = env['DATABASE_URL'];
  if (url) return { url };
  return { dataDir: opts.data ?? env['GONGKAI_DATA'] ?? DEFAULT_DATA_DIR };
}

/** Open the store the environment selects (see `locationFromEnv`). */
export async function storeFromEnv(opts: { data?: string | undefined } = {}, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  return openStore(locationFromEnv(opts, env));
}
