import { z } from 'zod';
import { TableSchema } from '../../model/index.js';
import { type Api, ApiError, ErrorSchema, IdParams, noDocument, paramsOf } from '../api.js';

const TableParams = IdParams.extend({ index: z.coerce.number().int().min(0).describe('table index (0-based, document order)') });
const TableEntry = z.object({
  index: z.number().int(),
  kind: z.string(),
  title: z.string(),
  number: z.string().optional(),
  unit: z.string().optional(),
  rows: z.number().int(),
  noData: z.boolean(),
  line: z.number().int(),
});

/** Table routes: the tables of a document, one table whole (rows, cells, positions). */
export function tableRoutes(api: Api): void {
  const { store } = api.deps;
  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}/tables',
      tag: 'tables',
      summary: 'The tables of a document (index, kind, title, unit, row count)',
      params: IdParams,
      responses: { 200: { description: 'the tables', schema: z.object({ items: z.array(TableEntry) }) }, 400: { description: 'bad id', schema: ErrorSchema }, 404: { description: 'no such document', schema: ErrorSchema } },
    },
    async (c) => {
      const { id } = paramsOf(c, IdParams);
      const items = await store.tableList(id);
      if (!items) throw noDocument(id);
      return c.json({ items });
    },
  );
  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}/tables/{index}',
      tag: 'tables',
      summary: 'One table: columns, header, rows and cells with their positions',
      params: TableParams,
      responses: { 200: { description: 'the table as in the model', schema: TableSchema }, 400: { description: 'bad id or index', schema: ErrorSchema }, 404: { description: 'no such document or table', schema: ErrorSchema } },
    },
    async (c) => {
      const { id, index } = paramsOf(c, TableParams);
      const r = await store.table(id, index);
      if (!r) throw noDocument(id);
      if (!r.table) throw new ApiError(404, 'not_found', `document ${id} has ${r.tables} tables; no table ${index}`);
      return c.json(r.table);
    },
  );
}
