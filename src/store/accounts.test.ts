import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { accountForToken, createAccount, hashPassword, issueToken, passwordMatches, verifyPassword } from './accounts.js';
import { storeTest } from './testkit.js';

test('password hashes are salted: two hashes of one password differ and both verify', async () => {
  const [a, b] = [await hashPassword('correct horse'), await hashPassword('correct horse')];
  assert.notEqual(a, b);
  assert.match(a, /^scrypt\$32768\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
  assert.equal(await passwordMatches('correct horse', a), true);
  assert.equal(await passwordMatches('correct horsf', b), false);
  assert.equal(await passwordMatches('x', 'md5$abc'), false);
});

storeTest('accounts: create, verify the password, issue a token and find its account; expiry and wrong tokens refused', async (store) => {
  await sql`delete from accounts`.execute(store.db);
  const alice = await createAccount(store.db, 'alice', 's3cret-pass');
  assert.equal(alice.name, 'alice');
  await assert.rejects(createAccount(store.db, 'alice', 'other'), /already exists/);
  const { rows } = await sql<{ password_hash: string }>`select password_hash from accounts where name = 'alice'`.execute(store.db);
  assert.ok(rows[0] && !rows[0].password_hash.includes('s3cret'));
  assert.deepEqual(await verifyPassword(store.db, 'alice', 's3cret-pass'), alice);
  assert.equal(await verifyPassword(store.db, 'alice', 'wrong'), undefined);
  assert.equal(await verifyPassword(store.db, 'bob', 's3cret-pass'), undefined);
  const now = new Date('2026-11-23T12:00:00Z');
  const { token, expiresAt } = await issueToken(store.db, alice.id, 60_000, now);
  assert.equal(expiresAt.toISOString(), '2026-11-23T12:01:00.000Z');
  assert.deepEqual(await accountForToken(store.db, token, now), alice);
  assert.equal(await accountForToken(store.db, token, new Date('2026-11-23T12:02:00Z')), undefined);
  assert.equal(await accountForToken(store.db, `${token}x`, now), undefined);
  assert.equal(await accountForToken(store.db, '', now), undefined);
  const stored = await sql<{ token_hash: string }>`select token_hash from tokens`.execute(store.db);
  assert.ok(stored.rows.every((r) => r.token_hash !== token));
});
