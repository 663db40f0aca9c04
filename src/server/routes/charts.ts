import type { Context } from 'hono';
import { z } from 'zod';
import { DOCUMENT_CHART_IDS, documentCharts } from '../../render/charts/data.js';
import { chartSvg } from '../../render/charts/svg.js';
import { type Api, ApiError, type Env, ErrorSchema, IdParams, noDocument, paramsOf } from '../api.js';
import { RESPONSES_404 } from './documents.js';
import { reportRoutes } from './report.js';

/** A chart as data (src/render/charts/data.ts): values are exact decimal strings in `unit`. */
export const ChartSpecSchema = z.object({
  id: z.string(),
  title: z.string(),
  unit: z.string(),
  kind: z.enum(['pie', 'bar', 'treemap', 'line']),
  shares: z.boolean().optional(),
  series: z.array(z.object({ name: z.string(), items: z.array(z.object({ label: z.string(), value: z.string(), code: z.string().optional() })) })),
  source: z.object({ table: z.string(), line: z.number().int() }).optional(),
});

// Bumped when the drawing changes, so that cached SVGs of an unchanged document are drawn again.
const DRAWING_VERSION = 1;

/** An SVG answer with its ETag (304 when the client has it) and caching for an hour. */
export function svgAnswer(c: Context<Env>, svg: () => string, etag?: string): Response {
  const headers: Record<string, string> = { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': etag ? 'public, max-age=3600' : 'no-cache' };
  if (etag) {
    headers['etag'] = `"${etag}-v${DRAWING_VERSION}"`;
    const seen = c.req.header('if-none-match');
    if (seen && seen.split(',').map((s) => s.trim().replace(/^W\//, '')).includes(headers['etag'])) return c.body(null, 304, headers);
  }
  return c.body(svg(), 200, headers);
}

const ChartParams = IdParams.extend({ chart: z.enum(DOCUMENT_CHART_IDS).describe(`chart id: ${DOCUMENT_CHART_IDS.join(', ')}`) });

/** The charts of a document (their data, and each drawn as SVG) and its HTML report: the views made from a stored model. */
export function chartRoutes(api: Api): void {
  const { store } = api.deps;
  reportRoutes(api);
  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}/charts',
      tag: 'charts',
      summary: 'The charts of a document as data',
      description: `Expenditure by function 类, 基本/项目支出, 三公 by item and income by source, each only when the document prints its table (never a chart of zeros). Ids: ${DOCUMENT_CHART_IDS.join(', ')}.`,
      params: IdParams,
      responses: { 200: { description: 'the charts the document has', schema: z.object({ items: z.array(ChartSpecSchema) }) }, ...RESPONSES_404 },
    },
    async (c) => {
      const { id } = paramsOf(c, IdParams);
      const d = await store.getDocumentModel(id);
      if (!d) throw noDocument(id);
      return c.json({ items: documentCharts(d.model) });
    },
  );
  // Hono reads `:chart.svg` as one parameter named “chart.svg” holding the whole file name; the spec names it {chart}.
  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}/charts/{chart}.svg',
      tag: 'charts',
      summary: 'One chart of a document drawn as SVG',
      description: 'An SVG image (echarts, server-side) with the exact values and shares as labels. ETag from the document SHA-256 and the chart id; cacheable for an hour.',
      params: ChartParams,
      responses: {
        200: { description: 'the chart', contentType: 'image/svg+xml' },
        304: { description: 'not modified (If-None-Match)', contentType: 'image/svg+xml' },
        400: { description: 'bad id', schema: ErrorSchema },
        404: { description: 'no such document or chart, or the document lacks the table of this chart', schema: ErrorSchema },
      },
    },
    async (c) => {
      const raw = c.req.param('chart.svg') ?? '';
      const m = /^(.+)\.svg$/.exec(raw);
      if (!m) throw new ApiError(404, 'not_found', `no route GET ${new URL(c.req.url).pathname}`);
      const { id, chart } = parseChart(c.req.param('id'), m[1]);
      const d = await store.getDocumentModel(id);
      if (!d) throw noDocument(id);
      const spec = documentCharts(d.model).find((s) => s.id === chart);
      if (!spec) throw new ApiError(404, 'not_found', `document ${id} has no chart ${chart} (its table is missing or prints nothing)`);
      return svgAnswer(c, () => chartSvg(spec), `${d.sha256}-${chart}`);
    },
  );
}

function parseChart(id: string | undefined, chart: string | undefined): z.output<typeof ChartParams> {
  const r = ChartParams.safeParse({ id, chart });
  if (r.success) return r.data;
  const bad = r.error.issues[0];
  if (bad?.path[0] === 'chart') throw new ApiError(404, 'not_found', `no chart ${chart ?? ''}: charts are ${DOCUMENT_CHART_IDS.join(', ')}`);
  throw new ApiError(400, 'bad_request', `invalid path: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}
