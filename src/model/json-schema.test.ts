import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../test/corpus.js';
import { documentJsonSchema } from './json-schema.js';

// Golden file: regenerate on purpose with UPDATE=1 (or `npm run schema`), review the diff, commit.
test('the committed JSON Schema is the one generated from the zod schemas', () => {
  const file = join(repoRoot, 'schema', 'gongkai-document.v1.schema.json');
  const generated = `${JSON.stringify(documentJsonSchema(), null, 2)}\n`;
  if (process.env['UPDATE'] === '1') writeFileSync(file, generated);
  assert.equal(readFileSync(file, 'utf8'), generated, 'schema/ is stale: run `npm run schema`');
});
