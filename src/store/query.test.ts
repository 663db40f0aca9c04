import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { RULES, checkDocument } from '../check/index.js';
import { readDocument } from '../read/index.js';
import { TEXT_DOCS, corpusBytes } from '../../test/corpus.js';
import type { Store } from './store.js';
import { storeTest } from './testkit.js';

const YQ = 'yangquan-emergency-2026-budget.txt';
const YQ_FINAL = 'yangquan-emergency-2024-final-accounts.txt';
const JZ = 'jinzhong-emergency-2022-performance-targets.txt';

async function importAll(store: Store, names: readonly string[] = TEXT_DOCS): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const n of names) {
    const r = await store.importFile(n, corpusBytes(n));
    assert.equal(r.status, 'imported');
    ids.set(n, r.documentId ?? -1);
  }
  return ids;
}

storeTest('lists documents by body, year, kind and finding status, a page at a time with the total', async (store) => {
  const ids = await importAll(store);
  const yq = await store.listDocuments({ body: '阳泉市应急管理局' });
  assert.deepEqual([yq.total, yq.rows.map((r) => r.year)], [2, [2024, 2026]]);
  assert.deepEqual((await store.listDocuments({ year: 2026 })).rows.map((r) => r.body).sort(), ['山西省应急管理厅', '阳泉市应急管理局']);
  assert.deepEqual((await store.listDocuments({ kind: 'final-accounts' })).rows.map((r) => r.id), [ids.get(YQ_FINAL)]);
  assert.equal((await store.listDocuments({ body: '阳泉市应急管理局', year: 2024, kind: 'budget' })).total, 0);
  const status = await Promise.all((['errors', 'warnings', 'clean'] as const).map((s) => store.listDocuments({ status: s })));
  assert.equal(status.reduce((n, s) => n + s.total, 0), 5);
  assert.ok(status[0]?.rows.every((r) => r.counts.error > 0));
  assert.ok(status[1]?.rows.every((r) => r.counts.error === 0 && r.counts.warning > 0));
  const pages = await Promise.all([0, 2, 4].map((offset) => store.listDocuments({ limit: 2, offset })));
  assert.deepEqual(pages.map((p) => [p.total, p.rows.length]), [[5, 2], [5, 2], [5, 1]]);
  const seen = pages.flatMap((p) => p.rows.map((r) => r.id));
  assert.deepEqual(seen, [...ids.values()].sort((a, b) => b - a));
});

