import { createHash } from 'node:crypto';
import { type Insertable, type Kysely, type Transaction, sql } from 'kysely';
import { type Rule, checkDocument } from '../check/index.js';
import { gzipSync } from 'node:zlib';
import { type Document, DocumentSchema, type Finding, FindingSchema, PositionSchema, type Table, TableSchema } from '../model/index.js';
import { readFile } from '../read/index.js';
import { z } from 'zod';
import { Lru } from './lru.js';
import { countFindings, documentRows, findingRows, regionOf } from './rows.js';
import type { Database, ImportStatus } from './schema.js';
import type { BodyEntry, Counts, DocumentSummary, ImportOptions, ImportResult, ListQuery, StoredDocument, TableListEntry } from './types.js';
import { type SearchHit, type SearchQuery, searchStore } from './search.js';

export type { SearchHit, SearchQuery } from './search.js';

export type { BodyEntry, Counts, DocumentSummary, ImportOptions, ImportResult, ListQuery, StoredDocument, TableListEntry } from './types.js';

const CHUNK = 1000;
const TableListRowSchema = z.object({ index: z.number().int().nullable(), kind: z.string().nullable(), title: z.string().nullable(), number: z.string().nullable(), unit: z.string().nullable(), rows: z.number().int().nullable(), no_data: z.boolean().nullable(), line: z.number().int().nullable() });
type TableListRow = z.infer<typeof TableListRowSchema>;
const FindingRowSchema = z.object({ rule: z.string(), severity: z.string(), expected: z.string().nullable(), actual: z.string().nullable(), params: z.unknown(), location: z.unknown(), related: z.unknown() });

/** The store: one schema over PGlite or PostgreSQL (see README.md). */
export class Store {
  constructor(
    /** The Kysely instance (typed by `Database`). */
    readonly db: Kysely<Database>,
    /** Which engine serves it. */
    readonly engine: 'pglite' | 'postgres',
  ) {}

  // Cached page bodies by column and id, each with the ETag it was stored under (about 60 kB gzipped a page).
  private readonly pages = new Lru<string, { gz: Uint8Array; etag: string }>(1024);
  private readonly searches = new Lru<string, { n: number; m: number; result: Promise<{ rows: SearchHit[]; total: number }> }>(256);

