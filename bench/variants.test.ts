import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../src/store/index.js';
import { variants } from './variants.js';

test('10 variants import into the store with the body and year they were given', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-variants-'));
  const store = await openStore({ dataDir: dir });
  try {
    const vs = variants(10);
    assert.equal(new Set(vs.map((v) => v.text)).size, 10, 'every variant has its own bytes');
    for (const v of vs) {
      assert.ok(!v.text.includes('阳泉市应急管理局') && !v.text.includes('大同市应急管理局') && !v.text.includes('晋中市应急管理局'), `${v.name}: the real body name is gone`);
      const r = await store.importFile(v.name, new TextEncoder().encode(v.text));
      assert.equal(r.status, 'imported', `${v.name}: ${r.message ?? ''}`);
      const d = await store.getDocument(r.documentId ?? -1);
      assert.equal(d?.body, v.body, v.name);
      assert.equal(d?.year, v.year, v.name);
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
