import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkDocument } from '../check/index.js';
import { readDocument } from '../read/index.js';
import { openStore } from '../store/index.js';
import { PG_URL, freshPgDatabase } from '../store/testkit.js';
import { corpusBytes, corpusPath } from '../../test/corpus.js';
import { EXIT } from './main.js';
import { run } from './testkit.js';

const YQ = 'yangquan-emergency-2026-budget.txt';
const FINAL = 'yangquan-emergency-2024-final-accounts.txt';
// Each embedded store weighs tens of megabytes: remove every directory the tests made.
const made: string[] = [];
after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'gongkai-store-cli-'));
  made.push(d);
  return d;
};

// Each engine: PGlite through --data, PostgreSQL through DATABASE_URL (set for the test only).
type Target = { name: string; args: (data: string) => string[]; env: () => Promise<string | undefined> };
const pgUrl = PG_URL;
const TARGETS: Target[] = [
  { name: 'pglite', args: (d) => ['--data', d], env: async () => undefined },
  ...(pgUrl ? [{ name: 'postgres', args: () => [], env: () => freshPgDatabase(pgUrl) }] : []),
];

function cliTest(title: string, fn: (cli: (...argv: string[]) => ReturnType<typeof run>, data: string) => Promise<void>): void {
  for (const t of TARGETS)
    test(`[${t.name}] ${title}`, async () => {
      const data = tmp();
      const saved = process.env['DATABASE_URL'];
      const url = await t.env();
      if (url) process.env['DATABASE_URL'] = url;
      else delete process.env['DATABASE_URL'];
      try {
        await fn((cmd, ...rest) => run(cmd ?? '', ...rest, ...t.args(data)), data);
      } finally {
        if (saved === undefined) delete process.env['DATABASE_URL'];
        else process.env['DATABASE_URL'] = saved;
      }
    });
}

function corpusDir(): string {
  const dir = tmp();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, YQ), corpusBytes(YQ));
  writeFileSync(join(dir, 'sub', FINAL), corpusBytes(FINAL));
  writeFileSync(join(dir, 'sub', 'scan.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
  writeFileSync(join(dir, 'notes.odt'), 'not read');
  return dir;
}

cliTest('import walks directories: one line per file, duplicates on a second run, exit 2 with an unreadable file', async (cli) => {
  const dir = corpusDir();
  const r = await cli('import', dir);
  assert.equal(r.code, EXIT.unreadable, r.err);
  assert.match(r.out, new RegExp(`^imported +\\S*${YQ} +#\\d+ \\(错误 \\d+，警告 \\d+，提示 \\d+\\)$`, 'm'));
  assert.match(r.out, new RegExp(`^imported +\\S*sub/${FINAL} `, 'm'));
  assert.match(r.out, /^unreadable +\S*scan\.txt: the PDF is damaged or truncated/m);
  assert.match(r.out, /^3 file\(s\): 2 imported, 0 duplicate, 1 unreadable/m);
  assert.match(r.err, /skipped \S*notes\.odt/);
  const again = await cli('import', join(dir, YQ));
  assert.equal(again.code, EXIT.ok);
  assert.match(again.out, /^duplicate +\S*yangquan-emergency-2026-budget\.txt +#\d+ \(already stored/m);
  assert.match(again.out, /^1 file\(s\): 0 imported, 1 duplicate, 0 unreadable/m);
  assert.equal((await cli('import', join(dir, 'missing.txt'))).code, EXIT.unreadable);
});

cliTest('the counts import prints are those of checkDocument; recheck prints the totals', async (cli) => {
  const read = readDocument(corpusBytes(YQ), YQ);
  assert.ok(read.ok);
  const f = checkDocument(read.document);
  const n = (s: string): number => f.filter((x) => x.severity === s).length;
  const r = await cli('import', corpusPath(YQ));
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, new RegExp(`\\(错误 ${n('error')}，警告 ${n('warning')}，提示 ${n('info')}\\)`));
  const re = await cli('recheck');
  assert.equal(re.code, EXIT.ok);
  assert.equal(re.out, `rechecked 1 document(s): 错误 ${n('error')}，警告 ${n('warning')}，提示 ${n('info')}\n`);
});

cliTest('export --format json: the stored documents (filtered by body and year) with their findings, to stdout or a file', async (cli, data) => {
  await cli('import', corpusPath(YQ), corpusPath(FINAL));
  const all = JSON.parse((await cli('export')).out) as { file: string; year: number; model: { year: number }; findings: unknown[] }[];
  assert.deepEqual(all.map((d) => [d.file, d.year, d.model.year]), [[FINAL, 2024, 2024], [YQ, 2026, 2026]]);
  const only = JSON.parse((await cli('export', '--body', '阳泉市应急管理局', '--year', '2024')).out) as { file: string }[];
  assert.deepEqual(only.map((d) => d.file), [FINAL]);
  const out = join(data, 'export.json');
  const w = await cli('export', '--format', 'json', '-o', out);
  assert.equal(w.code, EXIT.ok);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).length, 2);
  assert.deepEqual(readdirSync(data).filter((f) => f.endsWith('.tmp')), []);
  assert.equal((await cli('export', '--format', 'pdf')).code, EXIT.usage);
  assert.equal((await cli('export', '--format', 'xlsx')).code, EXIT.usage);
  // XLSX and CSV go through the same exports: a zip file with a 预算收支总表 sheet, and one CSV record per cell.
  const xlsx = join(data, 'export.xlsx');
  assert.equal((await cli('export', '--format', 'xlsx', '-o', xlsx)).code, EXIT.ok);
  const bytes = readFileSync(xlsx);
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  const csv = (await cli('export', '--format', 'csv', '--year', '2026')).out;
  assert.match(csv, /预算收支总表/);
  assert.doesNotMatch(csv, /收入支出决算总表/);
});

test('the embedded store is shared between commands through the data directory', async () => {
  const data = tmp();
  const saved = process.env['DATABASE_URL'];
  delete process.env['DATABASE_URL'];
  try {
    assert.equal((await run('import', corpusPath(YQ), '--data', data)).code, EXIT.ok);
    assert.ok(readdirSync(join(data, 'pgdata')).length > 0);
    const s = await openStore({ dataDir: data });
    try {
      assert.deepEqual((await s.listDocuments()).rows.map((r) => r.fileName), [YQ]);
    } finally {
      await s.close();
    }
  } finally {
    if (saved !== undefined) process.env['DATABASE_URL'] = saved;
  }
});
