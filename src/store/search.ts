import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from './schema.js';

/** A search: a substring `q` (Chinese or not), optional document year and amount range in 元 (exact decimals). */
export interface SearchQuery {
  q: string;
  year?: number;
  minAmount?: string;
  maxAmount?: string;
  limit?: number;
  offset?: number;
}

/** One hit: where (document, line), what (a project form, a project row, an indicator, a narrative fact). */
export interface SearchHit {
  source: 'form' | 'project-row' | 'indicator' | 'fact';
  documentId: number;
  body: string;
  year: number | null;
  text: string;
  /** The amount in 元 as an exact decimal (forms: 年度资金总额; rows: the row's largest figure, its total; facts: the amount). */
  amountYuan: string | null;
  line: number;
}

const HitSchema = z.object({
  source: z.enum(['form', 'project-row', 'indicator', 'fact']),
  document_id: z.number().int(),
  body: z.string(),
  year: z.number().int().nullable(),
  text: z.string(),
  amount_yuan: z.string().nullable(),
  line: z.number().int(),
  total: z.number().int(),
});

const DECIMAL = /^-?\d+(\.\d+)?$/;
const yuan = (value: string, unit: string) => sql`(${sql.ref(value)} * case ${sql.ref(unit)} when '万元' then 10000 when '亿元' then 100000000 else 1 end)`;

/**
 * Substring search with ILIKE (served by the pg_trgm GIN indexes); the amount filters apply to hits that carry an
 * amount, in 元 whatever unit the document printed. Ordered by document, then line.
 */
export async function searchStore(db: Kysely<Database>, q: SearchQuery): Promise<{ rows: SearchHit[]; total: number }> {
  for (const a of [q.minAmount, q.maxAmount]) if (a !== undefined && !DECIMAL.test(a)) throw new Error(`amount ${a} is not a decimal number`);
  const pattern = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
  const hits = sql`
    select 'form' as source, document_id, project_name as text, ${yuan('year_total', 'unit')} as amount, line from forms where project_name ilike ${pattern}
    union all
    select 'project-row', c.document_id, c.row_name, max(${yuan('c.value', 'c.unit')}), min(c.line) from cells c
      where c.row_role = 'project' and c.row_name ilike ${pattern} group by c.document_id, c.table_index, c.row_index, c.row_name
    union all
    select 'indicator', document_id, name || '：' || value, null, line from indicators where name ilike ${pattern} or value ilike ${pattern}
    union all
    select 'fact', document_id, text, ${yuan('amount', 'unit')}, line from facts where text ilike ${pattern}`;
  const conds = [sql`true`];
  if (q.year !== undefined) conds.push(sql`d.year = ${q.year}`);
  if (q.minAmount !== undefined) conds.push(sql`h.amount >= ${q.minAmount}::numeric`);
  if (q.maxAmount !== undefined) conds.push(sql`h.amount <= ${q.maxAmount}::numeric`);
  const { rows } = await sql`
    select h.source, h.document_id, d.body, d.year, h.text, h.amount::text as amount_yuan, h.line, (count(*) over ())::int as total
    from (${hits}) h join documents d on d.id = h.document_id
    where ${sql.join(conds, sql` and `)}
    order by h.document_id, h.line, h.source
    limit ${q.limit ?? 50} offset ${q.offset ?? 0}`.execute(db);
  const parsed = rows.map((r) => HitSchema.parse(r));
  const total = parsed[0]?.total ?? (q.offset ? await countOnly(db, q) : 0);
  return {
    total,
    rows: parsed.map((r) => ({ source: r.source, documentId: r.document_id, body: r.body, year: r.year, text: r.text, amountYuan: r.amount_yuan === null ? null : trimZeros(r.amount_yuan), line: r.line })),
  };
}

// A page past the end still reports how many hits there are.
async function countOnly(db: Kysely<Database>, q: SearchQuery): Promise<number> {
  const r = await searchStore(db, { ...q, limit: 1, offset: 0 });
  return r.total;
}

// 30.00 万元 × 10000 = 300000.00: drop the zeros the unit scaling leaves behind (the value stays exact).
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
