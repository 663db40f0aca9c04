import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { ECONOMIC_CODES } from '../catalogue/economic-codes.js';
import { T, docFrom } from '../testkit.js';
import { economicCodeInCatalogue } from './economic-code-in-catalogue.js';

// The 公开06表 layout: 人员经费 and 公用经费 side by side, each code / name / amount.
const table = (...rows: string[]): string[] => [
  '一般公共预算财政拨款基本支出决算明细表',
  '公开06表',
  '2024年度',
  '金额单位：万元',
  T('人员经费', '', '', '公用经费', '', ''),
  T('科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数'),
  ...rows,
];

test('catalogued economic codes with their names pass, bracket widths aside', () => {
  const d = docFrom(...table(T('301', '工资福利支出', '5.00', '302', '商品和服务支出', '3.00'), T('30101', '基本工资', '5.00', '30212', '因公出国(境)费用', '3.00')));
  assert.deepEqual(economicCodeInCatalogue.check(d), []);
});

test('an economic code with another name is a warning; an unknown one is information', () => {
  const d = docFrom(...table(T('301', '工资福利支出', '5.00', '302', '商品和服务支出', '3.00'), T('30101', '基本工资', '5.00', '30201', '办公经费', '2.00'), T('', '', '', '30298', '某项费用', '1.00')));
  assert.deepEqual(
    economicCodeInCatalogue.check(d).map((f) => [f.params['kind'], f.actual, f.expected, f.severity]),
    [
      ['name-differs', '办公经费', '办公费', 'warning'],
      ['unknown-code', '30298', undefined, 'info'],
    ],
  );
});

test('function codes are left to the function catalogue', () => {
  const d = docFrom('2026年预算支出总表', '单位：万元', T('科目编码', '科目名称', '合计', '基本支出', '项目支出'), T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''));
  assert.deepEqual(economicCodeInCatalogue.check(d), []);
});

test('阳泉 2024 公开06表 prints every economic code with its national name', () => {
  // e.g. line 379: 30212 因公出国（境）费用; line 385: 30217 公务接待费; line 369: 30101 基本工资, 30201 办公费.
  const r = readDocument(corpusBytes('yangquan-emergency-2024-final-accounts.txt'), 'y.txt');
  assert.ok(r.ok);
  assert.deepEqual(economicCodeInCatalogue.check(r.document).filter((f) => f.severity !== 'info'), []);
});

test('the catalogue has the national 类 of both economic classifications, codes well formed and unique', () => {
  for (const c of ['301', '302', '303', '307', '309', '310', '311', '312', '313', '399', '501', '502', '505', '509', '599']) {
    assert.ok(ECONOMIC_CODES.some((e) => e.code === c), c);
  }
  assert.equal(ECONOMIC_CODES.find((e) => e.code === '30231')?.name, '公务用车运行维护费');
  for (const e of ECONOMIC_CODES) assert.match(e.code, /^[35]\d{2}(\d{2})?$/);
  assert.equal(new Set(ECONOMIC_CODES.map((e) => e.code)).size, ECONOMIC_CODES.length);
});
