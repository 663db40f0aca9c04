import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../../src/cli/main.js';
import { run } from '../../src/cli/testkit.js';
import { listPublications, openStore } from '../../src/store/index.js';
import { corpusPath } from '../corpus.js';

// Publishing from the command line: refused while error-level findings stand, forced publications recorded with
// who forced them and which errors stood. DOCX keeps Chromium out of these tests (the render tests print PDFs).
test('gongkai publish refuses 阳泉 2026 (one error), publishes it with --force and records who and why; a clean document publishes', async () => {
  const saved = process.env['DATABASE_URL'];
  delete process.env['DATABASE_URL'];
  try {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-publish-gate-'));
    const data = join(dir, 'data');
    const out = join(dir, 'yq.docx');
    const refused = await run('publish', corpusPath('yangquan-emergency-2026-budget.txt'), '--format', 'docx', '-o', out, '--data', data);
    assert.equal(refused.code, EXIT.findings);
    // The error: the form of 国土空间专项规划经费 (line 618) disagrees with table 12 (line 411).
    assert.match(refused.err, /not published: 1 error-level finding\(s\) stand/);
    assert.match(refused.err, /yangquan-emergency-2026-budget\.txt:618 /);
    assert.equal(existsSync(out), false, 'nothing written');

    const forced = await run('publish', corpusPath('yangquan-emergency-2026-budget.txt'), '--format', 'docx', '-o', out, '--data', data, '--force', '--by', '张三');
    assert.equal(forced.code, EXIT.ok, forced.err);
    assert.match(forced.out, /publication #\d+ by 张三, FORCED with 1 error-level finding/);
    assert.equal(existsSync(out), true);

    const clean = await run('publish', corpusPath('yangquan-emergency-2024-final-accounts.txt'), '--format', 'xlsx', '-o', join(dir, 'final.xlsx'), '--data', data, '--by', '李四');
    assert.equal(clean.code, EXIT.ok, clean.err);

    const store = await openStore({ dataDir: data });
    try {
      const { rows } = await listPublications(store.db, { limit: 10, offset: 0 });
      assert.deepEqual(rows.map((p) => [p.account, p.format, p.forced, p.standing.map((f) => f.location.line)]), [
        ['李四', 'xlsx', false, []],
        ['张三', 'docx', true, [618]],
      ]);
    } finally {
      await store.close();
    }
  } finally {
    if (saved !== undefined) process.env['DATABASE_URL'] = saved;
  }
});
