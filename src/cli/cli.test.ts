import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DocumentSchema } from '../model/index.js';
import { corpusBytes, corpusPath, repoRoot } from '../../test/corpus.js';
import { corruptPdf, encryptedPdf, truncatedPdf } from '../../test/pdf-samples.js';
import { EXIT } from './main.js';
import { run } from './testkit.js';

const YQ = corpusPath('yangquan-emergency-2026-budget.txt');

test('parse --json prints one schema-valid document per file, an array for several', async () => {
  const one = await run('parse', YQ, '--json');
  assert.equal(one.code, EXIT.ok);
  const doc = DocumentSchema.parse(JSON.parse(one.out));
  assert.equal(doc.body.name, '阳泉市应急管理局');
  const two = await run('parse', YQ, corpusPath('yangquan-emergency-2024-final-accounts.txt'));
  const arr = JSON.parse(two.out) as unknown[];
  assert.equal(arr.length, 2);
});

test('parse --csv prints every cell in long form with its source line', async () => {
  const r = await run('parse', '--csv', YQ);
  assert.equal(r.code, EXIT.ok);
  const lines = r.out.trim().split('\n');
  assert.equal(lines[0], 'document,table,table_kind,row_code,row_name,side,column,column_label,value,unit,text,line,column_start');
  // yangquan-emergency-2026-budget.txt line 186: 2240150⇥事业运行⇥1922.18⇥1922.18⇥ in 2026年预算支出总表
  assert.ok(lines.includes('yangquan-emergency-2026-budget.txt,2026年预算支出总表,budget-expenditure,2240150,事业运行,,basic,2026年预算数/基本支出,1922.18,万元,1922.18,186,21'));
});

test('show summarises kind, body, year, tables with rows and totals', async () => {
  const r = await run('show', YQ);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /阳泉市应急管理局 · 2026 · 部门预算/);
  assert.match(r.out, /tables: 13/);
  // 表三 合计 4558.02 (line 156 of the document)
  assert.match(r.out, /budget-expenditure\s+2026年预算支出总表 \[万元\]\s+rows \d+\s+合计 4558\.02/);
});

test('unreadable input exits 2 with a one-line reason and no stack trace', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const bin = join(dir, 'x.bin');
  writeFileSync(bin, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28]));
  const pdfs = { 'corrupt.pdf': corruptPdf(), 'encrypted.pdf': encryptedPdf(), 'truncated.pdf': truncatedPdf(corpusBytes('shanghai-putuo-commerce-2025-budget.pdf')) };
  for (const [name, bytes] of Object.entries(pdfs)) writeFileSync(join(dir, name), bytes);
  for (const cmd of ['show', 'check']) {
    for (const f of [join(dir, 'missing.txt'), empty, bin, ...Object.keys(pdfs).map((n) => join(dir, n))]) {
      const r = await run(cmd, f);
      assert.equal(r.code, EXIT.unreadable, `${cmd} ${f}`);
      assert.equal(r.out, '');
      assert.match(r.err, /^gongkai: .+\n$/);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  }
  assert.equal((await run('show', dir)).code, EXIT.unreadable);
});

test('usage errors exit 64 (EX_USAGE), help exits 0', async () => {
  assert.deepEqual(EXIT, { ok: 0, findings: 1, unreadable: 2, usage: 64 });
  assert.equal((await run('frobnicate')).code, EXIT.usage);
  assert.equal((await run('parse')).code, EXIT.usage);
  assert.equal((await run('check')).code, EXIT.usage);
  assert.equal((await run('check', YQ, '--html')).code, EXIT.usage);
  const two = await run('check', YQ, '--json', '--csv');
  assert.equal(two.code, EXIT.usage);
  assert.match(two.err, /^gongkai: choose one of --json, --csv, --html\n$/);
  assert.equal((await run('--help')).code, EXIT.ok);
});

test('the installed launcher exits with the same codes as a real process', async () => {
  const { spawnSync } = await import('node:child_process');
  const bin = join(repoRoot, 'bin', 'gongkai.js');
  const ok = spawnSync(process.execPath, [bin, 'show', YQ], { encoding: 'utf8' });
  assert.equal(ok.status, 0);
  assert.match(ok.stdout, /tables: 13/);
  const missing = spawnSync(process.execPath, [bin, 'show', join(repoRoot, 'no-such-file.txt')], { encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^gongkai: .*no such file\n$/);
  const usage = spawnSync(process.execPath, [bin, 'nonsense'], { encoding: 'utf8' });
  assert.equal(usage.status, 64);
  const errors = spawnSync(process.execPath, [bin, 'check', YQ, '--errors'], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  assert.equal(errors.status, 1);
  assert.equal(errors.stderr, '');
});

test('rules lists id, category, severity, title and docs; --json gives the same as data', async () => {
  const r = await run('rules');
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /^row-total-equals-parts {2}\[arithmetic, error\] {2}\S+\n {4}\S.{40,}$/m);
  const j = JSON.parse((await run('rules', '--json')).out) as { id: string; title: string; category: string; severity: string; docs: string }[];
  const row = j.find((x) => x.id === 'row-total-equals-parts');
  assert.equal(row?.category, 'arithmetic');
  assert.equal(row?.severity, 'error');
  assert.ok((row?.docs.length ?? 0) > 40);
});

test('reading limits: a file over --max-mb is unreadable with the limit named; a bad value is a usage error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-'));
  const f = join(dir, 'yq.txt');
  writeFileSync(f, corpusBytes('yangquan-emergency-2026-budget.txt'));
  // The file is 119,941 bytes: over 0.1 MB (104,858 bytes), under 1 MB.
  const over = await run('check', f, '--max-mb', '0.1');
  assert.equal(over.code, EXIT.unreadable);
  assert.match(over.err, /over the limit of 104858/);
  assert.equal((await run('check', f, '--max-mb', '1')).code, EXIT.findings);
  const bad = await run('check', f, '--max-pages', 'many');
  assert.equal(bad.code, EXIT.usage);
  assert.match(bad.err, /--max-pages "many": expected a positive whole number/);
});
