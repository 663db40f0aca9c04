import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as trigram from './0002-trigram-search.js';
import * as accounts from './0003-accounts.js';
import * as pageCache from './0004-page-cache.js';
import * as publications from './0005-publications.js';
import * as pageEtag from './0006-page-etag.js';

/** Every migration, in order: listed here (no directory scan), so a bundled or compiled build carries them all. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-trigram-search': trigram,
  '0003-accounts': accounts,
  '0004-page-cache': pageCache,
  '0005-publications': publications,
  '0006-page-etag': pageEtag,
};

/** A static migration provider for Kysely's Migrator. */
export const migrationProvider: MigrationProvider = { getMigrations: async () => MIGRATIONS };
