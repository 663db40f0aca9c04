import { z } from 'zod';
import { type Api, ApiError, ErrorSchema, queryOf } from '../api.js';
import { compareFigures } from '../compare.js';
import { CountsSchema } from '../schemas.js';

const Ids = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'a comma-separated list of document ids such as 1,2,3')
  .transform((s) => [...new Set(s.split(',').map(Number))])
  .pipe(z.array(z.number().int().positive()).min(1).max(20));
const CompareQuery = z.object({ ids: Ids.describe('document ids, comma-separated (1–20)') });
const FigureSchema = z.object({ value: z.string(), unit: z.string(), yuan: z.string(), line: z.number().int() }).nullable();
const ComparisonSchema = z.object({
  id: z.number().int(),
  body: z.string(),
  year: z.number().int().nullable(),
  kind: z.string(),
  revenueTotal: FigureSchema,
  expenditureTotal: FigureSchema,
  basic: FigureSchema,
  project: FigureSchema,
  personnel: FigureSchema,
  publicFunds: FigureSchema,
  personnelSharePercent: z.string().nullable(),
  threePublic: z.object({ total: FigureSchema, abroad: FigureSchema, vehicles: FigureSchema, reception: FigureSchema }),
  projects: z.number().int().nullable(),
  forms: z.number().int(),
  findings: CountsSchema,
});

/** Key figures of several documents side by side. */
export function compareRoutes(api: Api): void {
  api.route(
    {
      method: 'get',
      path: '/api/compare',
      tag: 'compare',
      summary: 'Key figures of documents side by side',
      description:
        '收入总计/支出总计, 基本/项目支出, 人员经费 share of basic expenditure, 三公 items, project and form counts and finding counts, read from the stored models as exact decimals (with the value in 元 and the line). A figure the document does not print is null, never zero.',
      query: CompareQuery,
      responses: { 200: { description: 'one entry per id, in the order asked', schema: z.object({ items: z.array(ComparisonSchema) }) }, 400: { description: 'bad ids', schema: ErrorSchema }, 404: { description: 'an unknown id', schema: ErrorSchema } },
    },
    async (c) => {
      const { ids } = queryOf(c, CompareQuery);
      const items = [];
      for (const id of ids) {
        const d = await api.deps.store.getDocument(id);
        if (!d) throw new ApiError(404, 'not_found', `no document ${id}`);
        items.push(compareFigures(id, d.model, d.counts));
      }
      return c.json({ items });
    },
  );
}
