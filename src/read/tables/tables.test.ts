import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Table } from '../../model/index.js';
import { createContext } from '../context.js';
import { readTsvText } from '../lines/tsv.js';
import { findTableBlocks, readTables } from './index.js';

function tablesOf(text: string): { tables: Table[]; codes: string[] } {
  const { lines } = readTsvText(text, 't.txt');
  const ctx = createContext('t.txt');
  const tables = readTables(lines, findTableBlocks(lines), ctx);
  return { tables, codes: ctx.diagnostics.map((d) => d.code) };
}

const T = (...cells: string[]): string => cells.join('\t');

test('a coded table: header rows merged, blank columns kept, codes classified, positions exact', () => {
  const text = [
    '2026年预算支出总表',
    '部门名称：某局',
    '单位：万元',
    T('项目', '', '2026年预算数', '', ''),
    T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
    T('合计', '', '10.00', '7.00', '3.00'),
    T('224', '灾害防治及应急管理支出', '10.00', '7.00', '3.00'),
    T('22401', '应急管理事务', '10.00', '7.00', '3.00'),
    T('2240101', '行政运行', '7.00', '7.00', ''),
    '',
    T('2240106', '安全监管', '3.00', '', '3.00'),
    '注：本套报表因取数时四舍五入，部分金额可能存在尾差',
  ].join('\n');
  const { tables } = tablesOf(text);
  assert.equal(tables.length, 1);
  const t = tables[0]!;
  assert.equal(t.kind, 'budget-expenditure');
  assert.equal(t.unit, '万元');
  assert.equal(t.bodyName, '某局');
  assert.equal(t.year, 2026);
  assert.deepEqual(t.columns.map((c) => c.key), ['code', 'name', 'total', 'basic', 'project']);
  assert.equal(t.columns[3]!.label, '2026年预算数/基本支出');
  assert.deepEqual(t.rows.map((r) => [r.role, r.code ?? '', r.level ?? '']), [
    ['grand-total', '', ''],
    ['class', '224', '类'],
    ['subtotal', '22401', '款'],
    ['item', '2240101', '项'],
    ['item', '2240106', '项'],
  ]);
  const item = t.rows[4]!;
  assert.equal(item.cells['basic']!.amount, undefined, 'blank is blank, not zero');
  assert.equal(item.cells['project']!.amount?.value, '3.00');
  assert.deepEqual(item.cells['project']!.pos, { file: 't.txt', line: 11, column: { start: 19, end: 23 } }); // 2240106⇥安全监管⇥3.00⇥⇥3.00: the last cell starts at 7+1+4+1+4+1+1 = 19
  assert.equal(t.notes.length, 1);
});

test('codes split over 类/款/项 columns are joined', () => {
  const text = [
    '2025年部门支出预算总表',
    T('编制部门：某委', '单位：元'),
    T('类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出'),
    T('201', '', '', '一般公共服务支出', '100.00', '60.00', '40.00'),
    T('201', '13', '', '商贸事务', '100.00', '60.00', '40.00'),
    T('201', '13', '01', '行政运行', '60.00', '60.00', ''),
    T('', '', '', '合计', '100.00', '60.00', '40.00'),
  ].join('\n');
  const t = tablesOf(text).tables[0]!;
  assert.equal(t.kind, 'budget-expenditure');
  assert.equal(t.unit, '元');
  assert.deepEqual(t.rows.map((r) => r.code ?? r.name), ['201', '20113', '2011301', '合计']);
  assert.equal(t.rows[2]!.cells['total']!.amount?.unit, '元');
});

test('an unknown table is kept whole as a generic table', () => {
  const text = ['2025年会议费预算表', '单位：万元', T('项目', '金额'), T('会议费', '1.50'), T('培训费', '2.00')].join('\n');
  const { tables, codes } = tablesOf(text);
  assert.equal(tables[0]!.kind, 'generic');
  assert.equal(tables[0]!.rows.length, 2);
  assert.equal(tables[0]!.rows[1]!.cells['c1']!.amount?.value, '2.00');
  assert.ok(codes.includes('generic-table'));
});

test('empty tables carry their 本表无数据 note; table-of-contents lines are not tables', () => {
  const text = [
    '表七2026年政府性基金预算收入表（不含上年结转）.....\t12',
    '',
    '2026年政府性基金预算支出表（不含上年结转）',
    '单位：万元',
    T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
    T('合计', '', '', '', ''),
    '注：本表无数据',
  ].join('\n');
  const { tables } = tablesOf(text);
  assert.equal(tables.length, 1);
  assert.equal(tables[0]!.kind, 'gf-expenditure');
  assert.equal(tables[0]!.noData, true);
});

test('project table: unit rows are told from projects by arithmetic', () => {
  const text = [
    '2026年项目支出预算表（本年预算）',
    '部门名称：某局',
    '单位：万元',
    T('项目名称', '合计', '2026年财政拨款', '', ''),
    T('', '', '一般公共预算', '政府性基金预算', '国有资本经营预算'),
    T('1', '2', '3', '4', '5'),
    T('某局', '8.00', '8.00', '', ''),
    T('某局', '5.00', '5.00', '', ''),
    T('甲项目', '2.00', '2.00', '', ''),
    T('乙项目', '3.00', '3.00', '', ''),
    T('某中心', '3.00', '3.00', '', ''),
    T('丙项目', '3.00', '3.00', '', ''),
  ].join('\n');
  const t = tablesOf(text).tables[0]!;
  assert.equal(t.kind, 'project-expenditure');
  assert.deepEqual(t.rows.map((r) => `${r.role}:${r.name}:${r.unitName ?? ''}`), [
    'grand-total:某局:',
    'unit-subtotal:某局:',
    'project:甲项目:某局',
    'project:乙项目:某局',
    'unit-subtotal:某中心:',
    'project:丙项目:某中心',
  ]);
});

test('broken input never throws', () => {
  for (const text of ['', '表', '2026年预算支出总表', '2026年预算支出总表\n\t\t\t\n合计\t\t\t', '收支总表\n单位：万元\n收入\t\t支出\n\t\t\t\t\t\t\t\t\t1.00']) {
    assert.doesNotThrow(() => tablesOf(text));
  }
});

test('column labels stacked over several printed lines still name their column', () => {
  // shanghai-putuo-planning-2024-final-accounts.pdf 财政拨款收入支出决算总表: 一般公共 / 预算财政 / 拨款 over one column
  const text = [
    '财政拨款收入支出决算总表',
    '单位：万元',
    T('收入', '', '支出', '', '', ''),
    T('项目', '决算数', '项目', '合计', '一般公共', '政府性基'),
    T('', '', '', '', '预算财政', '金预算财'),
    T('', '', '', '', '拨款', '政拨款'),
    T('一、一般公共预算财政拨款', '9746.50', '一、一般公共服务支出', '10.00', '10.00', ''),
  ].join('\n');
  const t = tablesOf(text).tables[0]!;
  assert.equal(t.kind, 'final-fiscal-summary');
  const keys = t.columns.map((c) => c.key);
  assert.ok(keys.includes('expenditure.gpb') && keys.includes('expenditure.gf'), keys.join(','));
  const exp = t.rows.find((r) => r.side === 'expenditure')!;
  assert.equal(exp.code, '201');
  assert.equal(exp.cells['expenditure.gpb']?.amount?.value, '10.00');
});
