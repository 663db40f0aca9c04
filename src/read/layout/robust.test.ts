// The reader never throws and always returns one well-formed line per input line, whatever the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { LineSource } from '../lines/types.js';
import { readLayoutText } from './index.js';

/** Structural invariants of a LineSource built from `text`. */
function checkShape(text: string, src: LineSource): void {
  const raws = text.split(/\r\n|\n|\r/);
  assert.equal(src.lines.length, raws.length);
  src.lines.forEach((l, i) => {
    assert.equal(l.no, i + 1);
    assert.equal(l.raw, raws[i]);
    assert.ok(l.cells.length >= 1);
    let prev = 0;
    for (const c of l.cells) {
      assert.ok(c.start >= prev && c.end >= c.start && c.end <= l.raw.length, `line ${l.no}: span ${c.start}-${c.end} of ${l.raw.length}`);
      prev = c.end;
    }
    assert.equal(l.text, l.cells.map((c) => c.text).join('\t'));
    assert.ok((l.page ?? 0) >= 1);
  });
  for (const d of src.dropped) assert.equal(src.lines[d.no - 1]?.text, '');
}

// Pieces that make table-like text: amounts, codes, labels, unit lines, page breaks, odd spaces.
const piece = fc.constantFrom(
  '1,234.00',
  '0.00',
  '-5.50',
  '85.91%',
  '—',
  '201',
  '13',
  '01',
  '2080505',
  '合计',
  '项目',
  '单位：元',
  '单位:万元',
  '编制部门：某局',
  '注：本表无数据。',
  '2025年部门收入预算总表',
  '一、一般公共服务支出',
  '事业单位',
  '经营收入',
  '\f',
  '\t',
  '\u3000',
  '⼀',
  '１２',
  ' ',
  '  ',
  '      ',
);
const line = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('layout reader robustness', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkShape(text, readLayoutText(text, 'random'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on table-like line soup', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        checkShape(text, readLayoutText(text, 'soup'));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty input, blank lines, lone form feeds and CR line ends', () => {
    for (const text of ['', '   ', '\f', '\n\n\n', '\r\n\r\n', '  \f  \n\f\n', '单位：元', '单位：元\n\n\n']) checkShape(text, readLayoutText(text, 'edge'));
    const blank = readLayoutText('      ', 'blank');
    assert.deepEqual(blank.lines[0]?.cells, [{ text: '', start: 0, end: 0 }]);
  });

  it('handles a single huge line and a huge table row quickly', () => {
    const huge = '很长的一段文字 '.repeat(100_000);
    const t0 = Date.now();
    checkShape(huge, readLayoutText(huge, 'huge'));
    const row = `2025年部门收入预算总表\n单位：元\n项目   合计\n${Array.from({ length: 20_000 }, (_, i) => `${i}.00`).join('   ')}`;
    checkShape(row, readLayoutText(row, 'wide'));
    const tall = `2025年部门收入预算总表\n单位：元\n项目   合计\n${Array.from({ length: 3000 }, (_, i) => `名称${i}${' '.repeat(i % 37)}   ${i}.00   ${i % 5}.50`).join('\n')}`;
    checkShape(tall, readLayoutText(tall, 'tall'));
    assert.ok(Date.now() - t0 < 20_000, `took ${Date.now() - t0} ms`);
  });
});
