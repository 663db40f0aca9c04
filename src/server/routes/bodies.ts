import { z } from 'zod';
import { type Api, ApiError, ErrorSchema, paramsOf } from '../api.js';

const BodySchema = z.object({
  body: z.string(),
  years: z.array(z.object({ year: z.number().int().nullable(), documents: z.array(z.object({ id: z.number().int(), kind: z.string(), title: z.string().nullable(), fileName: z.string() })) })),
});
const NameParams = z.object({ name: z.string().min(1).describe('issuing body, exactly (URL-encoded)') });

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
}
