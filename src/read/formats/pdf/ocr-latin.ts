import type { GreyImage } from './ocr-image.js';
import type { OcrWord, Run } from './ocr-words.js';

/**
 * A second reading of Latin text. With chi_sim+eng, tesseract sometimes reads a Han word as Latin garbage
 * (一般公共服务支出 → `PRA FERS SCH`, 类 款 项 → `x eH`): budget tables print no Latin words. So every Latin run
 * read without confidence is cut out (runs of one line close together as one cut), the cuts are stacked into a
 * strip and read again with the Chinese model alone; Han text read there replaces the runs, else runs read with
 * hardly any confidence are dropped as specks.
 */

/** One cut: the runs it covers and where it sits in the strip (pixels, strip coordinates). */
export interface LatinSlot {
  runs: Run[];
  top: number;
  bottom: number;
}

/** Mean confidence from which a Latin run stands as read (an abbreviation, a URL). */
const SURE = 80;
/** Mean confidence under which a Latin run that reads as no Han text is taken for specks. */
const SPECK = 50;
/** Mean confidence from which the Chinese reading of a cut is taken (specks read as Han come lower). */
const HAN_SURE = 60;
/** Widest gap (character heights) between Latin runs of one line read as one cut. */
const GROUP_GAP = 1.5;
const LATIN = /^[A-Za-z.,:;'"‘’“”\-_=|()[\]{}<>!?/\\ ]*[A-Za-z][A-Za-z.,:;'"‘’“”\-_=|()[\]{}<>!?/\\ ]*$/u;
const HAN = /[\u3400-\u9fff]/u;

function meanConf(run: Run): number {
  return run.parts.reduce((s, p) => s + p.conf, 0) / Math.max(1, run.parts.length);
}

/** Whether a run is Latin text read without confidence: perhaps a misread Han word. */
export function doubtfulLatin(run: Run): boolean {
  return !run.speck && LATIN.test(run.text) && meanConf(run) < SURE;
}

/** The strip of doubtful Latin cuts of a page's runs (in reading order), or undefined when there is none. */
export function latinStrip(img: GreyImage, runs: readonly Run[]): { strip: GreyImage; slots: LatinSlot[] } | undefined {
  const groups: Run[][] = [];
  runs.forEach((run, i) => {
    if (!doubtfulLatin(run)) return;
    const last = groups.at(-1);
    const prev = runs[i - 1];
    const lastRun = last?.at(-1);
    if (last && lastRun === prev && prev && prev.line === run.line && run.left - prev.right <= GROUP_GAP * run.size) last.push(run);
    else groups.push([run]);
  });
  if (!groups.length) return undefined;
  const cuts = groups.map((g) => {
    const first = g[0] as Run;
    const size = first.size;
    const left = Math.min(...g.map((r) => r.left));
    const right = Math.max(...g.map((r) => r.right));
    const top = Math.min(...g.map((r) => r.top));
    const bottom = Math.max(...g.map((r) => r.bottom));
    return {
      runs: g,
      x0: Math.max(0, Math.round(left - size * 0.6)),
      x1: Math.min(img.width, Math.round(right + size * 0.6)),
      y0: Math.max(0, Math.round(top - size * 0.3)),
      y1: Math.min(img.height, Math.round(bottom + size * 0.3)),
    };
  });
  const pad = Math.round(Math.max(...cuts.map((c) => c.y1 - c.y0)) * 0.6);
  const width = Math.max(...cuts.map((c) => c.x1 - c.x0)) + 2 * pad;
  const height = cuts.reduce((s, c) => s + c.y1 - c.y0 + pad, pad);
  const pixels = new Uint8Array(width * height).fill(255);
  const slots: LatinSlot[] = [];
  let top = pad;
  for (const c of cuts) {
    for (let y = c.y0; y < c.y1; y++) pixels.set(img.pixels.subarray(y * img.width + c.x0, y * img.width + c.x1), (top + y - c.y0) * width + pad);
    slots.push({ runs: c.runs, top, bottom: top + c.y1 - c.y0 });
    top += c.y1 - c.y0 + pad;
  }
  return { strip: { width, height, pixels }, slots };
}

/**
 * Put the Chinese readings back: a cut read as Han text (no Latin letter) becomes its first run, spread over the
 * cut's runs' boxes, the other runs emptied; a cut read otherwise keeps its runs, except those read with hardly
 * any confidence, which are emptied (dropped).
 */
export function applyLatinReadings(slots: readonly LatinSlot[], words: readonly OcrWord[]): void {
  for (const slot of slots) {
    const mine = words
      .filter((w) => {
        const mid = w.top + w.height / 2;
        return mid >= slot.top && mid < slot.bottom;
      })
      .sort((a, b) => a.left - b.left);
    const text = mine.map((w) => w.text).join('').replace(/\s+/g, '');
    const conf = mine.reduce((s, w) => s + w.conf, 0) / Math.max(1, mine.length);
    const [first, ...rest] = slot.runs;
    if (!first) continue;
    if (HAN.test(text) && !/[A-Za-z]/.test(text) && conf >= HAN_SURE) {
      first.text = text;
      first.right = Math.max(...slot.runs.map((r) => r.right));
      first.top = Math.min(...slot.runs.map((r) => r.top));
      first.bottom = Math.max(...slot.runs.map((r) => r.bottom));
      first.parts = slot.runs.flatMap((r) => r.parts);
      for (const r of rest) r.text = '';
    } else for (const r of slot.runs) if (meanConf(r) < SPECK) r.text = '';
  }
}
