import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { run } from '../../cli/testkit.js';
import { readDocument, readFile } from '../index.js';
import { modelJsonReader } from './model-json.js';

const SAMPLES = fileURLToPath(new URL('../../../../samples/', import.meta.url));
const STEM = 'beichuan-commerce-2026-budget';
const jsonPath = `${SAMPLES}${STEM}.model.json`;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('a sample model JSON reads to the same document as its text', async () => {
  const text = readFileSync(`${SAMPLES}${STEM}.txt`);
  const fromText = readDocument(text, `${STEM}.txt`);
  const fromJson = await readFile(readFileSync(jsonPath), `${STEM}.model.json`);
  assert.ok(fromText.ok && fromJson.ok);
  assert.deepEqual(fromJson.document, fromText.document);
  assert.equal(fromJson.document.body.name, '北川县商务局');
});

test('JSON that is not a model is refused by name; text that is not JSON is left to the text reader', async () => {
  for (const s of ['{"name":"gongkai","version":"1"}', '[1,2,3]', '{"schemaVersion":1}']) {
    assert.equal(modelJsonReader.claims(enc(s), 'x.json'), true, s);
    const r = await readFile(enc(s), 'package.json');
    assert.ok(!r.ok, s);
    assert.equal(r.error.code, 'unsupported');
    assert.match(r.error.message, /JSON file that is not a gongkai model/);
  }
  for (const s of ['{"schemaVersion": 1, "tables": [', 'plain text']) assert.equal(modelJsonReader.claims(enc(s), 'x.json'), false, s);
});

test('a broken model is refused as corrupt, naming the first invalid path', async () => {
  const model = JSON.parse(readFileSync(jsonPath, 'utf8')) as { tables: { rows: { cells: unknown }[] }[]; schemaVersion: number };
  model.tables[0]!.rows[0]!.cells = 5;
  const r = await readFile(enc(JSON.stringify(model)), 'bad.model.json');
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'corrupt');
  assert.match(r.error.message, /at tables\.0\.rows\.0\.cells:/);

  const future = await readFile(enc(JSON.stringify({ ...JSON.parse(readFileSync(jsonPath, 'utf8')), schemaVersion: 2 })), 'future.model.json');
  assert.ok(!future.ok);
  assert.match(future.error.message, /schema version 2\): at schemaVersion:/);
});

test('gongkai check reads a model JSON like any other input', async () => {
  const clean = await run('check', jsonPath);
  assert.equal(clean.code, 0, clean.err);
  const bad = await run('check', `${SAMPLES}nanping-emergency-2026-budget-mistakes.model.json`);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /南屏市应急管理局|nanping/);
});
