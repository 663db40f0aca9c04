// Damaged and foreign containers: a clear one-line refusal and exit code 2, never a crash or a stack trace.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { EXIT } from '../../src/cli/main.js';
import { run } from '../../src/cli/testkit.js';
import { readFile } from '../../src/read/document.js';
import { textToDocx } from './make.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function badFiles(): Promise<Record<string, Uint8Array>> {
  const docx = await textToDocx('2026年部门预算公开\n项目\t合计\n一般公共预算\t4558.02\n');
  const garbage = new Uint8Array(300).map((_, i) => (i * 37 + 11) % 256);
  garbage.set([0x50, 0x4b, 0x03, 0x04]);
  return {
    'corrupt.xlsx': garbage,
    'old.xls': new Uint8Array(2048).map((_, i) => OLE[i] ?? 0),
    'old.doc': new Uint8Array(2048).map((_, i) => OLE[i] ?? 0),
    'truncated.docx': docx.subarray(0, Math.floor(docx.length / 2)),
    'archive.docx': zipSync({ 'readme.txt': enc('not a Word file') }),
    'broken-workbook.xlsx': zipSync({ '[Content_Types].xml': enc('<Types/>'), 'xl/workbook.xml': enc('<workbook><sheets><sheet') }),
  };
}

const WHY: Record<string, RegExp> = {
  'corrupt.xlsx': /damaged ZIP/,
  'old.xls': /old binary Excel\/Word file: save it as \.xlsx\/\.docx/,
  'old.doc': /old binary Excel\/Word file/,
  'truncated.docx': /damaged ZIP/,
  'archive.docx': /neither a Word \(\.docx\) nor an Excel \(\.xlsx\) file/,
  'broken-workbook.xlsx': /workbook/,
};

test('check and show refuse damaged or foreign containers with exit 2 and a one-line reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bad-'));
  for (const [name, bytes] of Object.entries(await badFiles())) {
    const f = join(dir, name);
    writeFileSync(f, bytes);
    for (const cmd of ['check', 'show']) {
      const r = await run(cmd, f);
      assert.equal(r.code, EXIT.unreadable, `${cmd} ${name}: ${r.err}`);
      assert.equal(r.out, '');
      assert.match(r.err, /^gongkai: .+\n$/, name);
      assert.match(r.err, WHY[name]!, name);
      assert.doesNotMatch(r.err, /\n\s+at |internal/, name);
    }
  }
});

test('the read errors carry stable codes', async () => {
  const files = await badFiles();
  const code = async (name: string): Promise<string> => {
    const r = await readFile(files[name]!, name);
    return r.ok ? 'ok' : r.error.code;
  };
  assert.equal(await code('corrupt.xlsx'), 'corrupt');
  assert.equal(await code('truncated.docx'), 'corrupt');
  assert.equal(await code('old.xls'), 'unsupported');
  assert.equal(await code('archive.docx'), 'unsupported');
  assert.equal(await code('broken-workbook.xlsx'), 'corrupt');
});

test('a package that would inflate past 20 × the size limit is refused before it is inflated', async () => {
  // 2 MB of one character deflates to a few kilobytes: under the 50 kB limit packed, 40 × it unpacked.
  const filler = enc(`<w:document><w:body><w:p><w:r><w:t>${'预'.repeat(700_000)}</w:t></w:r></w:p></w:body></w:document>`);
  const limits = { maxBytes: 50_000 };
  for (const [name, parts] of [
    ['bomb.docx', { 'word/document.xml': filler }],
    ['bomb.xlsx', { 'xl/workbook.xml': enc('<workbook/>'), 'xl/sharedStrings.xml': filler }],
  ] as const) {
    const bytes = zipSync(parts, { level: 9 });
    assert.ok(bytes.length < limits.maxBytes, `${name} is ${bytes.length} bytes packed`);
    const r = await readFile(bytes, name, { limits: { ...limits, maxPages: 500, timeoutMs: 10_000 } });
    assert.equal(r.ok, false, name);
    if (!r.ok) {
      assert.equal(r.error.code, 'too-large', name);
      assert.match(r.error.message, /over 20 × the limit of 50000/);
    }
  }
});
