import { createHash } from 'node:crypto';
import { z } from 'zod';
import { checkDocument } from '../../check/index.js';
import { DocumentSchema, FindingSchema } from '../../model/index.js';
import { PublicationSchema, listPublications, recordPublication } from '../../store/index.js';
import { type Api, ApiError, ErrorSchema, PUBLISH_FORMATS, Page, Timestamp, parse, queryOf } from '../api.js';
import { WRITE_ERRORS, attachment } from './documents.js';

const PublishBody = z.object({
  model: DocumentSchema.describe('the disclosure to publish, in the model schema (as the editor holds it)'),
  format: z.enum(PUBLISH_FORMATS).describe('output format'),
  force: z.boolean().default(false).describe('publish although error-level findings stand; recorded with them'),
});
const Refused = ErrorSchema.extend({ findings: z.array(FindingSchema) });
const PublicationJson = PublicationSchema.extend({ createdAt: Timestamp });

/** Publishing: check, refuse while errors stand (unless forced), render, and record who published what. */
export function publishRoutes(api: Api): void {
  const { store } = api.deps;
  api.route(
    {
      method: 'post',
      path: '/api/publish',
      tag: 'publish',
      auth: true,
      summary: 'Check and render a disclosure for publication; refused while error-level findings stand unless forced',
      description:
        'The checks run on the server (the catalogue with the server settings). With errors and no `force` the answer is 409 with the errors. A published file is recorded (account, SHA-256 of the model, format, forced, the errors that stood); the response carries `x-gongkai-publication: <id>`.',
      body: { contentType: 'application/json', schema: PublishBody },
      responses: {
        200: { description: 'the rendered disclosure', contentType: 'application/octet-stream' },
        400: { description: 'not a model, or a bad format', schema: ErrorSchema },
        ...WRITE_ERRORS,
        409: { description: 'error-level findings stand and `force` was not set', schema: Refused },
        501: { description: 'this server has no publishing renderer', schema: ErrorSchema },
      },
    },
    async (c) => {
      const raw: unknown = await c.req.json().catch(() => {
        throw new ApiError(400, 'bad_request', 'the body must be JSON: {model, format, force?}');
      });
      const body = parse(PublishBody, raw, 'body');
      const errors = checkDocument(body.model, api.deps.rules).filter((f) => f.severity === 'error');
      if (errors.length > 0 && !body.force)
        return c.json({ error: { code: 'has_errors', message: `${errors.length} error-level finding(s) stand: fix them, or publish with force (recorded)` }, findings: errors }, 409);
      const publisher = api.deps.publisher;
      if (!publisher) throw new ApiError(501, 'not_implemented', 'this server cannot render publications');
      const out = await publisher(body.model, body.format);
      const account = c.get('account');
      const id = await recordPublication(store.db, {
        account: account.name,
        sha256: createHash('sha256').update(JSON.stringify(body.model)).digest('hex'),
        body: body.model.body.name,
        year: body.model.year ?? null,
        kind: body.model.kind,
        format: body.format,
        size: out.bytes.length,
        forced: errors.length > 0,
        standing: errors,
      });
      const name = `${body.model.body.name}${body.model.year ?? ''}${body.model.kind === 'final-accounts' ? '决算' : '预算'}.${out.extension}`;
      return c.body(out.bytes.slice().buffer, 200, { 'content-type': out.contentType, 'content-disposition': attachment(name), 'x-gongkai-publication': String(id) });
    },
  );
  api.route(
    {
      method: 'get',
      path: '/api/publications',
      tag: 'publish',
      summary: 'Publications, newest first: who, when, what, and the errors that stood when forced',
      query: Page,
      responses: { 200: { description: 'a page of publications', schema: z.object({ items: z.array(PublicationJson), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) }, 400: { description: 'bad page', schema: ErrorSchema } },
    },
    async (c) => {
      const q = queryOf(c, Page);
      const { rows, total } = await listPublications(store.db, q);
      return c.json({ items: rows, total, limit: q.limit, offset: q.offset });
    },
  );
}
