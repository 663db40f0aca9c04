// Small hand-written layout tables: blank columns, a header wrapped over two lines, split codes, a
// two-sided table, a continuation page drawn at another offset, page numbers and running headers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LineSource } from '../lines/types.js';
import { readLayoutText } from './index.js';

/** A layout line with each text starting at the given character column. */
function at(...parts: [number, string][]): string {
  let s = '';
  for (const [col, text] of parts) s = s.padEnd(Math.max(col, s.length + (s === '' ? 0 : 1))) + text;
  return s;
}

/** A right-aligned amount ending at the given column. */
function amt(end: number, text: string): [number, string] {
  return [end - text.length, text];
}

const texts = (src: LineSource, no: number): string[] => src.lines[no - 1]?.cells.map((c) => c.text) ?? [];

describe('synthetic layout tables', () => {
  it('aligns blank columns, a wrapped header and split codes to one grid', () => {
    const lines = [
      at([20, '2025年部门收入预算总表']),
      at([0, '编制部门：测试部门'], [80, '单位：元']),
      at([18, '项目'], [62, '收入预算']),
      at([0, '功能分类科目编码'], [74, '事业单位']),
      at([18, '功能分类科目名称'], [41, '合计'], [52, '财政拨款收入'], [64, '事业收入'], [85, '其他收入']),
      at([0, '类'], [6, '款'], [11, '项'], [74, '经营收入']),
      at([0, '201'], [16, '一般公共服务支出'], amt(46, '1,000.00'), amt(60, '1,000.00')),
      at([0, '201'], [6, '13'], [11, '01'], [16, '行政运行'], amt(45, '600.00'), amt(71, '600.00')),
      // A long name pushes this row's amounts two characters right, as pdftotext does.
      at([0, '201'], [6, '13'], [11, '02'], [16, '其他支持中小企业发展和管理支出'], amt(48, '400.00'), amt(91, '400.00')),
      at([18, '合计'], amt(46, '2,000.00'), amt(60, '1,000.00'), amt(70, '600.00'), amt(81, '0.00'), amt(90, '400.00')),
    ];
    const src = readLayoutText(lines.join('\n'), 'synthetic');
    assert.deepEqual(texts(src, 1), ['2025年部门收入预算总表']);
    assert.deepEqual(texts(src, 2), ['编制部门：测试部门', '单位：元']);
    // Grid: 类 款 项 名称 合计 财政拨款收入 事业收入 事业单位经营收入 其他收入.
    assert.deepEqual(texts(src, 4), ['功能分类科目编码', '', '', '', '', '', '', '事业单位', '']);
    assert.deepEqual(texts(src, 5), ['', '', '', '功能分类科目名称', '合计', '财政拨款收入', '事业收入', '', '其他收入']);
    assert.deepEqual(texts(src, 6), ['类', '款', '项', '', '', '', '', '经营收入', '']);
    assert.deepEqual(texts(src, 7), ['201', '', '', '一般公共服务支出', '1,000.00', '1,000.00', '', '', '']);
    assert.deepEqual(texts(src, 8), ['201', '13', '01', '行政运行', '600.00', '', '600.00', '', '']);
    assert.deepEqual(texts(src, 9), ['201', '13', '02', '其他支持中小企业发展和管理支出', '400.00', '', '', '', '400.00']);
    assert.deepEqual(texts(src, 10), ['', '', '', '合计', '2,000.00', '1,000.00', '600.00', '0.00', '400.00']);
    // 项目 is printed over the names; 收入预算 over the income columns.
    assert.equal(texts(src, 3)[3], '项目');
    assert.equal(texts(src, 3).filter((t) => t !== '').length, 2);
  });

  it('gives a two-sided table one grid column per printed column', () => {
    const lines = [
      at([10, '2025年收支总表']),
      at([60, '单位：万元']),
      at([14, '收入'], [50, '支出']),
      at([6, '项目'], [24, '预算数'], [44, '项目'], [60, '预算数']),
      // The income amount is followed by a single space before the expenditure label, as in the Shanghai budget.
      at([0, '一、财政拨款收入'], amt(30, '100.00'), [31, '一、一般公共服务支出'], amt(65, '60.00')),
      at([0, '二、事业收入'], [33, '二、教育支出'], amt(65, '40.00')),
      at([4, '收入总计'], amt(30, '100.00'), [38, '支出总计'], amt(65, '100.00')),
    ];
    const src = readLayoutText(lines.join('\n'), 'two-sided');
    assert.deepEqual(texts(src, 4), ['项目', '预算数', '项目', '预算数']);
    assert.deepEqual(texts(src, 3), ['收入', '', '支出', '']);
    assert.deepEqual(texts(src, 5), ['一、财政拨款收入', '100.00', '一、一般公共服务支出', '60.00']);
    assert.deepEqual(texts(src, 6), ['二、事业收入', '', '二、教育支出', '40.00']);
    assert.deepEqual(texts(src, 7), ['收入总计', '100.00', '支出总计', '100.00']);
  });

  it('continues a table on the next page drawn further left, dropping page numbers', () => {
    const lines = [
      at([10, '2025年基本支出经济分类表']),
      at([0, '编制部门：测试部门'], [60, '单位：元']),
      at([0, '类'], [5, '款'], [12, '经济分类科目名称'], [34, '合计'], [48, '人员经费'], [62, '公用经费']),
      at([0, '301'], [12, '工资福利支出'], amt(40, '1,000.00'), amt(55, '1,000.00')),
      at([0, '301'], [5, '01'], [12, '基本工资'], amt(40, '500.00'), amt(55, '500.00')),
      at([30, '- 1 -']),
      `\f${at([0, '302'], [9, '商品和服务支出'], amt(30, '300.00'), amt(59, '300.00'))}`,
      at([0, '302'], [4, '01'], [9, '办公费'], amt(30, '300.00'), amt(59, '300.00')),
      at([12, '合计'], amt(30, '1,300.00'), amt(45, '1,000.00'), amt(59, '300.00')),
      at([30, '- 2 -']),
      '\f',
    ];
    const src = readLayoutText(lines.join('\n'), 'continued');
    assert.deepEqual(src.dropped, [
      { no: 6, reason: 'page-number' },
      { no: 10, reason: 'page-number' },
    ]);
    assert.deepEqual(src.lines[5]?.cells, [{ text: '', start: 0, end: 0 }]);
    assert.equal(src.lines[5]?.text, '');
    assert.deepEqual(
      src.lines.map((l) => l.page),
      [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3],
    );
    assert.deepEqual(texts(src, 3), ['类', '款', '经济分类科目名称', '合计', '人员经费', '公用经费']);
    assert.deepEqual(texts(src, 5), ['301', '01', '基本工资', '500.00', '500.00', '']);
    assert.deepEqual(texts(src, 7), ['302', '', '商品和服务支出', '300.00', '', '300.00']);
    assert.deepEqual(texts(src, 8), ['302', '01', '办公费', '300.00', '', '300.00']);
    assert.deepEqual(texts(src, 9), ['', '', '合计', '1,300.00', '1,000.00', '300.00']);
  });

  it('reads a multi-line 三公 header over a single data row with blanks', () => {
    const lines = [
      at([20, '2025年部门“三公”经费和机关运行经费预算表']),
      at([0, '编制部门：测试部门'], [64, '单位:万元']),
      at([28, '“三公”经费预算数']),
      at([61, '机关运行经费预算']),
      at([42, '公务用车购置及运行费']),
      at([65, '数']),
      at([3, '合计'], [15, '因公出国(境)费'], [26, '公务接待费']),
      at([37, '小计'], [45, '购置费'], [55, '运行费']),
      '',
      at(amt(12, '3.50'), amt(34, '3.50'), amt(72, '88.00')),
    ];
    const src = readLayoutText(lines.join('\n'), 'sangong');
    assert.deepEqual(texts(src, 7), ['合计', '因公出国(境)费', '公务接待费', '', '', '', '']);
    assert.deepEqual(texts(src, 8), ['', '', '', '小计', '购置费', '运行费', '']);
    assert.deepEqual(texts(src, 4), ['', '', '', '', '', '', '机关运行经费预算']);
    assert.deepEqual(texts(src, 6), ['', '', '', '', '', '', '数']);
    // 公务用车购置及运行费 spans 小计 购置费 运行费 and goes to the first of them.
    assert.deepEqual(texts(src, 5), ['', '', '', '公务用车购置及运行费', '', '', '']);
    assert.deepEqual(texts(src, 10), ['3.50', '', '3.50', '', '', '', '88.00']);
  });

  it('keeps prose as one trimmed cell and drops running headers', () => {
    const page = (n: number): string[] => [`${n === 1 ? '' : '\f'}        某某局2025年部门预算`, '', `   第${n}段正文，说明本部门的职能。`, ''];
    const src = readLayoutText([...page(1), ...page(2), ...page(3)].join('\n'), 'prose');
    assert.deepEqual(
      src.dropped.map((d) => d.reason),
      ['running-header', 'running-header', 'running-header'],
    );
    assert.deepEqual(src.lines[2]?.cells, [{ text: '第1段正文，说明本部门的职能。', start: 3, end: 18 }]);
    assert.deepEqual(src.lines[1]?.cells, [{ text: '', start: 0, end: 0 }]);
  });

  it('normalises Kangxi radicals and full-width digits in cells', () => {
    const lines = [at([4, '收入表']), at([30, '单位：万元']), at([0, '项目'], [20, '合计']), at([0, '⼀般公共服务'], [18, '１２.５０'])];
    const src = readLayoutText(lines.join('\n'), 'normalise');
    assert.deepEqual(texts(src, 4), ['一般公共服务', '12.50']);
  });
});
