import type { GreyImage } from './ocr-image.js';
import type { OcrWord, Run } from './ocr-words.js';

/**
 * A second reading of Latin text. With chi_sim+eng, tesseract sometimes reads a Han word as Latin garbage
 * (一般公共服务支出 → `PRA FERS SCH`, 类 款 项 → `x eH`): budget tables print no Latin words. So every Latin run
 * read without confidence is cut out (runs of one line close together as one cut), the cuts are stacked into a
 * strip and read again with the Chinese model alone; Han text read there replaces the runs, else runs read with
 * hardly any confidence are dropped as specks.
 */

/** One cut: the runs it covers, where it sits in the strip and where it was cut from the page (pixels). */
export interface LatinSlot {
  runs: Run[];
  top: number;
  bottom: number;
  /** Page x of the strip's column `pad`, page y of the slot's top row. */
  x0: number;
  y0: number;
  pad: number;
}

/** Mean confidence from which a Latin run stands as read (an abbreviation, a URL). */
const SURE = 80;
/** Mean confidence under which a Latin run that reads as no Han text is taken for specks. */
const SPECK = 50;
/** Middle confidence from which the Chinese reading of a cut is taken (specks read as Han come lower). */
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

interface Cut {
  runs: Run[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The strip of doubtful Latin cuts of a page's runs (in reading order), or undefined when there is none. Runs of
 * one line close together are one cut, and cuts that overlap (a header cell wrapped over lines) are one cut.
 */
export function latinStrip(img: GreyImage, runs: readonly Run[]): { strip: GreyImage; slots: LatinSlot[] } | undefined {
  const cuts: Cut[] = [];
  runs.forEach((run, i) => {
    if (!doubtfulLatin(run)) return;
    const m = run.size * 0.6;
    const box = { x0: Math.max(0, Math.round(run.left - m)), x1: Math.min(img.width, Math.round(run.right + m)), y0: Math.max(0, Math.round(run.top - run.size * 0.3)), y1: Math.min(img.height, Math.round(run.bottom + run.size * 0.3)) };
    const prev = runs[i - 1];
    const last = cuts.at(-1);
    const besideLast = last !== undefined && prev !== undefined && last.runs.at(-1) === prev && prev.line === run.line && run.left - prev.right <= GROUP_GAP * run.size;
    const over = cuts.find((c) => Math.min(c.x1, box.x1) > Math.max(c.x0, box.x0) && Math.min(c.y1, box.y1) > Math.max(c.y0, box.y0));
    const into = besideLast ? last : over;
    if (into) {
      into.runs.push(run);
      into.x0 = Math.min(into.x0, box.x0);
      into.x1 = Math.max(into.x1, box.x1);
      into.y0 = Math.min(into.y0, box.y0);
      into.y1 = Math.max(into.y1, box.y1);
    } else cuts.push({ runs: [run], ...box });
  });
  if (!cuts.length) return undefined;
  const pad = Math.round(Math.max(...cuts.map((c) => c.y1 - c.y0)) * 0.6);
  const width = Math.max(...cuts.map((c) => c.x1 - c.x0)) + 2 * pad;
  const height = cuts.reduce((s, c) => s + c.y1 - c.y0 + pad, pad);
  const pixels = new Uint8Array(width * height).fill(255);
  const slots: LatinSlot[] = [];
  let top = pad;
  for (const c of cuts) {
    for (let y = c.y0; y < c.y1; y++) pixels.set(img.pixels.subarray(y * img.width + c.x0, y * img.width + c.x1), (top + y - c.y0) * width + pad);
    slots.push({ runs: c.runs, top, bottom: top + c.y1 - c.y0, x0: c.x0, y0: c.y0, pad });
    top += c.y1 - c.y0 + pad;
  }
  return { strip: { width, height, pixels }, slots };
}

/**
 * Put the Chinese readings back. A cut read as Han text (no Latin letter, read with confidence) replaces its runs
 * (emptied) by new runs, one per line of the reading, each with the box of its words on the page: returned, to be
 * added to the page's runs. A cut read otherwise keeps its runs, except those read with hardly any confidence,
 * which are emptied (dropped).
 */
export function applyLatinReadings(slots: readonly LatinSlot[], words: readonly OcrWord[]): Run[] {
  const added: Run[] = [];
  for (const slot of slots) {
    const mine = words.filter((w) => {
      const mid = w.top + w.height / 2;
      return mid >= slot.top && mid < slot.bottom;
    });
    const text = mine.map((w) => w.text).join('');
    const confs = mine.map((w) => w.conf).sort((a, b) => a - b);
    const conf = confs[Math.floor(confs.length / 2)] ?? 0;
    const first = slot.runs[0];
    if (!first) continue;
    if (HAN.test(text) && !/[A-Za-z]/.test(text) && conf >= HAN_SURE) {
      for (const r of slot.runs) r.text = '';
      const lines = new Map<string, OcrWord[]>();
      for (const w of mine) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
      for (const [key, ws] of lines) {
        ws.sort((a, b) => a.left - b.left);
        const left = slot.x0 + Math.min(...ws.map((w) => w.left)) - slot.pad;
        const right = slot.x0 + Math.max(...ws.map((w) => w.left + w.width)) - slot.pad;
        const top = slot.y0 + Math.min(...ws.map((w) => w.top)) - slot.top;
        const bottom = slot.y0 + Math.max(...ws.map((w) => w.top + w.height)) - slot.top;
        const one = lines.size === 1;
        added.push({
          text: ws.map((w) => w.text).join(''),
          left,
          right,
          top,
          bottom,
          // One line of reading stays on the runs' line; more lines are lines of their own.
          line: one ? first.line : `${first.line}/${key}`,
          size: first.size,
          parts: ws.map((w) => ({ text: w.text, conf: w.conf, h: w.height })),
        });
      }
    } else for (const r of slot.runs) if (meanConf(r) < SPECK) r.text = '';
  }
  return added;
}
