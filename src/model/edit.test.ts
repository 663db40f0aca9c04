import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../test/corpus-document.js';
import { EditError, isComputed, setAmount, sumsOf } from './edit.js';

const YQ = 'yangquan-emergency-2026-budget.txt';
const expenditure = () => {
  const doc = corpusDocument(YQ);
  const t = doc.tables.findIndex((x) => x.kind === 'budget-expenditure');
  const table = doc.tables[t];
  if (!table) throw new Error('no 支出总表');
  const row = (code: string) => table.rows.findIndex((r) => r.code === code);
  const total = table.rows.findIndex((r) => r.role === 'grand-total');
  return { doc, t, table, row, total };
};
const value = (d: ReturnType<typeof expenditure>['doc'], t: number, r: number, col: string) => d.tables[t]?.rows[r]?.cells[col]?.amount?.value;

test('an edited 项 amount recomputes its 款, its 类 and the 合计 of its column, nothing else', () => {
  const { doc, t, table, row, total } = expenditure();
  const col = table.columns.find((c) => c.label.endsWith('合计'))?.key ?? '';
  // 表三 2026年预算支出总表 (lines 152–175): 2080501 行政单位离退休 35.74; its siblings 159.57, 351.78, 175.89;
  // 类 rows 201 6.56, 208 722.99, 210 165.61, 221 285.86, 224 3376.99; 合计 4558.02.
  assert.equal(value(doc, t, row('2080501'), col), '35.74');
  const edited = setAmount(doc, { table: t, row: row('2080501'), column: col }, '36.74');
  assert.equal(value(edited, t, row('2080501'), col), '36.74');
  // 36.74 + 159.57 + 351.78 + 175.89 = 723.98 (the printed 722.99 carried a 0.01 尾差 that recomputing drops).
  assert.equal(value(edited, t, row('20805'), col), '723.98');
  assert.equal(value(edited, t, row('208'), col), '723.98');
  // 6.56 + 723.98 + 165.61 + 285.86 + 3376.99 = 4559.00
  assert.equal(value(edited, t, total, col), '4559.00');
  // Other rows and columns, and the input document, are untouched.
  assert.equal(value(edited, t, row('210'), col), '165.61');
  const basic = table.columns.find((c) => c.label.endsWith('基本支出'))?.key ?? '';
  assert.equal(value(edited, t, row('20805'), basic), '722.99');
  assert.equal(value(doc, t, row('2080501'), col), '35.74');
  assert.equal(edited.tables[t]?.rows[row('2080501')]?.cells[col]?.amount?.unit, '万元');
});

test('blanking an amount removes it from the sums; totals and bad values are refused', () => {
  const { doc, t, table, row, total } = expenditure();
  const col = table.columns.find((c) => c.label.endsWith('合计'))?.key ?? '';
  const blank = setAmount(doc, { table: t, row: row('2013299'), column: col }, '');
  assert.equal(blank.tables[t]?.rows[row('2013299')]?.cells[col]?.text, '');
  assert.equal(value(blank, t, row('2013299'), col), undefined);
  // 20132 and 201 had only this child: blank, not zero.
  assert.equal(value(blank, t, row('201'), col), undefined);
  // 722.99 + 165.61 + 285.86 + 3376.99 = 4551.45
  assert.equal(value(blank, t, total, col), '4551.45');
  assert.throws(() => setAmount(doc, { table: t, row: row('208'), column: col }, '1.00'), EditError);
  assert.throws(() => setAmount(doc, { table: t, row: total, column: col }, '1.00'), EditError);
  assert.throws(() => setAmount(doc, { table: t, row: row('2080501'), column: col }, 'abc'), /not an amount/);
  assert.throws(() => setAmount(doc, { table: 99, row: 0, column: col }, '1'), EditError);
  assert.equal(isComputed(table, row('208'), col), true);
  assert.equal(isComputed(table, row('2080501'), col), false);
});

test('tables without codes have no computed rows: their identities cross tables', () => {
  const doc = corpusDocument(YQ);
  const threePublic = doc.tables.find((x) => x.kind === 'three-public');
  assert.ok(threePublic);
  assert.equal(sumsOf(threePublic).size, 0);
});
