import { z } from 'zod';
import { type Api, ApiError, ErrorSchema, queryOf } from '../api.js';
import { chartSvg } from '../../render/charts/svg.js';
import { type Comparison, compareChart, compareFigures } from '../compare.js';
import { CountsSchema } from '../schemas.js';
import { svgAnswer } from './charts.js';

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
  spendingTotal: FigureSchema,
  structure: z.object({
    basicSharePercent: z.string().nullable(),
    projectSharePercent: z.string().nullable(),
    classes: z.array(z.object({ code: z.string().nullable(), name: z.string(), value: z.string(), unit: z.string(), sharePercent: z.string().nullable() })),
    classTable: z.string().nullable(),
    personnelPrinted: z.boolean(),
  }),
  projects: z.number().int().nullable(),
  forms: z.number().int(),
  findings: CountsSchema,
});

/** Key figures of several documents side by side. */
export function compareRoutes(api: Api): void {
  const figures = async (ids: number[]): Promise<Comparison[]> => {
    const items: Comparison[] = [];
    for (const id of ids) {
      const d = await api.deps.store.getDocument(id);
      if (!d) throw new ApiError(404, 'not_found', `no document ${id}`);
      items.push(compareFigures(id, d.model, d.counts));
    }
    return items;
  };
  api.route(
    {
      method: 'get',
      path: '/api/compare',
      tag: 'compare',
      summary: 'Key figures of documents side by side',
      description:
        '收入总计/支出总计, 支出合计 with the shares of 基本/项目支出 and of each 类 (structure), 人员经费 share of basic expenditure, 三公 items, project and form counts and finding counts, read from the stored models as exact decimals (with the value in 元 and the line). A figure the document does not print is null, never zero.',
      query: CompareQuery,
      responses: { 200: { description: 'one entry per id, in the order asked', schema: z.object({ items: z.array(ComparisonSchema) }) }, 400: { description: 'bad ids', schema: ErrorSchema }, 404: { description: 'an unknown id', schema: ErrorSchema } },
    },
    async (c) => c.json({ items: await figures(queryOf(c, CompareQuery).ids) }),
  );
  api.route(
    {
      method: 'get',
      path: '/api/compare/chart.svg',
      tag: 'charts',
      summary: 'Documents side by side as grouped bars (SVG)',
      description: '支出合计, 基本支出, 项目支出, 人员经费 and 公用经费 of each document in 万元, one series a document.',
      query: CompareQuery,
      responses: { 200: { description: 'the chart', contentType: 'image/svg+xml' }, 400: { description: 'bad ids', schema: ErrorSchema }, 404: { description: 'an unknown id, or no document prints the figures', schema: ErrorSchema } },
    },
    async (c) => {
      const spec = compareChart(await figures(queryOf(c, CompareQuery).ids));
      if (!spec) throw new ApiError(404, 'not_found', 'none of these documents prints 支出合计, 基本/项目支出 or 人员/公用经费');
      return svgAnswer(c, () => chartSvg(spec));
    },
  );
}
