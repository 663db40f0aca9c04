import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { codeStructure } from './code-structure.js';

const table = (...rows: string[]): string[] => [
  '2026年预算支出总表',
  '单位：万元',
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('合计', '', '8.00', '8.00', ''),
  ...rows,
];

test('passes when every 款 and 项 has its parent in the table', () => {
  const d = docFrom(...table(T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''), T('22401', '应急管理事务', '8.00', '8.00', ''), T('2240101', '行政运行', '8.00', '8.00', '')));
  assert.deepEqual(codeStructure.check(d), []);
});

test('reports a 项 whose 款 is missing', () => {
  const d = docFrom(...table(T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''), T('2240101', '行政运行', '8.00', '8.00', '')));
  const fs = codeStructure.check(d);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.actual, f.expected, f.severity]), [['missing-parent', '2240101', '22401', 'error']]);
});

test('reports a 款 whose 类 is missing', () => {
  const d = docFrom(...table(T('22401', '应急管理事务', '8.00', '8.00', ''), T('2240101', '行政运行', '8.00', '8.00', '')));
  assert.deepEqual(codeStructure.check(d).map((f) => [f.params['kind'], f.actual, f.expected]), [['missing-parent', '22401', '224']]);
});

test('reports a function code of the wrong length or with non-digits', () => {
  const d = docFrom(...table(T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''), T('22401', '应急管理事务', '8.00', '8.00', '')));
  // The reader only takes digit runs of known lengths for codes, so the bad codes are put into the model directly.
  const rows = d.tables.flatMap((t) => t.rows).filter((r) => r.code === '22401');
  assert.equal(rows.length, 1);
  for (const r of rows) r.code = '2240';
  const fs = codeStructure.check(d);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.actual, f.params['lengths']]), [['bad-pattern', '2240', '3/5/7']]);
  for (const r of rows) r.code = '224A1';
  assert.deepEqual(codeStructure.check(d).map((f) => [f.params['kind'], f.actual]), [['bad-pattern', '224A1']]);
});

test('economic codes stop at 5 digits', () => {
  const d = docFrom(
    '2026年一般公共预算安排基本支出分经济科目表',
    '单位：万元',
    T('科目编码', '科目名称', '合计', '人员经费', '公用经费'),
    T('301', '工资福利支出', '8.00', '8.00', ''),
    T('30101', '基本工资', '8.00', '8.00', ''),
  );
  const rows = d.tables.flatMap((t) => t.rows).filter((r) => r.code === '30101');
  assert.equal(rows[0]?.classification, 'dept-economic');
  assert.deepEqual(codeStructure.check(d), []);
  for (const r of rows) r.code = '3010101';
  assert.deepEqual(codeStructure.check(d).map((f) => [f.params['kind'], f.params['lengths']]), [['bad-pattern', '3/5']]);
});

test('corpus: 阳泉 2026 budget has every parent (lines 139–141: 224 / 22401 / 2240101 in 预算收入总表)', () => {
  // Checked by hand: each 7-digit code printed in tables 2, 3 and 5 follows its 款 and 类 (e.g. lines 179–181).
  const r = readDocument(corpusBytes('yangquan-emergency-2026-budget.txt'), 'yangquan-emergency-2026-budget.txt');
  assert.ok(r.ok);
  if (!r.ok) return;
  const rows = r.document.tables.flatMap((t) => t.rows).filter((x) => x.code === '2240101');
  assert.deepEqual(rows.slice(0, 2).map((x) => x.pos.line), [141, 181]);
  assert.deepEqual(codeStructure.check(r.document), []);
});
