import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLayoutText } from '../../layout/index.js';
import { chunksOf, lineItems, renderPages } from './layout.js';
import type { PageText, TextItem } from './page-text.js';

// Items of a 10-point font: ideographs 10 points wide, digits 5.
const item = (text: string, x: number, y: number): TextItem => {
  const w = [...text].reduce((s, c) => s + (/[\d.,]/.test(c) ? 5 : 10), 0);
  return { text, x, y, w, h: 10 };
};

test('items on one baseline make one line; touching items one chunk; wide gaps separate cells', () => {
  const lines = lineItems([item('合计', 300, 100.8), item('行政', 40, 100), item('运行', 60, 100.4), item('下一行', 40, 115)]);
  assert.deepEqual(
    lines.map((l) => l.map((i) => i.text)),
    [['行政', '运行', '合计'], ['下一行']],
  );
  assert.deepEqual(
    chunksOf(lines[0] ?? []).map((c) => c.text),
    ['行政运行', '合计'],
  );
});

test('a label centred over two columns stays over them; amounts line up under their labels', () => {
  // 本年收入 is centred over the 项目 and 预算数 columns; rows are a name and a right-aligned amount.
  const page: PageText = {
    page: 1,
    width: 600,
    height: 400,
    rotation: 0,
    items: [
      item('部门财务收支预算总表', 60, 10),
      item('单位：元', 200, 25),
      item('本年收入', 90, 40),
      item('项目', 40, 55),
      item('预算数', 175, 55),
      item('一、财政拨款收入', 20, 70),
      item('371,514,655.00', 140, 70),
      item('二、事业收入', 20, 85),
      item('21,601,733.00', 145, 85),
    ],
  };
  const r = renderPages([page]);
  const lines = r.text.split('\n');
  const col = (line: number, s: string): [number, number] => {
    const at = lines[line]?.indexOf(s) ?? -1;
    return [at, at + s.length];
  };
  const [hs, he] = col(2, '本年收入');
  assert.ok(hs > col(3, '项目')[0] && he <= col(3, '预算数')[1], lines.join('\n'));
  // Right-aligned amounts end in the same column (both end at x 210 on paper).
  assert.equal(col(4, '371,514,655.00')[1], col(5, '21,601,733.00')[1]);
  // The spans give each chunk its box.
  const span = r.lines[4]?.spans.find((s) => s.start === col(4, '371,514,655.00')[0]);
  assert.deepEqual(span?.box, { x: 140, y: 70, w: 70, h: 10 });
  // The layout reader finds the two columns, amounts in the second.
  const src = readLayoutText(r.text, 't');
  const row = src.lines[4]?.cells.map((c) => c.text).filter(Boolean);
  assert.deepEqual(row, ['一、财政拨款收入', '371,514,655.00']);
});

test('pages are separated by a line holding a form feed', () => {
  const p = (n: number, t: string): PageText => ({ page: n, width: 100, height: 100, rotation: 0, items: [item(t, 10, 10)] });
  const r = renderPages([p(1, '第一页'), p(2, '第二页')]);
  assert.equal(r.text, '第一页\n\f\n第二页');
  assert.deepEqual(
    r.lines.map((l) => l.page),
    [1, 2, 2],
  );
});
