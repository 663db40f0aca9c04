import { type Kysely, sql } from 'kysely';

// The document page's JSON and the findings list are read far more often than written: kept gzipped beside the
// model, built at import and recheck, so a read sends stored bytes instead of re-serialising hundreds of kB.
// Accounts get a role: editors upload, administrators also delete and recheck.
/** Add the cached page bodies and account roles. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('page_gz', 'bytea').execute();
  await db.schema.alterTable('documents').addColumn('findings_gz', 'bytea').execute();
  await db.schema.createIndex('documents_region_idx').on('documents').column('region').execute();
  await db.schema
    .alterTable('accounts')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('admin').check(sql`role in ('admin', 'editor')`))
    .execute();
}

/** Drop them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('role').execute();
  await db.schema.dropIndex('documents_region_idx').execute();
  await db.schema.alterTable('documents').dropColumn('findings_gz').execute();
  await db.schema.alterTable('documents').dropColumn('page_gz').execute();
}
