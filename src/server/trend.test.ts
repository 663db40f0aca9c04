import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../model/index.js';
import { readDocument, readText } from '../read/index.js';
import { layoutTextOf } from '../../test/layout-text.js';
import { corpusBytes } from '../../test/corpus.js';
import { bodyTrend, trendChart } from './trend.js';

function doc(name: string): Document {
  const r = readDocument(corpusBytes(name), name);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

// 阳泉 2026 as printed, and the same budget restated for 2025 with 224 at 3000.00 in 表5 and the 三公 运行维护费 at 40.00
// in 表10: the changes are then known by hand (376.99 = 3376.99 − 3000.00, 12.57% of 3000.00; 6.80 = 46.80 − 40.00, 17.00%).
function edited(): Document {
  const d = structuredClone(doc('yangquan-emergency-2026-budget.txt'));
  d.year = 2025;
  const set = (kind: string, name: string, key: string, value: string): void => {
    const cell = d.tables.find((t) => t.kind === kind)?.rows.find((r) => r.name.includes(name))?.cells[key];
    if (!cell?.amount) throw new Error(`${kind} ${name}`);
    cell.amount = { ...cell.amount, raw: value, value };
  };
  set('gpb-expenditure', '灾害防治及应急管理支出', 'total', '3000.00');
  set('three-public', '公务用车运行维护费', 'total', '40.00');
  return d;
}

test('one kind over two years: values in 万元, changes and percentages from the year before, exact', () => {
  const t = bodyTrend('阳泉市应急管理局', [
    { id: 2, year: 2026, kind: 'budget', model: doc('yangquan-emergency-2026-budget.txt') },
    { id: 1, year: 2025, kind: 'budget', model: edited() },
  ]);
  assert.deepEqual(t.kinds.map((k) => [k.kind, k.documents]), [['budget', [{ year: 2025, id: 1 }, { year: 2026, id: 2 }]]]);
  const row = (key: string) => t.kinds[0]?.rows.find((r) => r.key === key);
  assert.deepEqual(row('class:224')?.points.map((p) => [p.year, p.value, p.change, p.changePercent]), [
    [2025, '3000.00', null, null],
    [2026, '3376.99', '376.99', '12.57'],
  ]);
  assert.equal(row('class:224')?.label, '224 灾害防治及应急管理支出');
  assert.deepEqual(row('threePublic:公务用车运行维护费')?.points.map((p) => [p.value, p.change, p.changePercent]), [['40.00', null, null], ['46.80', '6.80', '17.00']]);
  // 表3 line 160 is the same in both: no change, 0.00%.
  assert.deepEqual(row('basic')?.points.map((p) => [p.value, p.change, p.changePercent]), [['3915.63', null, null], ['3915.63', '0.00', '0.00']]);
  // A 三公 item printed blank (因公出国, line 379) is 0 both years: its change has no percentage.
  assert.deepEqual(row('threePublic:因公出国（境）费')?.points.map((p) => [p.value, p.change, p.changePercent]), [['0', null, null], ['0', '0', null]]);
  assert.deepEqual(t.kinds[0]?.rows.map((r) => r.group).filter((g, i, a) => a.indexOf(g) === i), ['总计', '基本/项目', '类', '三公']);
});

test('budget and final accounts are separate kinds; a 类 missing from a year\'s table is 0 there; 元 become 万元', () => {
  const t = bodyTrend('b', [
    { id: 1, year: 2024, kind: 'final-accounts', model: doc('yangquan-emergency-2024-final-accounts.txt') },
    { id: 2, year: 2026, kind: 'budget', model: doc('yangquan-emergency-2026-budget.txt') },
    { id: 3, year: null, kind: 'budget', model: doc('yangquan-emergency-2026-budget.txt') },
  ]);
  assert.deepEqual(t.kinds.map((k) => [k.kind, k.documents.map((d) => d.year)]), [['budget', [2026]], ['final-accounts', [2024]]]);
  const final = t.kinds[1];
  // 公开01 line 139: 总计 6061.09; 公开05 line 336: 224 4717.01; nothing to compare with.
  assert.deepEqual(final?.rows.find((r) => r.key === 'expenditureTotal')?.points, [{ year: 2024, documentId: 1, value: '6061.09', change: null, changePercent: null }]);
  assert.equal(final?.rows.find((r) => r.key === 'class:224')?.points[0]?.value, '4717.01');
  // 229 其他支出 (公开05 has no 229 row; 公开03 line 249 has 246.77 of 政府性基金) is not a 一般公共预算 类 of that year.
  assert.equal(final?.rows.some((r) => r.key === 'class:229'), false);
});

test('Shanghai\'s budget tables in 元 are followed in 万元, exactly', () => {
  const name = 'shanghai-putuo-commerce-2025-budget.pdf';
  const r = readText(layoutTextOf(name), name);
  if (!r.ok) throw new Error(r.error.message);
  const t = bodyTrend('上海市普陀区商务委员会', [{ id: 1, year: 2025, kind: 'budget', model: r.document }]);
  const at = (key: string) => t.kinds[0]?.rows.find((x) => x.key === key)?.points[0]?.value;
  // 部门支出预算总表 (pdftotext line 234): 合计 371,514,655.00 19,830,655.00 351,684,000.00 (元)
  assert.deepEqual([at('basic'), at('project')], ['1983.0655', '35168.40']);
  // 一般公共预算支出功能分类预算表: 201 一般公共服务支出 21,601,733.00 元
  assert.equal(at('class:201'), '2160.1733');
});

test('the trend chart: 支出总计, 基本 and 项目 per kind, years as labels; nothing printed, no chart', () => {
  const t = bodyTrend('阳泉市应急管理局', [{ id: 2, year: 2026, kind: 'budget', model: doc('yangquan-emergency-2026-budget.txt') }]);
  const c = trendChart(t);
  assert.deepEqual(c?.series.map((s) => [s.name, s.items.map((i) => [i.label, i.value])]), [
    ['预算 支出总计', [['2026', '4558.02']]],
    ['预算 基本支出', [['2026', '3915.63']]],
    ['预算 项目支出', [['2026', '642.39']]],
  ]);
  assert.equal(trendChart(bodyTrend('x', [{ id: 9, year: 2022, kind: 'performance-targets', model: doc('jinzhong-emergency-2022-performance-targets.txt') }])), undefined);
});
