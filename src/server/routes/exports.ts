import { z } from 'zod';
import { type ExportItem, exportDocuments } from '../../render/export.js';
import type { Store } from '../../store/index.js';
import { type Api, ErrorSchema, Year, queryOf } from '../api.js';
import { attachment } from './documents.js';

const ExportQuery = z.object({
  format: z.enum(['json', 'csv', 'xlsx']).default('json').describe('json, csv or xlsx'),
  body: z.string().min(1).optional().describe('only documents of this issuing body'),
  year: Year.optional().describe('only documents of this year'),
});
const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Every stored document matching the filters, with its findings, in file-name order (as `gongkai export`). */
export async function exportItems(store: Store, q: { body?: string | undefined; year?: number | undefined }): Promise<ExportItem[]> {
  const out: ExportItem[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.listDocuments({ ...(q.body !== undefined ? { body: q.body } : {}), ...(q.year !== undefined ? { year: q.year } : {}), limit: 100, offset });
    for (const row of page.rows) {
      const d = await store.getDocument(row.id);
      if (d) out.push({ file: d.fileName, doc: d.model, findings: d.findings });
    }
    if (offset + 100 >= page.total) break;
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Export of stored documents and findings as JSON, CSV or an Excel workbook. */
export function exportRoutes(api: Api): void {
  api.route(
    {
      method: 'get',
      path: '/api/exports',
      tag: 'exports',
      summary: 'Export stored documents with their findings (a download)',
      query: ExportQuery,
      responses: {
        200: { description: 'the export file (application/json, text/csv or an xlsx workbook), named gongkai-export.<format>', contentType: 'application/octet-stream' },
        400: { description: 'bad format or filter', schema: ErrorSchema },
      },
    },
    async (c) => {
      const q = queryOf(c, ExportQuery);
      const bytes = await exportDocuments(await exportItems(api.deps.store, q), q.format);
      return c.body(bytes.slice().buffer, 200, { 'content-type': TYPES[q.format], 'content-disposition': attachment(`gongkai-export.${q.format}`) });
    },
  );
}
