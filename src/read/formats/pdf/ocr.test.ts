import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';
import { ReadFailure } from '../types.js';
import { ocrAvailable, ocrPages } from './ocr.js';

/** Run `f` with PATH set to a fresh directory holding links to only these tools (those found on the real PATH). */
async function withPath<T>(tools: readonly string[], f: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-path-'));
  for (const tool of tools) {
    const found = (saved ?? '').split(delimiter).map((d) => join(d, tool)).find((p) => existsSync(p));
    if (found) symlinkSync(found, join(dir, tool));
  }
  process.env.PATH = dir;
  try {
    return await f();
  } finally {
    if (saved === undefined) delete process.env.PATH;
    else process.env.PATH = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

const SCAN = new TextEncoder().encode('%PDF-1.4\n% a scan would be here\n');

test('without tesseract, ocrPages refuses with missing-tool and says what to install', async () => {
  const before = ocrAvailable();
  await withPath(['pdftoppm', 'pdfinfo'], async () => {
    assert.equal(ocrAvailable(), false);
    await assert.rejects(ocrPages(SCAN, [1], { timeoutMs: 10_000 }), (e: unknown) => {
      assert.ok(e instanceof ReadFailure);
      assert.equal(e.code, 'missing-tool');
      assert.match(e.message, /apt-get install tesseract-ocr tesseract-ocr-chi-sim\b/);
      assert.doesNotMatch(e.message, /poppler-utils/);
      return true;
    });
  });
  // The answer is kept per PATH: the real one is unchanged.
  assert.equal(ocrAvailable(), before);
});

test('without poppler either, the message names poppler-utils too', async () => {
  await withPath([], async () => {
    await assert.rejects(ocrPages(SCAN, [1], { timeoutMs: 10_000 }), (e: unknown) => {
      assert.ok(e instanceof ReadFailure);
      assert.equal(e.code, 'missing-tool');
      assert.match(e.message, /poppler-utils/);
      assert.match(e.message, /tesseract-ocr-chi-sim/);
      return true;
    });
  });
});
