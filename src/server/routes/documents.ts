import { z } from 'zod';
import { type Api, ApiError, ErrorSchema, IdParams, Page, Year, noDocument, paramsOf, queryOf } from '../api.js';
import { DocumentDetailSchema, DocumentListSchema, UploadResultSchema } from '../schemas.js';

const ListQuery = Page.extend({
  body: z.string().min(1).optional().describe('issuing body, exactly (e.g. 阳泉市应急管理局)'),
  year: Year.optional().describe('year of the document'),
  kind: z.enum(['budget', 'final-accounts', 'performance-targets']).optional().describe('document kind'),
  status: z.enum(['errors', 'warnings', 'clean']).optional().describe('errors: at least one error; warnings: warnings but no error; clean: neither'),
});
const UploadBody = z.object({ files: z.array(z.string().meta({ format: 'binary' })).describe('one or more disclosure files (.txt, .md)') });

/** 400 and 404 of a route with a document id. */
export const RESPONSES_404 = { 400: { description: 'bad id', schema: ErrorSchema }, 404: { description: 'no such document', schema: ErrorSchema } };
/** 401 of a write. */
export const WRITE_ERRORS = { 401: { description: 'no token, or an unknown or expired one', schema: ErrorSchema } };

/** Content type of an original by its file name. */
export function contentTypeOf(name: string): string {
  const ext = name.toLowerCase().split('.').at(-1);
  if (ext === 'txt') return 'text/plain; charset=utf-8';
  if (ext === 'md') return 'text/markdown; charset=utf-8';
  if (ext === 'pdf') return 'application/pdf';
  return 'application/octet-stream';
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987): Chinese file names survive. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Document routes: list, upload, one document, delete, original. */
export function documentRoutes(api: Api): void {
  const { store } = api.deps;
  api.route(
    {
      method: 'get',
      path: '/api/documents',
      tag: 'documents',
      summary: 'List stored documents, newest first',
      description: 'Filters combine with AND. The store records no region, so there is no region filter.',
      query: ListQuery,
      responses: { 200: { description: 'a page of documents and the total before paging', schema: DocumentListSchema }, 400: { description: 'bad filter or page', schema: ErrorSchema } },
    },
    async (c) => {
      const q = queryOf(c, ListQuery);
      const { rows, total } = await store.listDocuments(q);
      return c.json({ items: rows, total, limit: q.limit, offset: q.offset });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/documents',
      tag: 'documents',
      auth: true,
      summary: 'Upload, read, check and store one or more files',
      description:
        'multipart/form-data with one or more `files` fields. Each file is answered on its own: imported, duplicate (same SHA-256 already stored), unreadable (the reader says why) or failed. HTTP 200 when at least one file was imported or already stored; 422 when none was. A file over the size limit makes the whole request 413 and nothing is stored.',
      body: { contentType: 'multipart/form-data', schema: UploadBody },
      responses: {
        200: { description: 'one result per file', schema: z.object({ results: z.array(UploadResultSchema) }) },
        400: { description: 'no files in the request', schema: ErrorSchema },
        ...WRITE_ERRORS,
        413: { description: 'a file (or the request) is over the limit', schema: ErrorSchema },
        422: { description: 'no file could be stored; the results say why', schema: z.object({ results: z.array(UploadResultSchema) }) },
      },
    },
    async (c) => {
      const form = await c.req.parseBody({ all: true }).catch(() => {
        throw new ApiError(400, 'bad_request', 'the body must be multipart/form-data with one or more `files` fields');
      });
      const raw = form['files'];
      const files = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((f): f is File => typeof f !== 'string');
      if (files.length === 0) throw new ApiError(400, 'bad_request', 'files: no file uploaded (multipart field `files`)');
      const big = files.find((f) => f.size > api.deps.limits.fileBytes);
      if (big) throw new ApiError(413, 'payload_too_large', `${big.name}: ${big.size} bytes, over the limit of ${api.deps.limits.fileBytes} bytes a file`);
      const results: z.infer<typeof UploadResultSchema>[] = [];
      for (const f of files) {
        const r = await store.importFile(f.name, new Uint8Array(await f.arrayBuffer()), api.deps.rules ? { rules: api.deps.rules } : {});
        results.push({ name: f.name, status: r.status, ...(r.documentId !== undefined ? { documentId: r.documentId } : {}), ...(r.counts ? { counts: r.counts } : {}), ...(r.message !== undefined ? { message: r.message } : {}) });
      }
      const stored = results.some((r) => r.status === 'imported' || r.status === 'duplicate');
      return c.json({ results }, stored ? 200 : 422);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}',
      tag: 'documents',
      summary: 'One document: summary, finding counts, original file and the model',
      params: IdParams,
      responses: { 200: { description: 'the document', schema: DocumentDetailSchema }, ...RESPONSES_404 },
    },
    async (c) => {
      const { id } = paramsOf(c, IdParams);
      // The findings have their own route: not loading them here saves a query and their validation.
      const d = await store.getDocumentModel(id);
      if (!d) throw noDocument(id);
      return c.json(d);
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/documents/{id}',
      tag: 'documents',
      auth: true,
      summary: 'Delete a document with its rows, findings and original (the import history stays)',
      params: IdParams,
      responses: { 200: { description: 'deleted', schema: z.object({ deleted: z.number().int() }) }, ...RESPONSES_404, ...WRITE_ERRORS },
    },
    async (c) => {
      const { id } = paramsOf(c, IdParams);
      if (!(await store.deleteDocument(id))) throw noDocument(id);
      return c.json({ deleted: id });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}/original',
      tag: 'documents',
      summary: 'The original file, byte for byte',
      params: IdParams,
      responses: { 200: { description: 'the file as uploaded (content type by its name)', contentType: 'application/octet-stream' }, ...RESPONSES_404 },
    },
    async (c) => {
      const { id } = paramsOf(c, IdParams);
      const o = await store.getOriginal(id);
      if (!o) throw noDocument(id);
      return c.body(o.bytes.slice().buffer, 200, { 'content-type': contentTypeOf(o.name), 'content-disposition': attachment(o.name), etag: `"${o.sha256}"` });
    },
  );

}
