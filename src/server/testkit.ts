import { sql } from 'kysely';
import type { Hono } from 'hono';
import { corpusBytes } from '../../test/corpus.js';
import { createAccount } from '../store/accounts.js';
import type { Store } from '../store/index.js';
import type { Env } from './api.js';
import { createApp } from './app.js';

/** 阳泉 2026 budget and 阳泉 2024 final accounts: the documents the API tests store. */
export const YQ = 'yangquan-emergency-2026-budget.txt';
export const YQ_FINAL = 'yangquan-emergency-2024-final-accounts.txt';

/** An app over an emptied store with both 阳泉 documents imported and one account (tester / its password). */
export async function appWith(store: Store, opts: { limits?: { fileBytes?: number; requestBytes?: number } } = {}): Promise<{ app: Hono<Env>; ids: { yq: number; final: number } }> {
  await sql`delete from accounts`.execute(store.db);
  await createAccount(store.db, 'tester', PASSWORD);
  const ids = { yq: 0, final: 0 };
  for (const [k, name] of [['yq', YQ], ['final', YQ_FINAL]] as const) {
    const r = await store.importFile(name, corpusBytes(name));
    if (r.documentId === undefined) throw new Error(`${name}: ${r.status} ${r.message ?? ''}`);
    ids[k] = r.documentId;
  }
  return { app: createApp({ store, log: () => {}, ...(opts.limits ? { limits: opts.limits } : {}) }), ids };
}

/** The test account's password. */
export const PASSWORD = 'test-password-1234';

/** Log in as the test account; the bearer header. */
export async function login(app: Hono<Env>): Promise<{ authorization: string }> {
  const r = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'tester', password: PASSWORD }) });
  const body = (await r.json()) as { token: string };
  return { authorization: `Bearer ${body.token}` };
}
