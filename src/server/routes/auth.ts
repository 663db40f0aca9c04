import { z } from 'zod';
import { type Api, ApiError, ErrorSchema, Timestamp, parse } from '../api.js';

const Login = z.object({ name: z.string().min(1).max(200), password: z.string().min(1).max(1000) });

/** `POST /api/login`: a bearer token for the writes. */
export function authRoutes(api: Api): void {
  api.route(
    {
      method: 'post',
      path: '/api/login',
      tag: 'auth',
      summary: 'Log in: a bearer token for uploads, deletes and rechecks',
      description: 'Accounts are made on the command line (`gongkai user add NAME`); there is no default account.',
      body: { contentType: 'application/json', schema: Login },
      responses: {
        200: { description: 'the token and when it expires', schema: z.object({ token: z.string(), expiresAt: Timestamp }) },
        400: { description: 'body is not {name, password}', schema: ErrorSchema },
        401: { description: 'wrong name or password', schema: ErrorSchema },
      },
    },
    async (c) => {
      const body: unknown = await c.req.json().catch(() => {
        throw new ApiError(400, 'bad_request', 'the body must be JSON {name, password}');
      });
      const { name, password } = parse(Login, body, 'body');
      const t = await api.deps.auth.login(name, password);
      if (!t) throw new ApiError(401, 'unauthorized', 'wrong name or password');
      return c.json({ token: t.token, expiresAt: t.expiresAt.toISOString() });
    },
  );
}
