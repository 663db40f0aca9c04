import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from './schema.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** The account tables (migration 0003), kept beside the code that uses them. */
export type AccountTables = {
  accounts: { id: Generated<number>; name: string; password_hash: string; role: ColumnType<Role, Role | undefined, Role>; created_at: Timestamp };
  tokens: { token_hash: string; account_id: number; created_at: Timestamp; expires_at: Timestamp };
};

/** What an account may do: editors upload; administrators also delete and recheck. */
export type Role = 'admin' | 'editor';

/** An account as the API sees it (never its hash). */
export interface Account {
  id: number;
  name: string;
  role: Role;
}

/** How long a token issued at login stays valid. */
export const TOKEN_TTL_MS = 12 * 60 * 60 * 1000;

// scrypt parameters (N=2^15, r=8, p=1: about 32 MiB and tens of milliseconds), kept in the hash so they can change.
const N = 32768;
const R = 8;
const P = 1;
const KEYLEN = 32;

type Db = Kysely<Database>;
const tables = (db: Db): Kysely<Database & AccountTables> => db.withTables<AccountTables>();

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEYLEN, { N: n, r, p, maxmem: 128 * n * r * 2 }, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$key` (hex) for a password, with a fresh 16-byte salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('hex')}$${key.toString('hex')}`;
}

/** Whether a password matches a hash made by `hashPassword` (constant-time comparison). */
export async function passwordMatches(password: string, hash: string): Promise<boolean> {
  const [alg, n, r, p, salt, key] = hash.split('$');
  if (alg !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'hex');
  const got = await derive(password, Buffer.from(salt, 'hex'), Number(n), Number(r), Number(p));
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** Create an account; throws when the name is taken or empty. */
export async function createAccount(db: Db, name: string, password: string, role: Role = 'admin'): Promise<Account> {
  if (!name.trim()) throw new Error('an account needs a name');
  const taken = await tables(db).selectFrom('accounts').select('id').where('name', '=', name).executeTakeFirst();
  if (taken) throw new Error(`account ${name} already exists`);
  const password_hash = await hashPassword(password);
  return tables(db).insertInto('accounts').values({ name, password_hash, role }).returning(['id', 'name', 'role']).executeTakeFirstOrThrow();
}

/** The account when name and password match; undefined otherwise (unknown name or wrong password alike). */
export async function verifyPassword(db: Db, name: string, password: string): Promise<Account | undefined> {
  const row = await tables(db).selectFrom('accounts').select(['id', 'name', 'role', 'password_hash']).where('name', '=', name).executeTakeFirst();
  if (!row) {
    // Spend the same time as a real check, so timing does not tell which names exist.
    await hashPassword(password);
    return undefined;
  }
  return (await passwordMatches(password, row.password_hash)) ? { id: row.id, name: row.name, role: row.role } : undefined;
}

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new bearer token for an account (only its hash is stored), valid for `ttlMs`. */
export async function issueToken(db: Db, accountId: number, ttlMs: number = TOKEN_TTL_MS, now: Date = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs);
  await tables(db).insertInto('tokens').values({ token_hash: tokenHash(token), account_id: accountId, expires_at: expiresAt }).execute();
  return { token, expiresAt };
}

/** The account a token belongs to, when the token exists and has not expired. */
export async function accountForToken(db: Db, token: string, now: Date = new Date()): Promise<Account | undefined> {
  if (!token) return undefined;
  return tables(db)
    .selectFrom('tokens as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .select(['a.id', 'a.name', 'a.role'])
    .where('t.token_hash', '=', tokenHash(token))
    .where('t.expires_at', '>', now)
    .executeTakeFirst();
}
