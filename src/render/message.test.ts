import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../check/index.js';
import { T, docFrom } from '../check/testkit.js';
import type { Finding } from '../model/index.js';
import { csvField } from './findings-csv.js';
import { indexPlaces } from './locate.js';
import { findingMessage, wordFinding, wordPosition } from './message.js';

const byId = new Map(RULES.map((r) => [r.id, r]));
const doc = docFrom('2026年预算支出总表', '单位：万元', T('科目编码', '科目名称', '合计', '基本支出', '项目支出'), T('2240101', '行政运行', '10.50', '7.00', '3.00'));
const at = (line: number, start?: number): Finding['location'] => ({ file: 't.txt', line, ...(start === undefined ? {} : { column: { start, end: start + 1 } }) });

test('a cell finding is worded with its table, row, printed column label and both values', () => {
  const cell = doc.tables[0]?.rows[0]?.cells['total'];
  assert.ok(cell);
  const f: Finding = { rule: 'row-total-equals-parts', severity: 'error', location: cell.pos, expected: '10.00', actual: '10.50', params: { difference: '0.50', rounding: 'false' } };
  const w = wordFinding(f, byId, indexPlaces(doc));
  assert.equal(w.title, '行合计等于各栏之和');
  assert.equal(w.subject, '2026年预算支出总表 · 2240101 行政运行 · 合计');
  assert.equal(w.values, '应为 10.00，实为 10.50（差 0.50）');
  assert.equal(findingMessage({ ...f, severity: 'info', params: { rounding: 'true' } }, byId), '行合计等于各栏之和（尾差） — 应为 10.00，实为 10.50');
});

test('kinds, projects named differently, directions, units and one-sided values are worded', () => {
  const form: Finding = { rule: 'form-matches-project-table', severity: 'warning', location: at(9), params: { kind: 'name-differs', project: '执法制服新购、置换费', row: '执法制服购置费' } };
  assert.equal(wordFinding(form, byId).subject, '执法制服新购、置换费（项目表：执法制服购置费） · 名称不一致');
  const dir: Finding = { rule: 'growth-rate-consistent', severity: 'error', location: at(3, 4), expected: 'increase', actual: 'decrease', params: { kind: 'direction', subject: '支出', growth: '下降3.15%' } };
  assert.deepEqual(wordFinding(dir, byId), { title: byId.get('growth-rate-consistent')?.title, subject: '支出 · 「下降3.15%」 · 增减方向不一致', values: '应为 增加，实为 减少' });
  const money: Finding = { rule: 'form-sources-sum', severity: 'error', location: at(5), expected: '100', actual: '90', params: { project: '甲', funding: 'year', unit: '元', difference: '10' } };
  assert.equal(wordFinding(money, byId).values, '应为 100 元，实为 90 元（差 10 元）');
  assert.equal(wordFinding(money, byId).subject, '甲 · 年度资金');
  assert.equal(wordFinding({ ...money, actual: undefined }, byId).values, '应有 100 元');
  assert.equal(wordFinding({ ...money, expected: undefined }, byId).values, '所述「90 元」');
  assert.equal(wordFinding({ ...form, params: { kind: 'some-new-kind' } }, byId).subject, 'some-new-kind');
});

test('positions print 1-based columns and the page; CSV fields are quoted only when needed', () => {
  assert.equal(wordPosition({ file: 'a.txt', line: 3, column: { start: 0, end: 2 }, page: 2 }), 'a.txt:3:1（第2页）');
  assert.equal(wordPosition(at(7), 'dir/t.txt'), 'dir/t.txt:7');
  assert.equal(csvField('plain 文本'), 'plain 文本');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "x"'), '"say ""x"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(4), '4');
});
