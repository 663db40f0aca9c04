import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { z } from 'zod';
import { type Api, ApiError, type Env, ErrorSchema, IdParams, Page, Year, noDocument, paramsOf, queryOf } from '../api.js';
import { DocumentDetailSchema, DocumentListSchema, UploadResultSchema } from '../schemas.js';

const ListQuery = Page.extend({
  body: z.string().min(1).optional().describe('issuing body, exactly (e.g. 阳泉市应急管理局)'),
  region: z.string().min(1).max(50).optional().describe('region of the body, by prefix (山西省, 阳泉市, 上海市普陀区; 上海 matches every 上海市 district)'),
  year: Year.optional().describe('year of the document'),
  kind: z.enum(['budget', 'final-accounts', 'performance-targets']).optional().describe('document kind'),
  status: z.enum(['errors', 'warnings', 'clean']).optional().describe('errors: at least one error; warnings: warnings but no error; clean: neither'),
});
const UploadBody = z.object({ files: z.array(z.string().meta({ format: 'binary' })).describe('one or more disclosure files: PDF, HTML, XLSX, DOCX, text (.txt, .md) or model JSON') });

/** 400 and 404 of a route with a document id. */
export const RESPONSES_404 = { 400: { description: 'bad id', schema: ErrorSchema }, 404: { description: 'no such document', schema: ErrorSchema } };
/** 401 of a write. */
export const WRITE_ERRORS = { 401: { description: 'no token, or an unknown or expired one', schema: ErrorSchema } };
/** 403 of a write only administrators may make. */
export const ADMIN_ERRORS = { 403: { description: 'the account is an editor; this needs an administrator', schema: ErrorSchema } };

/** Answer stored gzipped JSON: 304 for a matching ETag, the gzip as it is when accepted, else inflated. */
export function sendJsonGz(c: Context<Env>, page: { gz: Uint8Array; etag: string }): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', etag: page.etag, vary: 'accept-encoding', 'cache-control': 'no-cache' };
  if (c.req.header('if-none-match') === page.etag) return c.body(null, 304, headers);
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(page.gz.slice().buffer, 200, { ...headers, 'content-encoding': 'gzip' });
  return c.body(new Uint8Array(gunzipSync(page.gz)).buffer, 200, headers);
}

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
      description: 'Filters combine with AND. The region of a document is the administrative prefix of its body name (山西省应急管理厅 → 山西省).',
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
      description: 'Gzipped when the client accepts it; an ETag answers a repeated request with 304 until the document is rechecked.',
      params: IdParams,
      responses: { 200: { description: 'the document', schema: DocumentDetailSchema }, 304: { description: 'not modified (If-None-Match)' }, ...RESPONSES_404 },
    },
    async (c) => {
      const { id } = paramsOf(c, IdParams);
      // The page is stored serialised and gzipped at import: sending it costs one row read, not a model round trip.
      const page = await store.documentPage(id);
      if (!page) throw noDocument(id);
      return sendJsonGz(c, page);
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/documents/{id}',
      tag: 'documents',
      auth: 'admin',
      summary: 'Delete a document with its rows, findings and original (the import history stays)',
      params: IdParams,
      responses: { 200: { description: 'deleted', schema: z.object({ deleted: z.number().int() }) }, ...RESPONSES_404, ...WRITE_ERRORS, ...ADMIN_ERRORS },
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