  /** Read, check and store one file in one transaction; idempotent by SHA-256. Never throws for bad input. */
  async importFile(name: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const history = (status: ImportStatus, message: string | null, documentId: number | null) =>
      this.db.insertInto('imports').values({ file_name: name, sha256, status, message, document_id: documentId }).execute();
    const existing = await this.db.selectFrom('documents').select('id').where('sha256', '=', sha256).executeTakeFirst();
    if (existing) {
      await history('duplicate', null, existing.id);
      return { status: 'duplicate', sha256, documentId: existing.id };
    }
    const read = await readFile(bytes, name, opts.limits ? { limits: opts.limits } : {});
    if (!read.ok) {
      await history('unreadable', read.error.message, null);
      return { status: 'unreadable', sha256, message: read.error.message };
    }
    const doc = read.document;
    const findings = checkDocument(doc, opts.rules);
    const counts = countFindings(findings);
    try {
      const documentId = await this.db.transaction().execute(async (tx) => {
        await tx.insertInto('files').values({ sha256, name, size: bytes.length, bytes }).execute();
        const { id } = await tx
          .insertInto('documents')
          .values({
            sha256,
            file_name: name,
            body: doc.body.name,
            body_code: doc.body.code ?? null,
            region: regionOf(doc.body.name),
            year: doc.year ?? null,
            kind: doc.kind,
            template: doc.template,
            scope: doc.scope ?? null,
            title: doc.title ?? null,
            schema_version: doc.schemaVersion,
            model: JSON.stringify(doc),
            error_count: counts.error,
            warning_count: counts.warning,
            info_count: counts.info,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        opts.afterStage?.('document');
        const rows = documentRows(doc);
        for (const t of ['tables', 'cells', 'facts', 'forms', 'indicators', 'units'] as const) {
          await insertChunks(tx, t, rows[t].map((r) => ({ ...r, document_id: id })));
          opts.afterStage?.(t);
        }
        await insertChunks(tx, 'findings', findingRows(findings).map((r) => ({ ...r, document_id: id })));
        opts.afterStage?.('findings');
        await this.buildPages(tx, id, doc, findings);
        await tx.insertInto('imports').values({ file_name: name, sha256, status: 'imported', message: null, document_id: id }).execute();
        return id;
      });
      return { status: 'imported', sha256, documentId, counts };
    } catch (e) {
      // The same bytes imported at the same moment by another connection: theirs won the unique key.
      const winner = await this.db.selectFrom('documents').select('id').where('sha256', '=', sha256).executeTakeFirst();
      if (winner) {
        await history('duplicate', null, winner.id);
        return { status: 'duplicate', sha256, documentId: winner.id };
      }
      const message = e instanceof Error ? e.message : String(e);
      await history('failed', message, null);
      return { status: 'failed', sha256, message };
    }
  }

  /** Documents matching the filters, newest first, with the total before paging. */
  async listDocuments(q: ListQuery = {}): Promise<{ rows: DocumentSummary[]; total: number }> {
    let base = this.db.selectFrom('documents');
    if (q.body !== undefined) base = base.where('body', '=', q.body);
    if (q.region !== undefined) base = base.where('region', 'like', `${q.region.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (q.year !== undefined) base = base.where('year', '=', q.year);
    if (q.kind !== undefined) base = base.where('kind', '=', q.kind);
    if (q.status === 'errors') base = base.where('error_count', '>', 0);
    if (q.status === 'warnings') base = base.where('error_count', '=', 0).where('warning_count', '>', 0);
    if (q.status === 'clean') base = base.where('error_count', '=', 0).where('warning_count', '=', 0);
    const { total } = await base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
    const rows = await base
      .select(['id', 'file_name', 'sha256', 'body', 'region', 'year', 'kind', 'template', 'title', 'error_count', 'warning_count', 'info_count', 'created_at'])
      .orderBy('id', 'desc')
      .limit(q.limit ?? 50)
      .offset(q.offset ?? 0)
      .execute();
    return { rows: rows.map(summary), total };
  }

  /** One document with its model (validated), findings (validated) and original file information. */
  async getDocument(id: number): Promise<StoredDocument | undefined> {
    const d = await this.getDocumentModel(id);
    return d && { ...d, findings: await this.findings(this.db, id) };
  }

  /** One document with its model (validated) and original file information, without its findings. */
  async getDocumentModel(id: number): Promise<Omit<StoredDocument, 'findings'> | undefined> {
    const row = await this.db
      .selectFrom('documents as d')
      .innerJoin('files as f', 'f.sha256', 'd.sha256')
      .select(['d.id', 'd.file_name', 'd.sha256', 'd.body', 'd.region', 'd.year', 'd.kind', 'd.template', 'd.title', 'd.error_count', 'd.warning_count', 'd.info_count', 'd.created_at', 'd.model', 'f.name', 'f.size', 'f.imported_at'])
      .where('d.id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      ...summary(row),
      model: DocumentSchema.parse(row.model),
      file: { name: row.name, sha256: row.sha256, size: row.size, importedAt: row.imported_at },
    };
  }

  /**
   * The document page's JSON (`{...summary, file, model}`, as `getDocumentModel` gives it) gzipped, with an ETag.
   * Stored bytes are sent as they are: built from the validated model at import and recheck, or here on first read
   * of a document stored before the cache existed. Undefined when the document does not exist.
   */
  async documentPage(id: number): Promise<{ gz: Uint8Array; etag: string } | undefined> {
    return this.cachedPage(id, 'page_gz');
  }

  /** The findings list's JSON (`{items, total}`) gzipped, with an ETag; undefined when the document does not exist. */
  async findingsPage(id: number): Promise<{ gz: Uint8Array; etag: string } | undefined> {
    return this.cachedPage(id, 'findings_gz');
  }

  private async cachedPage(id: number, column: 'page_gz' | 'findings_gz'): Promise<{ gz: Uint8Array; etag: string } | undefined> {
    const tag = column === 'page_gz' ? 'page_etag' : 'findings_etag';
    const row = await this.db.selectFrom('documents').select(['id', tag]).where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const etag = row[tag];
    const key = `${column}:${id}`;
    const held = this.pages.get(key);
    if (etag && held?.etag === etag) return held;
    if (!etag) {
      // Stored before the cache existed: build it from the validated model now.
      const d = await this.getDocument(id);
      if (!d) return undefined;
      await this.buildPages(this.db, id, d.model, d.findings);
    }
    // As base64 text: PGlite hands bytea over ten times slower than text (5 ms against 0.5 ms for a 60 kB page).
    const { rows } = await sql<{ b: string | null; etag: string | null }>`select encode(${sql.ref(column)}, 'base64') as b, ${sql.ref(tag)} as etag from documents where id = ${id}`.execute(this.db);
    const stored = rows[0];
    if (!stored?.b || !stored.etag) return undefined;
    const page = { gz: new Uint8Array(Buffer.from(stored.b, 'base64')), etag: stored.etag };
    this.pages.set(key, page);
    return page;
  }

  // Serialise the page and the findings list once, from the validated model, and keep them gzipped.
  private async buildPages(db: Kysely<Database> | Transaction<Database>, id: number, doc: Document, findings: readonly Finding[]): Promise<void> {
    const row = await db
      .selectFrom('documents as d')
      .innerJoin('files as f', 'f.sha256', 'd.sha256')
      .select(['d.id', 'd.file_name', 'd.sha256', 'd.body', 'd.region', 'd.year', 'd.kind', 'd.template', 'd.title', 'd.error_count', 'd.warning_count', 'd.info_count', 'd.created_at', 'f.name', 'f.size', 'f.imported_at'])
      .where('d.id', '=', id)
      .executeTakeFirstOrThrow();
    const page = { ...summary(row), file: { name: row.name, sha256: row.sha256, size: row.size, importedAt: row.imported_at }, model: doc };
    const pageGz = gzipSync(JSON.stringify(page), { level: 6 });
    const findingsGz = gzipSync(JSON.stringify({ items: findings, total: findings.length }), { level: 6 });
    await db
      .updateTable('documents')
      .set({ page_gz: pageGz, findings_gz: findingsGz, page_etag: etagOf(pageGz), findings_etag: etagOf(findingsGz) })
      .where('id', '=', id)
      .execute();
  }

  /** Whether a document exists (a primary-key probe: routes that need no model use it instead of getDocument). */
  async hasDocument(id: number): Promise<boolean> {
    return (await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  /**
   * The tables of a document as listed (index, kind, title, number, unit, row count, no data, line), read inside the
   * database from the stored model: the model itself (hundreds of kB) is neither sent over nor parsed. Undefined when
   * the document does not exist.
   */
  async tableList(id: number): Promise<TableListEntry[] | undefined> {
    const { rows } = await sql`
      select d.id, (t.ord - 1)::int as index, t.v->>'kind' as kind, t.v->>'title' as title, t.v->>'number' as number,
        t.v->>'unit' as unit, jsonb_array_length(t.v->'rows')::int as rows, (t.v->>'noData')::boolean as no_data,
        (t.v->'pos'->>'line')::int as line
      from documents d left join lateral jsonb_array_elements(d.model->'tables') with ordinality as t(v, ord) on true
      where d.id = ${id} order by t.ord`.execute(this.db);
    if (rows.length === 0) return undefined;
    return rows
      .map((r) => TableListRowSchema.parse(r))
      .filter((r): r is TableListRow & { index: number; kind: string; title: string; rows: number; no_data: boolean; line: number } => r.index !== null && r.kind !== null && r.title !== null && r.rows !== null && r.no_data !== null && r.line !== null)
      .map((r) => ({ index: r.index, kind: r.kind, title: r.title, ...(r.number !== null ? { number: r.number } : {}), ...(r.unit !== null ? { unit: r.unit } : {}), rows: r.rows, noData: r.no_data, line: r.line }));
  }

  /**
   * One table of a document whole (rows, cells, positions), cut out of the stored model inside the database and
   * validated; `tables` is how many the document has. Undefined when the document does not exist.
   */
  async table(id: number, index: number): Promise<{ table: Table | undefined; tables: number } | undefined> {
    const { rows } = await sql<{ t: unknown; n: number }>`select d.model->'tables'->${index}::int as t, jsonb_array_length(d.model->'tables')::int as n from documents d where d.id = ${id}`.execute(this.db);
    const r = rows[0];
    if (!r) return undefined;
    return { table: r.t == null ? undefined : TableSchema.parse(typeof r.t === 'string' ? JSON.parse(r.t) : r.t), tables: r.n };
  }

  /** The original file of a document, byte for byte. */
  async getOriginal(id: number): Promise<{ name: string; bytes: Uint8Array; sha256: string } | undefined> {
    const row = await this.db.selectFrom('documents as d').innerJoin('files as f', 'f.sha256', 'd.sha256').select(['f.name', 'f.bytes', 'f.sha256']).where('d.id', '=', id).executeTakeFirst();
    return row && { name: row.name, sha256: row.sha256, bytes: new Uint8Array(row.bytes) };
  }

  /** Delete a document, its rows, findings and original file; the history keeps the attempts. True when it existed. */
  async deleteDocument(id: number): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const d = await tx.deleteFrom('documents').where('id', '=', id).returning('sha256').executeTakeFirst();
      if (!d) return false;
      await tx.deleteFrom('files').where('sha256', '=', d.sha256).execute();
      return true;
    });
  }

  /** Re-run the checks of every stored document from its stored model (one transaction each); totals. */
  async recheck(rules?: readonly Rule[]): Promise<Counts & { documents: number }> {
    const ids = await this.db.selectFrom('documents').select('id').orderBy('id').execute();
    const total = { documents: 0, error: 0, warning: 0, info: 0 };
    for (const { id } of ids) {
      const c = await this.db.transaction().execute(async (tx) => {
        const row = await tx.selectFrom('documents').select('model').where('id', '=', id).executeTakeFirst();
        if (!row) return undefined;
        const doc = DocumentSchema.parse(row.model);
        const findings = checkDocument(doc, rules);
        const counts = countFindings(findings);
        await tx.deleteFrom('findings').where('document_id', '=', id).execute();
        await insertChunks(tx, 'findings', findingRows(findings).map((r) => ({ ...r, document_id: id })));
        await tx.updateTable('documents').set({ error_count: counts.error, warning_count: counts.warning, info_count: counts.info }).where('id', '=', id).execute();
        await this.buildPages(tx, id, doc, findings);
        return counts;
      });
      if (!c) continue;
      total.documents++;
      total.error += c.error;
      total.warning += c.warning;
      total.info += c.info;
    }
    return total;
  }

  /**
   * Chinese substring search over project forms, project rows, indicators and narrative facts. Recent results are
   * kept per query and reused while the set of documents is unchanged: hits depend only on the stored documents, and
   * (count, highest id) changes with every import and delete, from this process or any other (ids are never reused).
   */
  async search(q: SearchQuery): Promise<{ rows: SearchHit[]; total: number }> {
    const v = await this.db.selectFrom('documents').select([sql<number>`count(*)::int`.as('n'), sql<number>`coalesce(max(id), 0)::int`.as('m')]).executeTakeFirstOrThrow();
    const key = JSON.stringify([q.q, q.year, q.minAmount, q.maxAmount, q.limit, q.offset]);
    const hit = this.searches.get(key);
    if (hit && hit.n === v.n && hit.m === v.m) return hit.result;
    // The promise is kept, not the rows: concurrent identical searches wait for one query instead of each running it.
    const result = searchStore(this.db, q);
    this.searches.set(key, { n: v.n, m: v.m, result });
    result.catch(() => {
      if (this.searches.get(key)?.result === result) this.searches.delete(key);
    });
    return result;
  }

  /** Issuers with their documents by year (bodies in code-point order, years ascending, unknown year last). */
  async bodies(): Promise<BodyEntry[]> {
    const rows = await this.db.selectFrom('documents').select(['id', 'body', 'year', 'kind', 'title', 'file_name']).orderBy('body').orderBy('year').orderBy('id').execute();
    const out: BodyEntry[] = [];
    for (const r of rows) {
      let b = out.at(-1);
      if (b?.body !== r.body) out.push((b = { body: r.body, years: [] }));
      let y = b.years.at(-1);
      if (!y || y.year !== r.year) b.years.push((y = { year: r.year, documents: [] }));
      y.documents.push({ id: r.id, kind: r.kind, title: r.title, fileName: r.file_name });
    }
    // Code-point order whatever the server's collation, so both engines list the same way.
    return out.sort((a, b) => (a.body < b.body ? -1 : a.body > b.body ? 1 : 0));
  }

  /** The stored findings of a document, in checkDocument's order, validated. */
  async findings(db: Kysely<Database> | Transaction<Database>, id: number): Promise<Finding[]> {
    const rows = await db.selectFrom('findings').select(['rule', 'severity', 'expected', 'actual', 'params', 'location', 'related']).where('document_id', '=', id).orderBy('ord').execute();
    return rows.map((raw) => {
      const r = FindingRowSchema.parse(raw);
      return FindingSchema.parse({
        rule: r.rule,
        severity: r.severity,
        location: PositionSchema.parse(r.location),
        ...(r.related != null ? { related: r.related } : {}),
        ...(r.expected != null ? { expected: r.expected } : {}),
        ...(r.actual != null ? { actual: r.actual } : {}),
        params: r.params,
      });
    });
  }

  /** Close the connection (pool or embedded engine). */
  async close(): Promise<void> {
    await this.db.destroy();
  }
}

const etagOf = (bytes: Uint8Array): string => `"${createHash('sha1').update(bytes).digest('base64url')}"`;

type SummaryRow = { id: number; file_name: string; sha256: string; body: string; region: string | null; year: number | null; kind: string; template: string; title: string | null; error_count: number; warning_count: number; info_count: number; created_at: Date };
function summary(r: SummaryRow): DocumentSummary {
  return {
    id: r.id,
    fileName: r.file_name,
    sha256: r.sha256,
    body: r.body,
    region: r.region,
    year: r.year,
    kind: r.kind,
    template: r.template,
    title: r.title,
    counts: { error: r.error_count, warning: r.warning_count, info: r.info_count },
    createdAt: r.created_at,
  };
}

type ChildTable = 'tables' | 'cells' | 'facts' | 'forms' | 'indicators' | 'units' | 'findings';
// PostgreSQL takes at most 65535 parameters a statement: insert in chunks.
async function insertChunks<T extends ChildTable>(tx: Transaction<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insertInto(table).values(rows.slice(i, i + CHUNK)).execute();
}
