import { z } from 'zod';
import { type Api, ErrorSchema, Page, Year, queryOf } from '../api.js';

const Decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal amount in 元 such as 100000 or 2.5');
const SearchQuery = Page.extend({
  q: z.string().trim().min(1).max(200).describe('substring to find (Chinese or not)'),
  year: Year.optional().describe('only documents of this year'),
  minAmount: Decimal.optional().describe('hits carrying an amount of at least this many 元'),
  maxAmount: Decimal.optional().describe('hits carrying an amount of at most this many 元'),
});
const HitSchema = z.object({
  source: z.enum(['form', 'project-row', 'indicator', 'fact']),
  documentId: z.number().int(),
  body: z.string(),
  year: z.number().int().nullable(),
  text: z.string(),
  amountYuan: z.string().nullable().describe('exact decimal in 元'),
  line: z.number().int(),
});

/** Substring search over project forms, project rows, indicators and narrative facts. */
export function searchRoutes(api: Api): void {
  api.route(
    {
      method: 'get',
      path: '/api/search',
      tag: 'search',
      summary: 'Search project forms, project rows, indicators and narrative facts by substring',
      description: 'Amount filters compare in 元 whatever unit the document printed, and apply to hits that carry an amount.',
      query: SearchQuery,
      responses: { 200: { description: 'hits by document then line, and the total', schema: z.object({ items: z.array(HitSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) }, 400: { description: 'bad query', schema: ErrorSchema } },
    },
    async (c) => {
      const q = queryOf(c, SearchQuery);
      const { rows, total } = await api.deps.store.search(q);
      return c.json({ items: rows, total, limit: q.limit, offset: q.offset });
    },
  );
}
