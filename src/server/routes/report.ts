import { RULES } from '../../check/index.js';
import { reportHtml } from '../../render/report-html.js';
import { type Api, IdParams, noDocument, paramsOf } from '../api.js';
import { RESPONSES_404 } from './documents.js';

/** The standalone HTML report of one stored document. */
export function reportRoutes(api: Api): void {
  const { store } = api.deps;
  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}/report.html',
      tag: 'documents',
      summary: 'The standalone HTML report of a document with its stored findings',
      description: 'The same report as `gongkai check --html`: findings by category linked to their cells, every table, the narrative and the forms with the cells concerned marked. Inline CSS, no scripts.',
      params: IdParams,
      responses: { 200: { description: 'the report', contentType: 'text/html' }, ...RESPONSES_404 },
    },
    async (c) => {
      const { id } = paramsOf(c, IdParams);
      const d = await store.getDocument(id);
      if (!d) throw noDocument(id);
      const html = reportHtml([{ file: d.fileName, doc: d.model, findings: d.findings, counts: d.counts }], api.deps.rules ?? RULES);
      return c.body(html, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    },
  );
}
