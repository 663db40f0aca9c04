import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { checkDocument } from '../check/index.js';
import { readDocument } from '../read/index.js';
import { TEXT_DOCS, corpusBytes } from '../../test/corpus.js';
import type { Store } from './store.js';
import { storeTest } from './testkit.js';

const YQ = 'yangquan-emergency-2026-budget.txt';

// Body, year, kind, tables and project forms as the documents print them: 13 budget tables 预算收支总表 … 项目支出预算表
// （上年结转） in the three Shanxi budgets, 公开01–10表 in the final accounts; project forms counted by their titles
// (阳泉 19 项目支出绩效目标表, 大同 12 titled at lines 522–886, 晋中 43 申报表).
const EXPECTED: Record<(typeof TEXT_DOCS)[number], { body: string; year: number; kind: string; tables: number; forms?: number }> = {
  'yangquan-emergency-2026-budget.txt': { body: '阳泉市应急管理局', year: 2026, kind: 'budget', tables: 13, forms: 19 },
  'datong-emergency-2025-unit-budget.md': { body: '大同市应急管理局', year: 2025, kind: 'budget', tables: 13, forms: 12 },
  'shanxi-emergency-2026-budget.txt': { body: '山西省应急管理厅', year: 2026, kind: 'budget', tables: 13 },
  'yangquan-emergency-2024-final-accounts.txt': { body: '阳泉市应急管理局', year: 2024, kind: 'final-accounts', tables: 10, forms: 0 },
  'jinzhong-emergency-2022-performance-targets.txt': { body: '晋中市应急管理局', year: 2022, kind: 'performance-targets', tables: 0, forms: 43 },
};

async function rowCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['files', 'documents', 'tables', 'cells', 'facts', 'forms', 'indicators', 'units', 'findings', 'imports']) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(store.db);
    out[t] = rows[0]?.n ?? -1;
  }
  return out;
}

storeTest('imports the five text documents with their body, year, kind, tables and forms', async (store) => {
  for (const name of TEXT_DOCS) {
    const r = await store.importFile(name, corpusBytes(name));
    assert.equal(r.status, 'imported', `${name}: ${r.message}`);
    const e = EXPECTED[name];
    const d = await store.getDocument(r.documentId ?? -1);
    assert.ok(d);
    assert.deepEqual([d.body, d.year, d.kind, d.model.tables.length], [e.body, e.year, e.kind, e.tables], name);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from tables where document_id = ${d.id}`.execute(store.db);
    assert.equal(rows[0]?.n, e.tables, name);
    if (e.forms !== undefined) {
      const f = await sql<{ n: number }>`select count(*)::int as n from forms where document_id = ${d.id}`.execute(store.db);
      assert.equal(f.rows[0]?.n, e.forms, name);
    }
  }
  assert.equal((await store.listDocuments()).total, 5);
});

storeTest('a second import of the same bytes is a duplicate: history row only, nothing else changes', async (store) => {
  const first = await store.importFile(YQ, corpusBytes(YQ));
  const before = await rowCounts(store);
  const again = await store.importFile('renamed.txt', corpusBytes(YQ));
  assert.deepEqual([again.status, again.documentId, again.sha256], ['duplicate', first.documentId, first.sha256]);
  const after = await rowCounts(store);
  assert.deepEqual(after, { ...before, imports: (before['imports'] ?? 0) + 1 });
});

storeTest('keeps the original byte for byte under its SHA-256', async (store) => {
  const bytes = corpusBytes(YQ);
  const r = await store.importFile(YQ, bytes);
  const o = await store.getOriginal(r.documentId ?? -1);
  assert.ok(o);
  assert.equal(o.name, YQ);
  assert.deepEqual(Buffer.from(o.bytes), Buffer.from(bytes));
  assert.equal(o.sha256, createHash('sha256').update(bytes).digest('hex'));
  assert.equal(r.sha256, o.sha256);
});

storeTest('the model read back equals readDocument; the findings equal checkDocument', async (store) => {
  for (const name of [YQ, 'datong-emergency-2025-unit-budget.md']) {
    const bytes = corpusBytes(name);
    const read = readDocument(bytes, name);
    assert.ok(read.ok);
    const r = await store.importFile(name, bytes);
    const d = await store.getDocument(r.documentId ?? -1);
    assert.ok(d);
    // The model is JSON data: compare with its JSON form (absent optional fields, not `undefined` ones).
    assert.deepEqual(d.model, JSON.parse(JSON.stringify(read.document)));
    const findings = checkDocument(read.document);
    assert.deepEqual(d.findings, JSON.parse(JSON.stringify(findings)));
    assert.deepEqual(d.counts, { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length, info: findings.filter((f) => f.severity === 'info').length });
  }
});

storeTest('a failure in the middle of an import leaves no partial rows, only a failed history row', async (store) => {
  const before = await rowCounts(store);
  const r = await store.importFile(YQ, corpusBytes(YQ), {
    afterStage: (stage) => {
      if (stage === 'cells') throw new Error('injected failure after the cells');
    },
  });
  assert.equal(r.status, 'failed');
  assert.match(r.message ?? '', /injected failure/);
  assert.deepEqual(await rowCounts(store), { ...before, imports: (before['imports'] ?? 0) + 1 });
  const h = await store.db.selectFrom('imports').select(['status', 'document_id']).execute();
  assert.deepEqual(h, [{ status: 'failed', document_id: null }]);
  assert.equal((await store.importFile(YQ, corpusBytes(YQ))).status, 'imported');
});

storeTest('an unreadable file is recorded in the history with the reader’s reason, nothing else', async (store) => {
  const before = await rowCounts(store);
  const r = await store.importFile('scan.pdf', new TextEncoder().encode('%PDF-1.7 binary'));
  assert.equal(r.status, 'unreadable');
  assert.match(r.message ?? '', /the PDF is damaged or truncated/);
  assert.deepEqual(await rowCounts(store), { ...before, imports: (before['imports'] ?? 0) + 1 });
  const h = await store.db.selectFrom('imports').select(['file_name', 'status', 'message']).executeTakeFirstOrThrow();
  assert.deepEqual([h.file_name, h.status, h.message], ['scan.pdf', 'unreadable', r.message]);
  assert.equal((await store.importFile('empty.txt', new Uint8Array())).status, 'unreadable');
});

storeTest('imports in parallel: transactions do not interleave, the same bytes at once are stored once', async (store) => {
  const names = [YQ, 'yangquan-emergency-2024-final-accounts.txt', 'jinzhong-emergency-2022-performance-targets.txt'] as const;
  const rs = await Promise.all([...names.map((n) => store.importFile(n, corpusBytes(n))), store.importFile('again.txt', corpusBytes(YQ))]);
  const statuses = rs.map((r) => r.status);
  // The same bytes twice at once: one is stored, the other is a duplicate of it (on PostgreSQL both may pass the
  // first look; the unique key then decides) — never stored twice, never a failure.
  assert.deepEqual(statuses.slice(1, 3), ['imported', 'imported']);
  assert.deepEqual([statuses[0], statuses[3]].sort(), ['duplicate', 'imported']);
  assert.equal(rs[0]?.documentId, rs[3]?.documentId);
  assert.equal((await store.listDocuments()).total, 3);
});
