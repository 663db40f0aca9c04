import { type Kysely, sql } from 'kysely';

// The first schema. Money is `numeric` (exact); positions and models are jsonb; every child row cascades with its
// document, the import history only forgets the document id.
/** Create the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('documents')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('sha256', 'text', (c) => c.notNull().unique().references('files.sha256').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_code', 'text')
    .addColumn('region', 'text')
    .addColumn('year', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('scope', 'text')
    .addColumn('title', 'text')
    .addColumn('schema_version', 'integer', (c) => c.notNull())
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('error_count', 'integer', (c) => c.notNull())
    .addColumn('warning_count', 'integer', (c) => c.notNull())
    .addColumn('info_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  const doc = (t: string) => db.schema.createTable(t).addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'));
  await doc('tables')
    .addColumn('index', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('pos', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('tables_pk', ['document_id', 'index'])
    .execute();
  await doc('cells')
    .addColumn('table_index', 'integer', (c) => c.notNull())
    .addColumn('row_index', 'integer', (c) => c.notNull())
    .addColumn('row_code', 'text')
    .addColumn('row_name', 'text', (c) => c.notNull())
    .addColumn('row_role', 'text', (c) => c.notNull())
    .addColumn('column_key', 'text', (c) => c.notNull())
    .addColumn('column_label', 'text', (c) => c.notNull())
    .addColumn('value', 'numeric')
    .addColumn('unit', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('col_start', 'integer')
    .execute();
  await doc('facts')
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('code', 'text')
    .addColumn('amount', 'numeric')
    .addColumn('unit', 'text')
    .addColumn('number', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('col', 'integer')
    .execute();
  await doc('forms')
    .addColumn('index', 'integer', (c) => c.notNull())
    .addColumn('project_name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('year_total', 'numeric')
    .addColumn('unit', 'text')
    .addColumn('line', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('forms_pk', ['document_id', 'index'])
    .execute();
  await doc('indicators')
    .addColumn('form_index', 'integer', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('level1', 'text', (c) => c.notNull())
    .addColumn('level2', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .execute();
  await doc('units')
    .addColumn('index', 'integer')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('line', 'integer', (c) => c.notNull())
    .execute();
  await doc('findings')
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('error', 'warning', 'info')`))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('col', 'integer')
    .addColumn('page', 'integer')
    .addColumn('expected', 'text')
    .addColumn('actual', 'text')
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('location', 'jsonb', (c) => c.notNull())
    .addColumn('related', 'jsonb')
    .addColumn('message', 'text')
    .addPrimaryKeyConstraint('findings_pk', ['document_id', 'ord'])
    .execute();
  await db.schema
    .createTable('imports')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('imported', 'duplicate', 'unreadable', 'failed')`))
    .addColumn('message', 'text')
    .addColumn('document_id', 'integer', (c) => c.references('documents.id').onDelete('set null'))
    .execute();
  for (const [t, cols] of [
    ['documents', ['body']],
    ['documents', ['year']],
    ['documents', ['kind']],
    ['cells', ['document_id', 'table_index']],
    ['facts', ['document_id']],
    ['indicators', ['document_id', 'form_index']],
    ['units', ['document_id']],
    ['imports', ['sha256']],
  ] as const) {
    await db.schema.createIndex(`${t}_${cols.join('_')}_idx`).on(t).columns([...cols]).execute();
  }
}

/** Drop the tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['imports', 'findings', 'units', 'indicators', 'forms', 'facts', 'cells', 'tables', 'documents', 'files']) await db.schema.dropTable(t).execute();
}
