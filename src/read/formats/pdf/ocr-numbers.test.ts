import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GreyImage } from './ocr-image.js';
import { applyNumberReadings, isNumberRun, numberStrip } from './ocr-numbers.js';
import type { OcrWord, Run } from './ocr-words.js';

function run(text: string, left: number, right: number, parts: [string, number][] = [[text, 95]]): Run {
  return { text, left, right, top: 100, bottom: 140, line: 'L', size: 40, parts: parts.map(([t, conf]) => ({ text: t, conf })) };
}

function word(text: string, left: number, top: number, width = 200): OcrWord {
  return { text, left, top, width, height: 35, conf: 30, line: '1.1.1' };
}

const blank: GreyImage = { width: 3000, height: 400, pixels: new Uint8Array(3000 * 400).fill(255) };

test('number runs: digits and separators, with at most unsure specks; not words, not prose', () => {
  assert.equal(isNumberRun(run('1,410,886.00', 0, 0)), true);
  assert.equal(isNumberRun(run('了410,886.00', 0, 0, [['了', 48], ['410,', 91], ['886.', 92], ['00', 95]])), true);
  assert.equal(isNumberRun(run('”1661,216.00', 0, 0)), true);
  assert.equal(isNumberRun(run('了410,886.00', 0, 0, [['了', 88], ['410,886.00', 91]])), false);
  assert.equal(isNumberRun(run('37,151.47万元', 0, 0)), false);
  assert.equal(isNumberRun(run('Ol', 0, 0)), false);
});

test('the strip stacks one cut per number run, reaching left for a lost group but not past half the gap', () => {
  const runs = [run('行政运行', 100, 400), run('9,389,913.00', 1000, 1290), run('9,389,913.00', 1400, 1690)];
  const s = numberStrip(blank, runs);
  assert.ok(s);
  assert.equal(s.slots.length, 2);
  // First cut: 2 character heights left of 1000 (920), 1 right of 1290 but only to half the gap to 1400 (1330).
  // Second: from half the gap (1345) to 1 height right (1730). The strip is as wide as the widest cut plus margins.
  const pad = Math.round(0.6 * (40 + 2 * 12));
  assert.equal(s.strip.width, 1330 - 920 + 2 * pad);
  assert.deepEqual(
    s.slots.map((x) => [x.top, x.bottom]),
    [
      [pad, pad + 64],
      [2 * pad + 64, 2 * pad + 128],
    ],
  );
  assert.equal(numberStrip(blank, [run('行政运行', 100, 400)]), undefined);
});

test('a sure first reading stands; an unsure one takes a well-formed second reading', () => {
  const sure = run('754.75', 1000, 1130, [['754.', 93], ['75', 93]]);
  const unsure = run('0.0', 1400, 1463, [['0.0', 78]]);
  const s = numberStrip(blank, [sure, unsure]);
  assert.ok(s);
  const [a, b] = s.slots;
  assert.ok(a && b);
  applyNumberReadings(s.slots, [word('794.75', 80, a.top + 10), word('0.00', 80, b.top + 10)]);
  assert.equal(sure.text, '754.75');
  assert.equal(unsure.text, '0.00');
});

test('a first reading that needed mending is not sure: 293,00 (a decimal comma?) yields to 293,810,000.00', () => {
  const mended = run('293,00', 1534, 1893, [['293,', 95], ['00', 92]]);
  const s = numberStrip(blank, [mended]);
  const slot = s?.slots[0];
  assert.ok(s && slot);
  assert.equal(slot.sure, false);
  applyNumberReadings(s.slots, [word('293,810,000.00', 60, slot.top + 10)]);
  assert.equal(mended.text, '293,810,000.00');
});

test('a lost leading group joins the number only when the second reading holds both as one number', () => {
  const lone = run('1', 2545, 2573);
  const rest = run('852,114.00', 2601, 2837, [['852,', 93], ['114.', 93], ['00', 93]]);
  const s = numberStrip(blank, [run('绩效工资', 762, 955), lone, rest]);
  assert.ok(s);
  const slot = s.slots.find((x) => x.run === rest);
  assert.ok(slot?.absorbs === lone);
  applyNumberReadings(s.slots, [word('1,852,114.00', 60, slot.top + 10)]);
  assert.equal(rest.text, '1,852,114.00');
  assert.equal(rest.left, 2545);
  assert.equal(lone.text, '');

  // The same neighbours, read by the strip as a different number: nothing joins, nothing changes.
  const lone2 = run('1', 2545, 2573);
  const rest2 = run('852,114.00', 2601, 2837, [['852,', 93], ['114.', 93], ['00', 93]]);
  const s2 = numberStrip(blank, [lone2, rest2]);
  const slot2 = s2?.slots.find((x) => x.run === rest2);
  assert.ok(s2 && slot2);
  applyNumberReadings(s2.slots, [word('7,852,114.00', 60, slot2.top + 10)]);
  assert.equal(rest2.text, '852,114.00');
  assert.equal(lone2.text, '1');
});

test('a cut the strip reads as two numbers far apart, or as nothing well-formed, keeps the first reading', () => {
  const r = run('0.0', 1000, 1063, [['0.0', 70]]);
  const s = numberStrip(blank, [r]);
  const slot = s?.slots[0];
  assert.ok(s && slot);
  applyNumberReadings(s.slots, [word('0.0', 10, slot.top + 5, 50), word('12', 200, slot.top + 5, 30)]);
  assert.equal(r.text, '0.0');
  applyNumberReadings(s.slots, [word('0..0', 10, slot.top + 5, 60)]);
  assert.equal(r.text, '0.0');
});
