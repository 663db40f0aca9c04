import { type Kysely, sql } from 'kysely';

// Chinese substring search (ILIKE '%森林防灭火%') has no word boundaries to index; trigram GIN indexes serve
// LIKE/ILIKE with any substring of three characters or more. PGlite ships pg_trgm as an extension, PostgreSQL in
// contrib (trusted since 13, so the database owner may create it).
const INDEXED = [
  ['forms', 'project_name'],
  ['indicators', 'name'],
  ['indicators', 'value'],
  ['facts', 'text'],
  ['cells', 'row_name'],
] as const;

/**
 * Enable pg_trgm and index the searched texts. A server without pg_trgm (or a role that may not create it) keeps
 * the schema without these indexes: search is the same ILIKE, by scanning. The migration runs in a transaction,
 * hence the savepoint around the attempt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`savepoint trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`release savepoint trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint trgm`.execute(db);
    return;
  }
  for (const [t, c] of INDEXED) await sql`create index ${sql.id(`${t}_${c}_trgm`)} on ${sql.table(t)} using gin (${sql.ref(c)} gin_trgm_ops)`.execute(db);
}

/** Drop the trigram indexes. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [t, c] of INDEXED) await db.schema.dropIndex(`${t}_${c}_trgm`).ifExists().execute();
}
