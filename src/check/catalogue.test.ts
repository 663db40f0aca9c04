import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../test/corpus.js';
import { RuleCategorySchema } from '../model/index.js';
import { catalogueMarkdown } from './catalogue-markdown.js';
import { RULES } from './registry.js';

test('the registry is sorted by id, ids are unique and kebab-case', () => {
  const ids = RULES.map((r) => r.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
});

test('every rule has a Chinese title, docs, its own file and a sibling test', () => {
  for (const r of RULES) {
    assert.match(r.title, /[\u4e00-\u9fa5]/, r.id);
    assert.ok(r.docs.length > 40, `${r.id}: docs`);
    assert.ok(existsSync(join(repoRoot, 'src', 'check', 'rules', `${r.id}.ts`)), `${r.id}: rules/${r.id}.ts`);
    assert.ok(existsSync(join(repoRoot, 'src', 'check', 'rules', `${r.id}.test.ts`)), `${r.id}: rules/${r.id}.test.ts`);
  }
});

test('every category of the catalogue has rules', () => {
  for (const c of RuleCategorySchema.options) assert.ok(RULES.some((r) => r.category === c), c);
});

// Golden file: regenerate on purpose with UPDATE=1, review the diff, commit.
test('docs/rules.md is the catalogue as registered', () => {
  const file = join(repoRoot, 'docs', 'rules.md');
  const generated = catalogueMarkdown(RULES);
  if (process.env['UPDATE'] === '1') writeFileSync(file, generated);
  assert.equal(readFileSync(file, 'utf8'), generated, 'docs/rules.md is stale: run UPDATE=1 npm test and review the diff');
});
