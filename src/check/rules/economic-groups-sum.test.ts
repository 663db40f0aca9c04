import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusText } from '../../../test/corpus.js';
import type { Document } from '../../model/index.js';
import { readText } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { economicGroupsSum } from './economic-groups-sum.js';

function read(text: string, name: string): Document {
  const r = readText(text, name);
  if (!r.ok) throw new Error('unreadable');
  return r.document;
}

function without(text: string, line: number, label: string): string {
  const lines = text.split('\n');
  assert.ok(lines[line - 1]?.startsWith(label), `line ${line} is ${lines[line - 1]}`);
  return [...lines.slice(0, line - 1), ...lines.slice(line)].join('\n');
}

const DT = 'datong-emergency-2025-unit-budget.md';
const YQ = 'yangquan-emergency-2026-budget.txt';
const bad = (d: Document): string[][] =>
  economicGroupsSum.check(d).filter((f) => f.severity !== 'info').map((f) => [f.params['kind'] ?? '', f.params['row'] ?? '', f.params['column'] ?? '', f.expected ?? '', f.actual ?? '']);

const table = (...rows: string[]): Document =>
  docFrom(
    '2026年一般公共预算安排基本支出分经济科目表（不含上年结转）',
    '单位：万元',
    T('部门预算支出经济科目名称', '政府预算支出经济科目名称', '合计', '人员经费', '公用经费'),
    ...rows,
  );

test('passes when every 类 is the sum of the 款 under it and 合计 the sum of the 类', () => {
  const d = table(T('合计', '', '10.00', '8.00', '2.00'), T('工资福利支出', '', '8.00', '8.00', ''), T('基本工资', '工资奖金津补贴', '8.00', '8.00', ''), T('商品和服务支出', '', '2.00', '', '2.00'), T('办公费', '办公经费', '2.00', '', '2.00'));
  assert.deepEqual(economicGroupsSum.check(d), []);
});

test('reports a 类 whose 款 do not add up, and 0.01 per part as rounding', () => {
  const d = table(T('合计', '', '10.00', '8.00', '2.00'), T('工资福利支出', '', '8.00', '8.00', ''), T('基本工资', '工资奖金津补贴', '6.00', '6.00', ''), T('商品和服务支出', '', '2.00', '', '2.00'), T('办公费', '办公经费', '2.01', '', '2.01'));
  const fs = economicGroupsSum.check(d);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['row'], f.severity, f.expected, f.actual]), [
    ['class', '工资福利支出', 'error', '6.00', '8.00'],
    ['class', '工资福利支出', 'error', '6.00', '8.00'],
    ['class', '商品和服务支出', 'info', '2.01', '2.00'],
    ['class', '商品和服务支出', 'info', '2.01', '2.00'],
  ]);
});

test('corpus: 大同 2025 表6 adds up exactly (lines 323–348 checked by hand)', () => {
  // 合计 1603.41 = 1240.37 + 149.07 + 210.97 + 3.00; 商品和服务支出 149.07 = 19.75 + 8.00 + 0.05 + 2.80 + 6.66 +
  // 23.30 + 10.50 + 74.25 + 3.76 (lines 333–342).
  assert.deepEqual(economicGroupsSum.check(read(corpusText(DT), DT)), []);
});

test('corpus: 阳泉 2026 表6 differs only by 尾差 (line 305: 商品和服务支出 384.80, its 款 add to 384.79)', () => {
  const fs = economicGroupsSum.check(read(corpusText(YQ), YQ));
  assert.ok(fs.length > 0);
  assert.ok(fs.every((f) => f.severity === 'info'));
  assert.deepEqual(bad(read(corpusText('shanxi-emergency-2026-budget.txt'), 'shanxi-emergency-2026-budget.txt')), []);
});

test('a 款 row left out of 大同 表6 breaks its 类', () => {
  // Line 334: 办公费 办公经费 19.75 (公用经费 19.75).
  assert.deepEqual(bad(read(without(corpusText(DT), 334, '办公费'), DT)), [
    ['class', '商品和服务支出', '2025年预算数/合计', '129.32', '149.07'],
    ['class', '商品和服务支出', '2025年预算数/公用经费', '129.32', '149.07'],
  ]);
});

test('a 类 row left out of 阳泉 表6 breaks 合计 (its 款 join the 类 before)', () => {
  // Line 305: 商品和服务支出 384.80; its 款 then count under 工资福利支出 (line 288: 3336.90).
  const kinds = bad(read(without(corpusText(YQ), 305, '商品和服务支出'), YQ)).map(([k, r]) => `${k} ${r}`);
  assert.ok(kinds.includes('total 合计'));
  assert.ok(kinds.includes('class 工资福利支出'));
});

test('a 类 whose only 款 is left out (大同 line 348: 办公设备购置 3.00 under 资本性支出)', () => {
  assert.deepEqual(bad(read(without(corpusText(DT), 348, '办公设备购置'), DT)).map(([k, r]) => `${k} ${r}`), ['class 资本性支出', 'class 资本性支出']);
});
