import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type Finding, FindingSchema } from '../model/index.js';
import type { Database } from './schema.js';

/** A publication as recorded. */
export const PublicationSchema = z.object({
  id: z.number().int(),
  createdAt: z.date(),
  account: z.string(),
  sha256: z.string(),
  body: z.string(),
  year: z.number().int().nullable(),
  kind: z.string(),
  format: z.string(),
  size: z.number().int(),
  forced: z.boolean(),
  /** The error-level findings that stood when it was published (empty unless forced). */
  standing: z.array(FindingSchema),
});
/** A recorded publication. */
export type Publication = z.infer<typeof PublicationSchema>;

/** What to record of one publication. */
export type NewPublication = Omit<Publication, 'id' | 'createdAt'>;

/** Record a publication; its id. */
export async function recordPublication(db: Kysely<Database>, p: NewPublication): Promise<number> {
  const standing: Finding[] = p.standing;
  const r = await db
    .insertInto('publications')
    .values({ account: p.account, sha256: p.sha256, body: p.body, year: p.year, kind: p.kind, format: p.format, size: p.size, forced: p.forced, standing: JSON.stringify(standing) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Publications, newest first, validated as they are read back. */
export async function listPublications(db: Kysely<Database>, page: { limit: number; offset: number }): Promise<{ rows: Publication[]; total: number }> {
  const { total } = await db.selectFrom('publications').select((e) => e.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('publications').selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  return {
    total: Number(total),
    rows: rows.map((r) =>
      PublicationSchema.parse({ id: r.id, createdAt: r.created_at, account: r.account, sha256: r.sha256, body: r.body, year: r.year, kind: r.kind, format: r.format, size: r.size, forced: r.forced, standing: typeof r.standing === 'string' ? JSON.parse(r.standing) : r.standing }),
    ),
  };
}
