import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyLatinReadings, doubtfulLatin, latinStrip } from './ocr-latin.js';
import type { GreyImage } from './ocr-image.js';
import type { OcrWord, Run } from './ocr-words.js';

function run(text: string, left: number, right: number, conf: number, line = '1.1.1'): Run {
  return { text, left, right, top: 100, bottom: 140, line, size: 40, parts: [{ text, conf, h: 40 }] };
}

function word(text: string, left: number, top: number, conf: number, line: string): OcrWord {
  return { text, left, top, width: 40 * [...text].length, height: 40, conf, line };
}

const page: GreyImage = { width: 2000, height: 400, pixels: new Uint8Array(2000 * 400).fill(255) };

test('Latin read without confidence is doubtful; a sure Latin word and specks are not', () => {
  assert.equal(doubtfulLatin(run('PRA', 671, 791, 0)), true);
  assert.equal(doubtfulLatin(run('PDF', 671, 791, 95)), false);
  assert.equal(doubtfulLatin(run('201', 271, 340, 40)), false);
  assert.equal(doubtfulLatin({ ...run('ee.', 1044, 1113, 46), speck: true }), false);
});

test('Latin runs of one line close together are one cut; the Chinese reading replaces them with its own box', () => {
  // Shanghai commerce budget p10: 一般公共服务支出 read as `PRA FERS SCH` (conf 0, 0, 61).
  const runs = [run('201', 270, 335, 93), run('PRA', 671, 791, 0), run('FERS', 816, 938, 0), run('SCH', 965, 1053, 61), run('21,601,733.00', 1560, 1870, 93)];
  const strip = latinStrip(page, runs);
  assert.ok(strip);
  assert.equal(strip.slots.length, 1);
  const slot = strip.slots[0];
  assert.ok(slot);
  assert.deepEqual(slot.runs.map((r) => r.text), ['PRA', 'FERS', 'SCH']);
  // The strip read: 一般公共服务支出 in three words on one line, 20 px right of the cut's left edge.
  const words = [word('一般', slot.pad + 20, slot.top + 12, 93, '1.1.1'), word('公共服务', slot.pad + 100, slot.top + 12, 90, '1.1.1'), word('支出', slot.pad + 270, slot.top + 12, 40, '1.1.1')];
  const added = applyLatinReadings(strip.slots, words);
  assert.deepEqual(runs.map((r) => r.text), ['201', '', '', '', '21,601,733.00']);
  assert.deepEqual(added.map((r) => r.text), ['一般公共服务支出']);
  assert.equal(added[0]?.left, slot.x0 + 20);
  assert.equal(added[0]?.line, '1.1.1');
});

test('a header cell wrapped over two lines comes back as two lines; a cut read as no Han text drops only its unsure runs', () => {
  const runs = [run('xt', 2926, 3000, 59), { ...run('REIS', 2943, 3184, 25), bottom: 200 }, run('ease', 2627, 2795, 3, '1.1.2'), run('eH', 425, 610, 24, '1.1.3')];
  const strip = latinStrip(page, runs);
  assert.ok(strip);
  const [cell, other, header] = strip.slots;
  assert.ok(cell && other && header);
  const words = [
    word('对附属单位补', cell.pad, cell.top + 5, 93, '1.1.1'),
    word('助支出', cell.pad + 40, cell.top + 60, 90, '1.1.2'),
    word('经营支出', other.pad, other.top + 10, 93, '1.1.3'),
    word('x', header.pad, header.top + 10, 90, '1.1.4'),
  ];
  const added = applyLatinReadings(strip.slots, words);
  assert.deepEqual(added.map((r) => r.text), ['对附属单位补', '助支出', '经营支出']);
  assert.notEqual(added[0]?.line, added[1]?.line);
  assert.deepEqual(runs.map((r) => r.text), ['', '', '', '']);
});
