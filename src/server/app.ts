import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Rule } from '../check/index.js';
import { accountForToken, issueToken, verifyPassword } from '../store/accounts.js';
import type { Store } from '../store/index.js';
import { Api, ApiError, type Auth, type Env, type Limits, type Publisher } from './api.js';
import { openApiDocument } from './openapi.js';
import { authRoutes } from './routes/auth.js';
import { bodyRoutes } from './routes/bodies.js';
import { chartRoutes } from './routes/charts.js';
import { compareRoutes } from './routes/compare.js';
import { documentRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/exports.js';
import { findingRoutes } from './routes/findings.js';
import { pageRoutes } from './routes/pages.js';
import { publishRoutes } from './routes/publish.js';
import { searchRoutes } from './routes/search.js';
import { tableRoutes } from './routes/tables.js';

/** Default upload limits: 20 MB a file, 100 MB a request. */
export const DEFAULT_LIMITS: Limits = { fileBytes: 20 * 1024 * 1024, requestBytes: 100 * 1024 * 1024 };

/** Accounts and tokens kept in the store's database. */
export function storeAuth(store: Store): Auth {
  return {
    accountForToken: (token) => accountForToken(store.db, token),
    login: async (name, password) => {
      const a = await verifyPassword(store.db, name, password);
      return a && issueToken(store.db, a.id);
    },
  };
}

/** Options of `createApp`. */
export interface AppOptions {
  store: Store;
  /** Who may write (default: the store's accounts). */
  auth?: Auth;
  limits?: Partial<Limits>;
  /** Rules for uploads and rechecks (default: the whole catalogue). */
  rules?: readonly Rule[];
  /** Renders publications (POST /api/publish); without it publishing answers 501. */
  publisher?: Publisher;
  /** Where unexpected errors are logged (default: console.error); never sent to the client. */
  log?: (e: unknown) => void;
}

/** The HTTP API over a store: routes under /api/, errors as JSON. Pure wiring: it does not listen. */
export function createApp(opts: AppOptions): Hono<Env> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const log = opts.log ?? ((e: unknown) => console.error(e));
  const app = new Hono<Env>();
  const api = new Api(app, { store: opts.store, auth: opts.auth ?? storeAuth(opts.store), limits, ...(opts.rules ? { rules: opts.rules } : {}), ...(opts.publisher ? { publisher: opts.publisher } : {}) });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: limits.requestBytes,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `the request is over the limit of ${limits.requestBytes} bytes`);
      },
    }),
  );
  documentRoutes(api);
  tableRoutes(api);
  findingRoutes(api);
  pageRoutes(api);
  publishRoutes(api);
  bodyRoutes(api);
  compareRoutes(api);
  searchRoutes(api);
  exportRoutes(api);
  authRoutes(api);
  chartRoutes(api);
  let doc: object | undefined;
  api.route(
    { method: 'get', path: '/api/openapi.json', tag: 'meta', summary: 'This OpenAPI 3.1 document', responses: { 200: { description: 'the OpenAPI document', contentType: 'application/json' } } },
    (c) => c.json((doc ??= openApiDocument(api.specs))),
  );
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  app.onError((e, c) => {
    if (e instanceof ApiError) return c.json({ error: { code: e.code, message: e.message } }, e.status);
    log(e);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  return app;
}
