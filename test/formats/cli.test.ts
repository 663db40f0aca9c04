// The command line reads the containers as it reads text: by content, and directory walks pick them up.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../../src/cli/main.js';
import { run } from '../../src/cli/testkit.js';
import { corpusText } from '../corpus.js';
import { textToDocx, textToHtml, textToXlsx } from './make.js';

const FINAL = 'yangquan-emergency-2024-final-accounts.txt';

test('check DIR walks web pages, workbooks and Word files and reads each to the same document as its text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-containers-'));
  const text = corpusText(FINAL);
  writeFileSync(join(dir, 'a.txt'), text);
  writeFileSync(join(dir, 'b.html'), textToHtml(text));
  writeFileSync(join(dir, 'c.xlsx'), await textToXlsx(text));
  writeFileSync(join(dir, 'd.docx'), await textToDocx(text));
  const r = await run('check', dir, '--json');
  assert.ok(r.code === EXIT.ok || r.code === EXIT.findings, r.err);
  const docs = JSON.parse(r.out) as { file: string; findings: { rule: string; severity: string; params: Record<string, string>; location: { ref?: string } }[] }[];
  assert.deepEqual(
    docs.map((d) => d.file.slice(dir.length + 1)),
    ['a.txt', 'b.html', 'c.xlsx', 'd.docx'],
  );
  // The same findings, with the same data, whatever the container; in a container each points at its ref.
  const summary = (d: (typeof docs)[number]): string[] => d.findings.map((f) => `${f.severity} ${f.rule} ${JSON.stringify(f.params)}`).sort();
  assert.ok(docs[0]!.findings.length > 0);
  for (const d of docs.slice(1)) {
    assert.deepEqual(summary(d), summary(docs[0]!), d.file);
    assert.ok(d.findings.every((f) => f.location.ref), d.file);
  }
});
