import type { GreyImage } from './ocr-image.js';
import { isNumber, type OcrWord, type Run, wellFormed } from './ocr-words.js';

/**
 * A second reading of the numbers. The Chinese model sometimes takes a digit group for a Han character (`1,` read
 * as 了), drops a last digit or splits one amount into overlapping words; read alone with the English model and only
 * digits allowed, the same pixels come out right. So every run that prints a number is cut out of the page (with a
 * margin where a lost digit may sit), the cuts are stacked into one strip, and the strip is read in one go.
 */

/** Where one run's cut sits in the strip (pixels, strip coordinates). */
export interface Slot {
  run: Run;
  top: number;
  bottom: number;
  /** The first reading is a well-formed number as read (no mending), every word read with confidence, no speck beside it. */
  sure: boolean;
  /** A lone group of 1–3 digits just left of the number, inside the cut: perhaps its lost leading group (`1,`). */
  absorbs?: Run;
}

/** Confidence under which a short non-digit word beside a number is taken for a misread part of it. */
const UNSURE = 60;
/** Confidence from which a well-formed first reading stands against the second (whose confidences run low). */
const SURE = 90;
/** Widest gap (character heights) between a number and a lone group left of it that may be its lost first group. */
const LEADING_GAP = 1.2;
const NUMBERISH = /^[“”"'‘’«»|[\]]*-?[0-9OolIi|,，.．。]+(?:[“”"'‘’«»|[\]]*|(?<=\d{2})\))$/u;

/** Whether a run prints a number (perhaps misread): digits and separators, plus at most unsure specks. */
export function isNumberRun(run: Run): boolean {
  const sure = run.parts.filter((p) => !unsure(p));
  return sure.length > 0 && sure.every((p) => NUMBERISH.test(p.text)) && /\d/.test(run.text);
}

/** A run of nothing but unsure specks: a misread mark, no neighbour to keep a cut away from. */
function speck(run: Run): boolean {
  return run.speck === true || run.parts.every((p) => unsure(p));
}

function unsure(p: { text: string; conf: number }): boolean {
  return p.conf < UNSURE && [...p.text].length <= 2 && !/\d/.test(p.text);
}

/** The strip of number cuts for a page's runs (in reading order), or undefined when the page prints no number. */
export function numberStrip(img: GreyImage, runs: readonly Run[]): { strip: GreyImage; slots: Slot[] } | undefined {
  const cuts: { run: Run; x0: number; x1: number; y0: number; y1: number; sure: boolean; absorbs?: Run }[] = [];
  const solid = runs.filter((r) => !speck(r));
  solid.forEach((run, i) => {
    if (!isNumberRun(run)) return;
    const prev = solid[i - 1]?.line === run.line ? solid[i - 1] : undefined;
    const next = solid[i + 1]?.line === run.line ? solid[i + 1] : undefined;
    // A lost group (`1,`, `00`) is one or two character heights wide; never reach past half the gap to a neighbour,
    // unless the neighbour is a lone group close by (`1` `852,114.00`: the comma lost, the number cut in two).
    const absorbs = prev && /^[1-9]\d{0,2}$/.test(prev.text) && run.left - prev.right <= LEADING_GAP * run.size ? prev : undefined;
    const x0 = Math.max(0, Math.round(absorbs ? absorbs.left - run.size / 2 : Math.max(run.left - 2 * run.size, prev ? (prev.right + run.left) / 2 : 0)));
    const x1 = Math.min(img.width, Math.round(Math.min(run.right + run.size, next ? (run.right + next.left) / 2 : img.width)));
    const y0 = Math.max(0, Math.round(run.top - run.size * 0.3));
    const y1 = Math.min(img.height, Math.round(run.bottom + run.size * 0.3));
    const specks = runs.some((r) => r.line === run.line && speck(r) && r.right > x0 && r.left < x1);
    const sure = !specks && run.parts.every((p) => p.conf >= SURE) && isNumber(run.text);
    if (x1 > x0 && y1 > y0) cuts.push({ run, x0, x1, y0, y1, sure, ...(absorbs ? { absorbs } : {}) });
  });
  if (!cuts.length) return undefined;
  const pad = Math.round(Math.max(...cuts.map((c) => c.y1 - c.y0)) * 0.6);
  const width = Math.max(...cuts.map((c) => c.x1 - c.x0)) + 2 * pad;
  const height = cuts.reduce((s, c) => s + c.y1 - c.y0 + pad, pad);
  const pixels = new Uint8Array(width * height).fill(255);
  const slots: Slot[] = [];
  let top = pad;
  for (const c of cuts) {
    for (let y = c.y0; y < c.y1; y++) {
      pixels.set(img.pixels.subarray(y * img.width + c.x0, y * img.width + c.x1), (top + y - c.y0) * width + pad);
    }
    slots.push({ run: c.run, top, bottom: top + c.y1 - c.y0, sure: c.sure, ...(c.absorbs ? { absorbs: c.absorbs } : {}) });
    top += c.y1 - c.y0 + pad;
  }
  return { strip: { width, height, pixels }, slots };
}

/**
 * Put the strip's readings back into the runs: a run whose first reading is not sure takes the second when that
 * is one well-formed number (words of one cut, close together); otherwise it keeps the first. A lone group cut
 * with the number joins it only when the second reading holds both, digit for digit, as one number (`1,852,114.00`).
 */
export function applyNumberReadings(slots: readonly Slot[], words: readonly OcrWord[]): void {
  const absorbed: Run[] = [];
  for (const slot of slots) {
    const reading = readingOf(slot, words);
    if (reading === undefined) continue;
    const lone = slot.absorbs;
    if (lone && reading.startsWith(`${lone.text},`) && digits(reading) === lone.text + digits(slot.run.text)) {
      slot.run.text = reading;
      slot.run.left = Math.min(slot.run.left, lone.left);
      absorbed.push(lone);
    } else if (!slot.sure && (!lone || digits(reading) === digits(slot.run.text)) && !(isNumber(slot.run.text) && digits(reading).length < digits(slot.run.text).length)) {
      // A well-formed first reading is never cut shorter: the digit model drops digits of short codes (99 → 9).
      slot.run.text = reading;
    }
  }
  for (const r of absorbed) r.text = '';
}

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

/** The one well-formed number the strip read in a slot, if it read exactly that. */
function readingOf(slot: Slot, words: readonly OcrWord[]): string | undefined {
  const mine = words
    .filter((w) => {
      const mid = w.top + w.height / 2;
      return mid >= slot.top && mid < slot.bottom;
    })
    .sort((a, b) => a.left - b.left);
  if (!mine.length) return undefined;
  const apart = mine.some((w, i) => {
    const before = mine[i - 1];
    return before !== undefined && w.left - (before.left + before.width) > slot.run.size;
  });
  return apart ? undefined : wellFormed(mine.map((w) => w.text).join(''));
}
