import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { FUNCTION_CODES } from '../catalogue/function-codes.js';
import { T, docFrom } from '../testkit.js';
import { codeInCatalogue } from './code-in-catalogue.js';

const table = (year: string, ...rows: string[]): string[] => [
  `${year}年预算支出总表`,
  '单位：万元',
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('合计', '', '8.00', '8.00', ''),
  ...rows,
];

test('passes for catalogued codes with their names', () => {
  const d = docFrom(...table('2026', T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''), T('22401', '应急管理事务', '8.00', '8.00', ''), T('2240101', '行政运行', '8.00', '8.00', '')));
  assert.equal(d.year, 2026);
  assert.deepEqual(codeInCatalogue.check(d), []);
});

test('an unknown code is information', () => {
  const d = docFrom(...table('2026', T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''), T('22498', '某某事务', '8.00', '8.00', '')));
  assert.deepEqual(codeInCatalogue.check(d).map((f) => [f.params['kind'], f.actual, f.severity]), [['unknown-code', '22498', 'info']]);
});

test('a renamed class printed with its old name is a warning', () => {
  const d = docFrom(...table('2026', T('210', '医疗卫生与计划生育支出', '8.00', '8.00', '')));
  assert.deepEqual(codeInCatalogue.check(d).map((f) => [f.params['kind'], f.expected, f.actual, f.severity]), [
    ['outdated-name', '卫生健康支出', '医疗卫生与计划生育支出', 'warning'],
  ]);
  // In 2018 the old name was right.
  assert.deepEqual(codeInCatalogue.check(docFrom(...table('2018', T('210', '医疗卫生与计划生育支出', '8.00', '8.00', '')))), []);
});

test('a name the catalogue never had is a warning; a code not yet created is information', () => {
  const d = docFrom(...table('2026', T('224', '应急管理支出', '8.00', '8.00', '')));
  assert.deepEqual(codeInCatalogue.check(d).map((f) => [f.params['kind'], f.severity]), [['name-differs', 'warning']]);
  const old = docFrom(...table('2018', T('224', '灾害防治及应急管理支出', '8.00', '8.00', '')));
  assert.deepEqual(codeInCatalogue.check(old).map((f) => [f.params['kind'], f.severity]), [['not-valid-in-year', 'info']]);
});

test('the catalogue has every national 类 and no code twice for the same year', () => {
  for (const c of ['201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214', '215', '216', '217', '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232', '233', '234']) {
    assert.ok(FUNCTION_CODES.some((e) => e.code === c), c);
  }
  for (const e of FUNCTION_CODES) {
    assert.match(e.code, /^\d{3}(\d{2}){0,2}$/);
    const clash = FUNCTION_CODES.filter((o) => o !== e && o.code === e.code && (o.since ?? 0) <= (e.until ?? 9999) && (e.since ?? 0) <= (o.until ?? 9999));
    assert.deepEqual(clash, [], e.code);
  }
});

test('corpus: 阳泉 2026 budget uses only catalogued codes with their 2026 names', () => {
  // Checked by hand: table 3 lines 179–181 print 224 灾害防治及应急管理支出 / 22401 应急管理事务 / 2240101 行政运行,
  // the catalogue's names; every function code of the corpus was reviewed into the catalogue.
  const name = 'yangquan-emergency-2026-budget.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.document.year, 2026);
  assert.deepEqual(codeInCatalogue.check(r.document), []);
  // The same tables dated 2018 would use 224 before the 2019 reform created it.
  const as2018 = codeInCatalogue.check({ ...r.document, year: 2018 });
  assert.deepEqual([...new Set(as2018.map((f) => `${f.params['code']} ${f.params['kind']}`))].sort(), [
    '207 name-differs',
    '210 name-differs',
    '220 name-differs',
    '224 not-valid-in-year',
    '234 not-valid-in-year',
  ]);
  assert.ok(as2018.some((f) => f.params['code'] === '224' && f.location.line === 179 && f.severity === 'info'));
});
