import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLayoutText } from '../../layout/index.js';
import { ruledRows } from './boxes.js';
import { renderPages } from './layout.js';
import type { PageText, TextItem } from './page-text.js';
import { ruledCells } from './ruled.js';
import { type Ops, pathRules } from './rules.js';
import { words } from './text-layer.js';

const item = (text: string, x: number, y: number): TextItem => ({ text, x, y, w: [...text].reduce((s, c) => s + (/[\d.,]/.test(c) ? 5 : 10), 0), h: 10 });

// A bordered table of three columns at x 20 | 100 | 160 | 220, rows 15 points high from y 30: a merged
// header cell 本年收入 over the two amount columns, a header row, two body rows; the body amounts are
// right-aligned, so by position alone 2.00 (second column, short) sits nearer the first column's 1,234.00.
function ruledPage(): PageText {
  const xs = [20, 100, 160, 220];
  const rows = [30, 45, 60, 75, 90];
  const rules: NonNullable<PageText['rules']> = rows.map((y) => ({ x0: 20, y0: y, x1: 220, y1: y }));
  for (let r = 0; r + 1 < rows.length; r++)
    for (const x of xs) {
      // The first row is one merged cell over the two amount columns: no rule between them.
      if (r === 0 && x === 160) continue;
      rules.push({ x0: x, y0: rows[r] ?? 0, x1: x, y1: rows[r + 1] ?? 0 });
    }
  return {
    page: 1,
    width: 300,
    height: 200,
    rotation: 0,
    rules,
    items: [
      item('收支表', 20, 0),
      item('单位：元', 20, 15),
      item('项目', 22, 32),
      item('本年收入', 140, 32),
      item('名称', 22, 47),
      item('拨款', 102, 47),
      item('事业', 162, 47),
      item('一、收入', 22, 62),
      item('1,234.00', 158 - 40, 62),
      item('2.00', 218 - 20, 62),
      item('二、支出', 22, 77),
      item('5.00', 158 - 20, 77),
    ],
  };
}

test('items take the ruled cell their centre lies in; a merged cell spans the columns it covers', () => {
  const cells = ruledCells(ruledPage());
  const at = (t: string): [number, number] | undefined => {
    for (const [it, c] of cells) if (it.text === t) return [c.l, c.r];
    return undefined;
  };
  assert.deepEqual(at('本年收入'), [1, 3]);
  assert.deepEqual(at('2.00'), [2, 3]);
  assert.deepEqual(at('1,234.00'), [1, 2]);
  assert.equal(at('收支表'), undefined);
});

test('rows of a ruled table read as one cell per column; a merged header label heads the columns it covers', () => {
  const rendered = renderPages([ruledPage()]);
  const source = readLayoutText(rendered.text, 'x.pdf');
  ruledRows(source, rendered);
  const rows = source.lines.filter((l) => l.text !== '').map((l) => l.cells.map((c) => c.text));
  assert.deepEqual(rows, [['收支表'], ['单位：元'], ['项目', '本年收入', '本年收入'], ['名称', '拨款', '事业'], ['一、收入', '1,234.00', '2.00'], ['二、支出', '5.00', '']]);
});

const OPS = { constructPath: 91, transform: 12, save: 10, restore: 11, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 } satisfies Ops;

test('ruling lines: thin filled rectangles and stroked straight segments, through the transforms; not wide fills', () => {
  const rect = (x: number, y: number, w: number, h: number): number[] => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];
  const list = {
    fnArray: [OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath],
    argsArray: [
      null,
      [2, 0, 0, 2, 10, 0],
      [OPS.fill, [Float32Array.from(rect(0, 0, 50, 0.5))], null],
      [OPS.fill, [Float32Array.from(rect(0, 0, 50, 50))], null],
      null,
      [OPS.stroke, [Float32Array.from([0, 5, 5, 1, 5, 40])], null],
      [OPS.stroke, [Float32Array.from([0, 0, 0, 1, 30, 30])], null],
    ],
  };
  // Viewport: PDF points flipped to y down on a 100-point-high page.
  const rules = pathRules(list, OPS, [1, 0, 0, -1, 0, 100]);
  assert.deepEqual(rules, [
    { x0: 10, y0: 99, x1: 110, y1: 100 },
    { x0: 5, y0: 60, x1: 5, y1: 95 },
  ]);
});

test('words of an item keep their natural widths when the item is wider: the room is the gap between cells', () => {
  // 10-point text: 项目 and 行次 20 points each, 100 points apart in one item of 140 points.
  const split = words({ text: '项目 行次', x: 0, y: 0, w: 140, h: 10 }, 10);
  assert.deepEqual(
    split.map((w) => [w.text, w.x, w.w]),
    [
      ['项目', 0, 20],
      ['行次', 120, 20],
    ],
  );
});
