import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DocumentSchema } from '../model/index.js';
import { corpusPath, repoRoot } from '../../test/corpus.js';
import { EXIT, main } from './main.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

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
  for (const f of [join(dir, 'missing.txt'), empty, bin, dir, corpusPath('shanghai-putuo-commerce-2025-budget.pdf')]) {
    const r = await run('show', f);
    assert.equal(r.code, EXIT.unreadable, f);
    assert.equal(r.out, '');
    assert.match(r.err, /^gongkai: .+\n$/);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
});

test('usage errors exit 1', async () => {
  assert.equal((await run('frobnicate')).code, EXIT.usage);
  assert.equal((await run('parse')).code, EXIT.usage);
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
  assert.equal(usage.status, 1);
});

test('check: exit 0 when only rounding stands, exit 3 on an error, JSON findings as data', async () => {
  const ok = await run('check', corpusPath('yangquan-emergency-2024-final-accounts.txt'));
  assert.equal(ok.code, EXIT.ok);
  // 20805: 33.82 + 147.57 + 302.95 + 186.11 = 670.45 printed 670.44 (line 163)
  assert.match(ok.out, /:163:\d+ {2}提示 {2}类款项逐级相加（尾差） {2}收入决算表 · 20805 行政事业单位养老支出 · total 应为 670\.45，实为 670\.44/);
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-'));
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, ['2026年预算支出总表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '2240101\t行政运行\t10.50\t7.00\t3.00'].join('\n'));
  const r = await run('check', bad, '--json');
  assert.equal(r.code, EXIT.findings);
  const findings = JSON.parse(r.out) as { rule: string; severity: string; expected: string; actual: string }[];
  // A bare table also draws completeness warnings and a missing-parent error for 2240101; the sum is what we broke.
  const sums = findings.filter((f) => f.rule === 'row-total-equals-parts');
  assert.deepEqual(sums.map((f) => [f.severity, f.expected, f.actual]), [['error', '10.00', '10.50']]);
});
