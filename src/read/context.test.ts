import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, posOf, spanOf } from './context.js';
import type { SourceLine } from './lines/types.js';

const line = (no: number, boxes: boolean): SourceLine => ({
  no,
  raw: '行政运行    9,389,913.00',
  text: '行政运行\t9,389,913.00',
  page: 10,
  cells: [
    { text: '行政运行', start: 0, end: 4, ...(boxes ? { box: { x: 100, y: 250, w: 48, h: 12 } } : {}) },
    { text: '9,389,913.00', start: 8, end: 20, ...(boxes ? { box: { x: 380, y: 252, w: 70, h: 12 } } : {}) },
  ],
});

test('a cell read from a PDF keeps its box in its position; a line gets the union of its cells', () => {
  const ctx = createContext('a.pdf', 'layout-text');
  const l = line(3, true);
  assert.deepEqual(posOf(ctx, l, l.cells[1]), { file: 'a.pdf', line: 3, column: { start: 8, end: 20 }, page: 10, box: { x: 380, y: 252, w: 70, h: 12 } });
  assert.deepEqual(posOf(ctx, l).box, { x: 100, y: 250, w: 350, h: 14 });
  // A span of lines has no single box.
  assert.equal(spanOf(ctx, l, line(4, true)).box, undefined);
});

test('text sources have no boxes', () => {
  const ctx = createContext('a.txt', 'tsv-text');
  const l = line(3, false);
  assert.equal(posOf(ctx, l, l.cells[0]).box, undefined);
  assert.equal(posOf(ctx, l).box, undefined);
});
