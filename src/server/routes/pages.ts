import { z } from 'zod';
import { type Api, ApiError, ErrorSchema, IdParams, noDocument, paramsOf } from '../api.js';
import { Lru } from '../../store/lru.js';
import { PageImageError, pdfPagePng } from '../page-image.js';

const PageParams = IdParams.extend({ page: z.coerce.number().int().min(1).max(10000).describe('1-based page number') });

/** Pages of a paginated original drawn as images, so a finding's box can be shown on the page it came from. */
export function pageRoutes(api: Api): void {
  const { store } = api.deps;
  // Drawing a page costs tens of milliseconds: recent ones are kept (a few hundred kB each).
  const cache = new Lru<string, Uint8Array>(64);
  api.route(
    {
      method: 'get',
      path: '/api/documents/{id}/pages/{page}',
      tag: 'documents',
      summary: 'One page of a PDF original as a PNG image (positions with `page` and `box` point into it)',
      description: 'The image is drawn at 110 dpi; a box in PDF points maps to pixels by × 110/72.',
      params: PageParams,
      responses: {
        200: { description: 'the page', contentType: 'image/png' },
        400: { description: 'bad id or page', schema: ErrorSchema },
        404: { description: 'no such document or page, or the original is not a PDF', schema: ErrorSchema },
      },
    },
    async (c) => {
      const { id, page } = paramsOf(c, PageParams);
      const o = await store.getOriginal(id);
      if (!o) throw noDocument(id);
      const etag = `"${o.sha256.slice(0, 32)}-${page}"`;
      const headers = { 'content-type': 'image/png', etag, 'cache-control': 'public, max-age=86400' };
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
      const isPdf = o.bytes[0] === 0x25 && o.bytes[1] === 0x50 && o.bytes[2] === 0x44 && o.bytes[3] === 0x46;
      if (!isPdf) throw new ApiError(404, 'not_found', `document ${id} was not read from a PDF: it has no pages to draw`);
      let png = cache.get(etag);
      if (!png) {
        try {
          png = await pdfPagePng(o.bytes, page);
        } catch (e) {
          if (e instanceof PageImageError && e.code === 'no-page') throw new ApiError(404, 'not_found', `document ${id}: ${e.message}`);
          throw e;
        }
        cache.set(etag, png);
      }
      return c.body(png.slice().buffer, 200, headers);
    },
  );
}
