import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type GreyImage, parsePgm, removeRules, toPgm } from './ocr-image.js';

/** A white page of w × h pixels with black rectangles [x0, y0, x1, y1) drawn on it. */
function page(w: number, h: number, boxes: [number, number, number, number][], grey = 0): GreyImage {
  const pixels = new Uint8Array(w * h).fill(255);
  for (const [x0, y0, x1, y1] of boxes) for (let y = y0; y < y1; y++) pixels.fill(grey, y * w + x0, y * w + x1);
  return { width: w, height: h, pixels };
}

const at = (img: GreyImage, x: number, y: number): number => img.pixels[y * img.width + x] ?? -1;

test('PGM round trip, with a comment in the header', () => {
  const img = page(3, 2, [[1, 0, 2, 2]]);
  assert.deepEqual(parsePgm(toPgm(img)), img);
  const commented = new Uint8Array([...new TextEncoder().encode('P5\n# pdftoppm\n3 2\n255\n'), ...img.pixels]);
  assert.deepEqual(parsePgm(commented), img);
  assert.throws(() => parsePgm(new TextEncoder().encode('P6\n1 1\n255\nabc')), /not an 8-bit binary PGM/);
});

test('ruling lines go, text strokes and decimal points stay, and the rules are returned at their middle', () => {
  // 300 dpi: a rule must be at least 120 px long. A 3 px horizontal rule, a 3 px vertical rule, a character-sized
  // blot (40 × 40) away from them, a decimal point (6 × 6), and a 45 px stroke (a long Han stroke, not a rule).
  const img = page(600, 400, [
    [20, 100, 580, 103],
    [300, 20, 303, 380],
    [60, 200, 100, 240],
    [120, 236, 126, 242],
    [400, 300, 445, 304],
  ]);
  const rules = removeRules(img, 300);
  assert.deepEqual(
    rules.map((r) => [r.x0, r.y0, r.x1, r.y1]),
    [
      [20, 101, 580, 101],
      [301, 20, 301, 380],
    ],
  );
  assert.equal(at(img, 200, 101), 255);
  assert.equal(at(img, 301, 300), 255);
  assert.equal(at(img, 80, 220), 0);
  assert.equal(at(img, 122, 238), 0);
  assert.equal(at(img, 420, 302), 0);
});

test("a rule's grey fringe and the specks beside it go; a character touching it stays", () => {
  const img = page(600, 200, [[20, 100, 580, 103]]);
  // Fringe: a light grey row under the rule; speck: a 2 × 2 dark dot one pixel below the fringe.
  img.pixels.fill(200, 103 * 600 + 20, 103 * 600 + 580);
  for (const [x, y] of [[50, 104], [51, 104], [50, 105], [51, 105]] as const) img.pixels[y * 600 + x] = 0;
  // A character hanging from the rule: a 30 × 40 blot starting right under it.
  for (let y = 103; y < 143; y++) img.pixels.fill(0, y * 600 + 200, y * 600 + 230);
  removeRules(img, 300);
  assert.equal(at(img, 300, 103), 255);
  assert.equal(at(img, 50, 104), 255);
  assert.equal(at(img, 215, 120), 0);
  assert.equal(at(img, 215, 104), 0);
});

test('a page without rules is left as it was', () => {
  const img = page(300, 300, [[10, 10, 50, 50]]);
  const before = img.pixels.slice();
  assert.deepEqual(removeRules(img, 300), []);
  assert.deepEqual(img.pixels, before);
});
