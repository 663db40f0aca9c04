import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Rule } from '../check/index.js';
import type { Document } from '../model/index.js';
import type { PublishFormat } from '../render/publish/render.js';
import type { Account } from '../store/accounts.js';
import type { Store } from '../store/index.js';

/** Who may write: resolves a bearer token to an account, and a name and password to a new token. */
export interface Auth {
  accountForToken(token: string): Promise<Account | undefined>;
  login(name: string, password: string): Promise<{ token: string; expiresAt: Date } | undefined>;
}

/** Limits of uploads (bytes). */
export interface Limits {
  /** Largest accepted file; a larger one makes the request 413. */
  fileBytes: number;
  /** Largest accepted request body (all files together). */
  requestBytes: number;
}

export { PUBLISH_FORMATS, type PublishFormat } from '../render/publish/render.js';
/** Renders a whole disclosure in one format (the publishing renderer). */
export type Publisher = (doc: Document, format: PublishFormat) => Promise<{ bytes: Uint8Array; contentType: string; extension: string }>;

/** What the routes need. */
export interface Deps {
  /** Renders publications; without it POST /api/publish answers 501. */
  publisher?: Publisher;
  store: Store;
  auth: Auth;
  limits: Limits;
  /** The rules imports and rechecks run (the whole catalogue with the server's settings). */
  rules?: readonly Rule[];
}

/** Hono environment: the authenticated account of a write. */
export type Env = { Variables: { account: Account } };

/** An error answered as `{error: {code, message}}` with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 500 | 501,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The error body every failing route answers with. */
export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** One response of a route in the OpenAPI document. */
export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Content type when not JSON (binary or text bodies). */
  contentType?: string;
}

/** A route as the OpenAPI document describes it; `path` uses OpenAPI's `{param}` form. */
export interface RouteSpec {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** A write: needs `Authorization: Bearer <token>` of any account (`true`) or of an administrator (`'admin'`). */
  auth?: true | 'admin';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { contentType: string; schema: z.ZodType; description?: string };
  responses: Record<number, ResponseSpec>;
}

/** Registers routes on the Hono app and keeps their specs for /api/openapi.json. */
export class Api {
  readonly specs: RouteSpec[] = [];
  constructor(readonly app: Hono<Env>, readonly deps: Deps) {}

  /** Add a route: its spec and its handler (a write gets the bearer-token check first). */
  route(spec: RouteSpec, handler: Handler<Env>): void {
    this.specs.push(spec);
    const path = spec.path.replace(/\{(\w+)\}/g, ':$1');
    if (spec.auth === 'admin') this.app.on(spec.method.toUpperCase(), path, this.requireAccount, requireAdmin, handler);
    else if (spec.auth) this.app.on(spec.method.toUpperCase(), path, this.requireAccount, handler);
    else this.app.on(spec.method.toUpperCase(), path, handler);
  }

  private readonly requireAccount: MiddlewareHandler<Env> = async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m?.[1]) throw new ApiError(401, 'unauthorized', 'this request changes the store: send Authorization: Bearer <token> (POST /api/login)');
    const account = await this.deps.auth.accountForToken(m[1]);
    if (!account) throw new ApiError(401, 'unauthorized', 'the token is unknown or has expired: log in again (POST /api/login)');
    c.set('account', account);
    await next();
  };
}

const requireAdmin: MiddlewareHandler<Env> = async (c, next) => {
  const a = c.get('account');
  if (a.role !== 'admin') throw new ApiError(403, 'forbidden', `account ${a.name} is an editor: deleting and rechecking need an administrator (gongkai user add NAME --role admin)`);
  await next();
};

/** Parse input with a zod schema; a failure is a 400 naming the parameter(s). */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const msg = r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : where}: ${i.message}`).join('; ');
  throw new ApiError(400, 'bad_request', `invalid ${where}: ${msg}`);
}

/** The query of a request, validated. */
export const queryOf = <S extends z.ZodObject>(c: Context<Env>, schema: S): z.output<S> => parse(schema, c.req.query(), 'query');
/** The path parameters of a request, validated. */
export const paramsOf = <S extends z.ZodObject>(c: Context<Env>, schema: S): z.output<S> => parse(schema, c.req.param(), 'path');

/** A positive integer id (path or query). */
export const Id = z.coerce.number().int().positive();
/** `{id}` in a path. */
export const IdParams = z.object({ id: Id.describe('document id') });
/** `limit` (1–200, default 50) and `offset` (≥ 0, default 0). */
export const Page = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('page size (1–200)'),
  offset: z.coerce.number().int().min(0).default(0).describe('how many items to skip'),
});
/** A four-digit year. */
export const Year = z.coerce.number().int().min(1900).max(2999);

/** 404 for an unknown document. */
export const noDocument = (id: number): ApiError => new ApiError(404, 'not_found', `no document ${id}`);

/** Dates as ISO strings in JSON. */
export const Timestamp = z.string().describe('ISO 8601 date-time');
