import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../test/corpus.js';
import { layoutTextOf } from '../../test/layout-text.js';
import type { Document } from '../model/index.js';
import { readDocument, readText } from './index.js';

function docOf(name: string): Document {
  const r = name.endsWith('.pdf') ? readText(layoutTextOf(name), name) : readDocument(corpusBytes(name), name);
  assert.ok(r.ok, name);
  return r.document;
}

// Each expectation is the document's cover as printed (first lines of each file).
const COVERS: [string, Partial<Document> & { bodyName: string; code?: string }][] = [
  // 阳泉市应急管理局 / 2026年度部门预算公开
  ['yangquan-emergency-2026-budget.txt', { kind: 'budget', scope: '部门', year: 2026, template: 'shanxi-budget', bodyName: '阳泉市应急管理局', code: '035' }],
  // # 大同市应急管理局 / ## 2025年度单位预算公开
  ['datong-emergency-2025-unit-budget.md', { kind: 'budget', scope: '单位', year: 2025, template: 'shanxi-budget', bodyName: '大同市应急管理局' }],
  // 部门名称：山西省应急管理厅 (表1), 2026年度部门预算公开
  ['shanxi-emergency-2026-budget.txt', { kind: 'budget', scope: '部门', year: 2026, template: 'shanxi-budget', bodyName: '山西省应急管理厅' }],
  // 阳泉市应急管理局 / 2024年度部门决算公开
  ['yangquan-emergency-2024-final-accounts.txt', { kind: 'final-accounts', scope: '部门', year: 2024, template: 'shanxi-final', bodyName: '阳泉市应急管理局' }],
  // forms only: 主管部门及代码 206-晋中市应急管理局, （2022年度）
  ['jinzhong-emergency-2022-performance-targets.txt', { kind: 'performance-targets', year: 2022, template: 'forms-only', bodyName: '晋中市应急管理局', code: '206' }],
  // 上海市普陀区2025年区级部门预算 / 预算主管部门：上海市普陀区商务委员会
  ['shanghai-putuo-commerce-2025-budget.pdf', { kind: 'budget', scope: '部门', year: 2025, template: 'shanghai-budget', bodyName: '上海市普陀区商务委员会' }],
  // 上海市普陀区规划和自然 / 资源局 / 2024 年度部门决算
  ['shanghai-putuo-planning-2024-final-accounts.pdf', { kind: 'final-accounts', scope: '部门', year: 2024, template: 'shanghai-final', bodyName: '上海市普陀区规划和自然资源局' }],
];

for (const [name, want] of COVERS) {
  test(`cover of ${name}: kind, scope, year, template, body`, () => {
    const d = docOf(name);
    assert.equal(d.kind, want.kind);
    assert.equal(d.scope, want.scope);
    assert.equal(d.year, want.year);
    assert.equal(d.template, want.template);
    assert.equal(d.body.name, want.bodyName);
    if (want.code) assert.equal(d.body.code, want.code);
    assert.equal(d.source.file, name);
    assert.match(d.source.sha256, /^[0-9a-f]{64}$/);
  });
}

test('levels follow the body name: 省 → province, 市 → city, 区 → district', () => {
  assert.equal(docOf('shanxi-emergency-2026-budget.txt').body.level, 'province');
  assert.equal(docOf('yangquan-emergency-2026-budget.txt').body.level, 'city');
  assert.equal(docOf('shanghai-putuo-commerce-2025-budget.pdf').body.level, 'district');
});

test('input that is not a text disclosure is refused with a reason and a position', () => {
  const cases: [Uint8Array, string][] = [
    [new Uint8Array(), 'empty'],
    [Buffer.from('%PDF-1.7\n...'), 'pdf'],
    [Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), 'encoding'],
    [Buffer.from('abc\u0000def'), 'binary'],
    [Buffer.from('   \n\n  '), 'empty'],
  ];
  for (const [bytes, code] of cases) {
    const r = readDocument(bytes, 'x.txt');
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.code, code);
      assert.equal(r.error.pos?.file, 'x.txt');
    }
  }
});

test('a UTF-8 byte-order mark and CRLF line ends do not change what is read', () => {
  const text = corpusBytes('yangquan-emergency-2024-final-accounts.txt').toString();
  const plain = readText(text, 'a.txt');
  const crlf = readText(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'a.txt');
  assert.ok(plain.ok && crlf.ok);
  if (plain.ok && crlf.ok) {
    assert.equal(crlf.document.tables.length, plain.document.tables.length);
    assert.deepEqual(crlf.document.tables.map((t) => t.rows.length), plain.document.tables.map((t) => t.rows.length));
  }
});
