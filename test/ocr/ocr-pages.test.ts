import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ocrAvailable, ocrPages } from '../../src/read/formats/pdf/ocr.js';
import { ReadFailure } from '../../src/read/formats/types.js';
import { corpusPath } from '../corpus.js';
import { scannedPdf } from './scan.js';

const COMMERCE = 'shanghai-putuo-commerce-2025-budget.pdf';

test('tesseract with Chinese data is installed (scripts/setup.sh)', () => {
  assert.equal(ocrAvailable(), true, 'run scripts/setup.sh: it installs tesseract-ocr and tesseract-ocr-chi-sim');
});

test('the scanned copy has the pages and page size of the original and no text layer', () => {
  const scan = scannedPdf(corpusPath(COMMERCE), [10, 13]);
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-scan-test-'));
  try {
    const file = join(dir, 'scan.pdf');
    writeFileSync(file, scan);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    assert.match(info, /^Pages:\s+2$/m);
    // The original is 841.85 x 595.25 pt (A4 landscape); 200 dpi pixels round it to within a pixel (0.36 pt).
    const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
    assert.ok(size);
    assert.ok(Math.abs(Number(size[1]) - 841.85) < 0.5 && Math.abs(Number(size[2]) - 595.25) < 0.5, info);
    assert.equal(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).trim(), '');
    assert.ok(readFileSync(file).includes('/DCTDecode'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Run `f` with os.tmpdir() pointing at a fresh directory; hand it the directory. */
async function inTmp<T>(f: (dir: string) => Promise<T>): Promise<T> {
  const saved = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-ocr-test-'));
  process.env.TMPDIR = dir;
  try {
    return await f(dir);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Processes whose command line mentions `dir` (OCR children working in it). */
function processesIn(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmd.includes(dir)) found.push(cmd);
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

test('over the time limit OCR stops with timeout, kills its children and leaves no files', async () => {
  const scan = scannedPdf(corpusPath(COMMERCE), [10, 13, 15]);
  await inTmp(async (dir) => {
    await assert.rejects(ocrPages(scan, [1, 2, 3], { timeoutMs: 1500 }), (e: unknown) => {
      assert.ok(e instanceof ReadFailure, String(e));
      assert.equal(e.code, 'timeout');
      assert.match(e.message, /longer than 1\.5 s/);
      return true;
    });
    assert.deepEqual(readdirSync(dir), []);
    assert.deepEqual(processesIn(dir), []);
  });
});

test('a PDF that cannot be rendered is refused as corrupt, not thrown as a crash', async () => {
  await inTmp(async (dir) => {
    await assert.rejects(ocrPages(new TextEncoder().encode('%PDF-1.4\nnot really\n'), [1], { timeoutMs: 20_000 }), (e: unknown) => {
      assert.ok(e instanceof ReadFailure);
      assert.equal(e.code, 'corrupt');
      return true;
    });
    assert.deepEqual(readdirSync(dir), []);
  });
});
