import type { Kysely } from 'kysely';

// The ETag of the cached page, kept beside it: a read checks it with a one-column query and serves the bytes from
// memory when they have not changed, instead of moving tens of kB out of the database for every request.
/** Add the page's ETag. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('page_etag', 'text').execute();
  await db.schema.alterTable('documents').addColumn('findings_etag', 'text').execute();
}

/** Drop it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').dropColumn('findings_etag').execute();
  await db.schema.alterTable('documents').dropColumn('page_etag').execute();
}
