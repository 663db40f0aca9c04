import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Lru } from './lru.js';

test('Lru keeps the most recently used entries and evicts the oldest', () => {
  const c = new Lru<string, number>(2);
  c.set('a', 1);
  c.set('b', 2);
  assert.equal(c.get('a'), 1);
  c.set('c', 3);
  assert.equal(c.get('b'), undefined);
  assert.deepEqual([c.get('a'), c.get('c'), c.size], [1, 3, 2]);
});
