import { z } from 'zod';
import { chartSvg } from '../../render/charts/svg.js';
import { type Api, ApiError, ErrorSchema, paramsOf } from '../api.js';
import { type Trend, type TrendDocument, bodyTrend, trendChart } from '../trend.js';
import { svgAnswer } from './charts.js';

const BodySchema = z.object({
  body: z.string(),
  years: z.array(z.object({ year: z.number().int().nullable(), documents: z.array(z.object({ id: z.number().int(), kind: z.string(), title: z.string().nullable(), fileName: z.string() })) })),
});
const NameParams = z.object({ name: z.string().min(1).describe('issuing body, exactly (URL-encoded)') });

const PointSchema = z.object({ year: z.number().int(), documentId: z.number().int(), value: z.string().nullable(), change: z.string().nullable(), changePercent: z.string().nullable() });
const TrendSchema = z.object({
  body: z.string(),
  kinds: z.array(
    z.object({
      kind: z.string(),
      unit: z.literal('万元'),
      documents: z.array(z.object({ year: z.number().int(), id: z.number().int() })),
      rows: z.array(z.object({ key: z.string(), label: z.string(), group: z.enum(['总计', '基本/项目', '类', '三公']), points: z.array(PointSchema) })),
    }),
  ),
});

/** Issuing bodies with their documents by year. */
export function bodyRoutes(api: Api): void {
  const { store } = api.deps;
  api.route(
    {
      method: 'get',
      path: '/api/bodies',
      tag: 'bodies',
      summary: 'Issuing bodies with their documents by year (code-point order, years ascending, unknown year last)',
      responses: { 200: { description: 'the bodies', schema: z.object({ items: z.array(BodySchema) }) } },
    },
    async (c) => c.json({ items: await store.bodies() }),
  );
  api.route(
    {
      method: 'get',
      path: '/api/bodies/{name}',
      tag: 'bodies',
      summary: 'One issuing body with its documents by year',
      params: NameParams,
      responses: { 200: { description: 'the body', schema: BodySchema }, 404: { description: 'no document of this body', schema: ErrorSchema } },
    },
    async (c) => {
      const { name } = paramsOf(c, NameParams);
      const b = (await store.bodies()).find((x) => x.body === name);
      if (!b) throw new ApiError(404, 'not_found', `no document of ${name}`);
      return c.json(b);
    },
  );

  // Every stored document of the body with a year, read back for its figures.
  const trendOf = async (name: string): Promise<Trend> => {
    const b = (await store.bodies()).find((x) => x.body === name);
    if (!b) throw new ApiError(404, 'not_found', `no document of ${name}`);
    const docs: TrendDocument[] = [];
    for (const y of b.years) {
      if (y.year === null) continue;
      for (const d of y.documents) {
        const m = await store.getDocumentModel(d.id);
        if (m) docs.push({ id: d.id, year: y.year, kind: d.kind, model: m.model });
      }
    }
    return bodyTrend(name, docs);
  };
  api.route(
    {
      method: 'get',
      path: '/api/bodies/{name}/trend',
      tag: 'bodies',
      summary: "A body's figures year by year with the change from the year before",
      description:
        'Per kind of document (budget, final accounts; one document a year, the first stored when a year has several): 收入总计, 支出总计, 基本/项目支出, each 类 of 一般公共预算 expenditure (0 when that year\'s table does not list it), 三公 合计 and items, in 万元 as exact decimals; change and changePercent compare with the previous year of the same kind (null when either figure is missing, percent null when the previous one is zero).',
      params: NameParams,
      responses: { 200: { description: 'the trend', schema: TrendSchema }, 404: { description: 'no document of this body', schema: ErrorSchema } },
    },
    async (c) => c.json(await trendOf(paramsOf(c, NameParams).name)),
  );
  api.route(
    {
      method: 'get',
      path: '/api/bodies/{name}/charts/trend.svg',
      tag: 'charts',
      summary: "A body's 支出总计, 基本 and 项目支出 over the years as an SVG line chart",
      params: NameParams,
      responses: { 200: { description: 'the chart', contentType: 'image/svg+xml' }, 404: { description: 'no document of this body, or none prints the figures', schema: ErrorSchema } },
    },
    async (c) => {
      const { name } = paramsOf(c, NameParams);
      const spec = trendChart(await trendOf(name));
      if (!spec) throw new ApiError(404, 'not_found', `no document of ${name} prints 支出总计, 基本支出 or 项目支出`);
      return svgAnswer(c, () => chartSvg(spec));
    },
  );
}
