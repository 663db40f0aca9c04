import { z } from 'zod';
import { SeveritySchema } from '../../model/index.js';
import { type Api, IdParams, noDocument, paramsOf, queryOf } from '../api.js';
import { CountsSchema, FindingListSchema } from '../schemas.js';
import { ADMIN_ERRORS, RESPONSES_404, WRITE_ERRORS, sendJsonGz } from './documents.js';

const FindingQuery = z.object({
  severity: SeveritySchema.optional().describe('only findings of this severity'),
  rule: z.string().min(1).optional().describe('only findings of this rule id'),
});

/** Findings of a document, and re-running the checks over the store. */
export function findingRoutes(api: Api): void {
  const { store } = api.deps;
  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}/findings',
      tag: 'findings',
      summary: 'The findings of a document, in check order',
      params: IdParams,
      query: FindingQuery,
      responses: { 200: { description: 'findings as data (wording is up to the client)', schema: FindingListSchema }, ...RESPONSES_404 },
    },
    async (c) => {
      const { id } = paramsOf(c, IdParams);
      const q = queryOf(c, FindingQuery);
      if (q.severity === undefined && q.rule === undefined) {
        // The whole list is stored serialised at import and recheck, like the document page.
        const page = await store.findingsPage(id);
        if (!page) throw noDocument(id);
        return sendJsonGz(c, page);
      }
      if (!(await store.hasDocument(id))) throw noDocument(id);
      const items = (await store.findings(store.db, id)).filter((f) => (q.severity === undefined || f.severity === q.severity) && (q.rule === undefined || f.rule === q.rule));
      return c.json({ items, total: items.length });
    },
  );
  api.route(
    {
      method: 'post',
      path: '/api/recheck',
      tag: 'findings',
      auth: 'admin',
      summary: 'Re-run the checks over every stored document from its stored model',
      responses: { 200: { description: 'documents rechecked and the new finding totals', schema: CountsSchema.extend({ documents: z.number().int() }) }, ...WRITE_ERRORS, ...ADMIN_ERRORS },
    },
    async (c) => c.json(await store.recheck(api.deps.rules)),
  );
}
