// Funding rows and 指标值 parsing on small synthetic inputs shaped like the corpus layouts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../context.js';
import { readTsvText } from '../lines/tsv.js';
import { amountOf, FundingReader, fundingKindOf } from './funding.js';
import { parseMeasure } from './measure.js';

function funding(rows: string[]): { reader: FundingReader; codes: string[] } {
  const ctx = createContext('x.txt');
  const reader = new FundingReader(ctx);
  for (const line of readTsvText(rows.join('\n'), 'x.txt').lines) reader.row(line);
  return { reader, codes: ctx.diagnostics.map((d) => d.code) };
}

test('label and amount in separate cells, columns shifted between rows', () => {
  const { reader } = funding([
    '项目资金 (元)\t实施期资金总额:\t50000\t\t年度资金总额:\t50,000',
    '\t其中:中央财政资金\t0\t\t其中:中央财政资金\t0',
    '\t市县(区)财政资金\t50000\t市县(区)财政资金\t50,000',
    '其他资金\t\t其他资金\t\t\t',
  ]);
  // Each amount is placed on its own cell: line 1 `项目资金 (元)→实施期资金总额:→` is 8 + 1 + 8 + 1 characters.
  assert.deepEqual(reader.period.total, { raw: '50000', value: '50000', unit: '元', pos: { file: 'x.txt', line: 1, column: { start: 18, end: 23 } } });
  // Line 3 `→市县(区)财政资金→50000→市县(区)财政资金→`: 1 + 9 + 1 + 5 + 1 + 9 + 1 = 27.
  assert.deepEqual(reader.year.local, { raw: '50,000', value: '50000', unit: '元', pos: { file: 'x.txt', line: 3, column: { start: 27, end: 33 } } });
  assert.equal(reader.year.central?.value, '0');
  assert.equal(reader.period.other, undefined);
  assert.deepEqual(reader.year.pos, { file: 'x.txt', line: 1, column: { start: 33, end: 39 } });
});

test('amounts inside the label cell keep the unit printed (万元)', () => {
  const { reader, codes } = funding([
    '项目资金（元）\t\t年度资金总额：50万元\t\t实施单位\t',
    '\t\t其中：中央财政资金 0\t\t其中：中央财政资金 0\t',
    '\t\t市县（区）财政 50万元\t\t市县（区）财政资金 50万元\t',
  ]);
  // Inside the label's cell the amount points at its own text: `项目资金（元）→→年度资金总额：` is 7 + 2 + 7.
  assert.deepEqual(reader.year.total, { raw: '50万元', value: '50', unit: '万元', pos: { file: 'x.txt', line: 1, column: { start: 16, end: 20 } } });
  // `→→市县（区）财政 ` is 2 + 7 + 1.
  assert.deepEqual(reader.year.local, { raw: '50万元', value: '50', unit: '万元', pos: { file: 'x.txt', line: 3, column: { start: 10, end: 14 } } });
  assert.deepEqual(reader.period, {});
  assert.ok(codes.includes('form-funding-unlabelled-column'));
});

test('申报表: 万元 announced by the section label, an amount wrapped onto the next line', () => {
  const { reader, codes } = funding(['项目预算资金（万元）\t中期预算资金总额\t4万元\t年度预算资金总额（当年）', '\t\t\t4万元']);
  assert.deepEqual(reader.period.total, { raw: '4万元', value: '4', unit: '万元', pos: { file: 'x.txt', line: 1, column: { start: 20, end: 23 } } });
  // The wrapped amount is placed on the line below, after three tabs.
  assert.deepEqual(reader.year.total, { raw: '4万元', value: '4', unit: '万元', pos: { file: 'x.txt', line: 2, column: { start: 3, end: 6 } } });
  assert.equal(reader.year.pos?.line, 2);
  assert.ok(codes.includes('form-funding-wrapped'));
  const plain = funding(['项目预算资金(万元)\t中期预算资金总额\t\t年度预算资金总额(当年)\t3.5']).reader;
  assert.deepEqual(plain.year.total, { raw: '3.5', value: '3.5', unit: '万元', pos: { file: 'x.txt', line: 1, column: { start: 34, end: 37 } } });
  assert.equal(plain.period.total, undefined);
});

test('a wrapped label fragment borrows the source named beside it', () => {
  const { reader, codes } = funding([
    '项目资金（元）\t\t实施期资金总额：\t\t204,000\t\t年度资金总额：\t\t180,000',
    '\t\t市县（区）财政资\t\t0\t\t市县（区）财政资\t\t0',
    '\t\t金\t\t7\t\t单位自筹\t\t8',
  ]);
  assert.equal(reader.period.local?.value, '0');
  assert.equal(reader.period.selfRaised?.value, '7');
  assert.equal(reader.year.selfRaised?.value, '8');
  assert.ok(codes.includes('form-funding-label-guessed'));
});

test('funding labels and amounts', () => {
  assert.equal(fundingKindOf('市县(区)财政资 金'), 'local');
  assert.equal(fundingKindOf('其中: 中央财政资金'), 'central');
  assert.equal(fundingKindOf('年度预算资金总额（当年）'), 'total');
  assert.equal(fundingKindOf('实施单位'), undefined);
  assert.deepEqual(amountOf('2,003,094.36', '元'), { raw: '2,003,094.36', value: '2003094.36', unit: '元' });
  assert.equal(amountOf('百分制', '元'), undefined);
});

test('指标值: measurable values', () => {
  assert.deepEqual(parseMeasure('≥200家'), { op: '≥', number: '200', unit: '家' });
  assert.deepEqual(parseMeasure('100%'), { number: '100', unit: '%' });
  assert.deepEqual(parseMeasure('48.3万元'), { number: '48.3', unit: '万元' });
  assert.deepEqual(parseMeasure('260元/人/天'), { number: '260', unit: '元/人/天' });
  assert.deepEqual(parseMeasure('≤0.6元/度'), { op: '≤', number: '0.6', unit: '元/度' });
  assert.deepEqual(parseMeasure('≦5天'), { op: '≤', number: '5', unit: '天' });
  assert.deepEqual(parseMeasure('>95%'), { op: '>', number: '95', unit: '%' });
  assert.deepEqual(parseMeasure('≥114台(套)'), { op: '≥', number: '114', unit: '台(套)' });
  assert.deepEqual(parseMeasure('1,000元'), { number: '1000', unit: '元' });
});

test('指标值: qualitative values, ranges and deadlines have no measure', () => {
  for (const v of ['持续提升', '有效降低', '3至5项', '2-8年', '2025年底前', '12月31日前', '2026年12月31日前', '500(300)元/人·学时', '5.12和6.6日当日', '提高100%', '']) assert.equal(parseMeasure(v), undefined, v);
});