storeTest('deleting a document removes its rows, findings and original; the history stays', async (store) => {
  const ids = await importAll(store, [YQ, JZ]);
  const id = ids.get(YQ) ?? -1;
  assert.equal(await store.deleteDocument(id), true);
  for (const t of ['tables', 'cells', 'facts', 'forms', 'indicators', 'units', 'findings']) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)} where document_id = ${id}`.execute(store.db);
    assert.equal(rows[0]?.n, 0, t);
  }
  assert.equal(await store.getDocument(id), undefined);
  assert.equal(await store.getOriginal(id), undefined);
  assert.equal(await store.deleteDocument(id), false);
  const files = await store.db.selectFrom('files').select('name').execute();
  assert.deepEqual(files, [{ name: JZ }]);
  const h = await store.db.selectFrom('imports').select(['file_name', 'document_id']).orderBy('id').execute();
  assert.deepEqual(h, [{ file_name: YQ, document_id: null }, { file_name: JZ, document_id: ids.get(JZ) }]);
  // Deleted, the same bytes import anew.
  assert.equal((await store.importFile(YQ, corpusBytes(YQ))).status, 'imported');
});

storeTest('recheck replaces findings and counts from the stored models (a rule subset, then all rules again)', async (store) => {
  const ids = await importAll(store, [YQ, YQ_FINAL]);
  const subset = RULES.filter((r) => r.id === 'form-matches-project-table' || r.id === 'row-total-equals-parts');
  assert.equal(subset.length, 2);
  const total = await store.recheck(subset);
  let expected = { documents: 2, error: 0, warning: 0, info: 0 };
  for (const [name, id] of ids) {
    const read = readDocument(corpusBytes(name), name);
    assert.ok(read.ok);
    const want = checkDocument(read.document, subset);
    const d = await store.getDocument(id);
    assert.deepEqual(d?.findings, JSON.parse(JSON.stringify(want)));
    assert.ok(d?.findings.every((f) => f.rule === 'form-matches-project-table' || f.rule === 'row-total-equals-parts'));
    const c = { error: want.filter((f) => f.severity === 'error').length, warning: want.filter((f) => f.severity === 'warning').length, info: want.filter((f) => f.severity === 'info').length };
    assert.deepEqual(d?.counts, c);
    expected = { documents: 2, error: expected.error + c.error, warning: expected.warning + c.warning, info: expected.info + c.info };
  }
  assert.deepEqual(total, expected);
  await store.recheck();
  const read = readDocument(corpusBytes(YQ), YQ);
  assert.ok(read.ok);
  assert.equal((await store.getDocument(ids.get(YQ) ?? -1))?.findings.length, checkDocument(read.document).length);
});

storeTest('search finds a project by a Chinese substring, in its form and its project row, with amounts in 元', async (store) => {
  const ids = await importAll(store);
  // 阳泉 2026: line 416 项目支出预算表 row 市级森林防灭火指挥部专项经费 30.00 (万元); line 812 its form, 年度资金总额 300,000 元.
  const r = await store.search({ q: '森林防灭火' });
  const hits = r.rows.filter((h) => h.text === '市级森林防灭火指挥部专项经费');
  assert.deepEqual(hits.map((h) => [h.source, h.documentId, h.body, h.year, h.amountYuan]).sort(), [
    ['form', ids.get(YQ), '阳泉市应急管理局', 2026, '300000'],
    ['project-row', ids.get(YQ), '阳泉市应急管理局', 2026, '300000'],
  ]);
  assert.equal(hits.find((h) => h.source === 'project-row')?.line, 416);
  assert.equal((await store.search({ q: '森林防灭火', year: 2025 })).rows.filter((h) => h.text === '市级森林防灭火指挥部专项经费').length, 0);
  assert.equal((await store.search({ q: '森林防灭火', minAmount: '300000', maxAmount: '300000' })).rows.filter((h) => h.documentId === ids.get(YQ)).length, 2);
  assert.equal((await store.search({ q: '森林防灭火指挥部', minAmount: '300000.01' })).total, 0);
  await assert.rejects(store.search({ q: 'x', minAmount: '3e5' }), /not a decimal/);
});

storeTest('search finds indicators by name or value substring; LIKE wildcards in the query are literal', async (store) => {
  const ids = await importAll(store, [YQ]);
  // 阳泉 2026, the 森林防灭火 form (line 831): 三级指标 制作封山禁火通告, 指标值 89700张.
  const r = await store.search({ q: '封山禁火通告' });
  assert.ok(r.rows.some((h) => h.source === 'indicator' && h.documentId === ids.get(YQ) && h.text === '制作封山禁火通告：89700张' && h.line === 831), JSON.stringify(r.rows));
  assert.ok((await store.search({ q: '89700张' })).rows.some((h) => h.source === 'indicator'));
  // Texts hold ≥90% (percent signs are searchable), but no 9_%: unescaped, `_` would match the 0 of 90%.
  assert.ok((await store.search({ q: '90%' })).total > 0);
  assert.equal((await store.search({ q: '9_%' })).total, 0);
  const page = await store.search({ q: '封山禁火', limit: 1, offset: 1 });
  assert.equal(page.total, r.total);
});

storeTest('bodies: issuers with their documents by year', async (store) => {
  const ids = await importAll(store, [YQ, JZ, YQ_FINAL]);
  const b = await store.bodies();
  assert.deepEqual(
    b.map((x) => [x.body, x.years.map((y) => [y.year, y.documents.map((d) => [d.id, d.kind])])]),
    [
      ['晋中市应急管理局', [[2022, [[ids.get(JZ), 'performance-targets']]]]],
      ['阳泉市应急管理局', [[2024, [[ids.get(YQ_FINAL), 'final-accounts']]], [2026, [[ids.get(YQ), 'budget']]]]],
    ],
  );
});

storeTest('tableList reads the same table list from the database as from the parsed model; undefined for no document', async (store) => {
  const ids = await importAll(store, [YQ, JZ]);
  for (const id of ids.values()) {
    const d = await store.getDocument(id);
    const fromModel = d?.model.tables.map((t, index) => ({ index, kind: t.kind, title: t.title, ...(t.number !== undefined ? { number: t.number } : {}), ...(t.unit !== undefined ? { unit: t.unit } : {}), rows: t.rows.length, noData: t.noData, line: t.pos.line }));
    assert.deepEqual(await store.tableList(id), fromModel);
    assert.equal(await store.hasDocument(id), true);
  }
  assert.equal(await store.tableList(99999), undefined);
  assert.equal(await store.hasDocument(99999), false);
});

storeTest('a repeated search sees documents imported or deleted since it was first answered', async (store) => {
  const ids = await importAll(store, [YQ]);
  const first = await store.search({ q: '安全生产' });
  assert.ok(first.total > 0);
  assert.deepEqual(await store.search({ q: '安全生产' }), first);
  const yqId = ids.get(YQ) ?? -1;
  assert.equal(await store.deleteDocument(yqId), true);
  assert.equal((await store.search({ q: '安全生产' })).total, 0);
  const again = await store.importFile(YQ, corpusBytes(YQ));
  const after = await store.search({ q: '安全生产' });
  assert.equal(after.total, first.total);
  assert.ok(after.rows.every((r) => r.documentId === again.documentId));
});
