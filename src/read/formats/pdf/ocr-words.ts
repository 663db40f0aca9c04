import { mendTerm } from './ocr-lexicon.js';
import type { TextItem } from './page-text.js';

/** One word of tesseract's TSV output (level 5), its box in pixels. */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  /** Block, paragraph and line numbers joined: the words of one text line share it. */
  line: string;
}

/** The words of `tesseract … tsv` output, in reading order; empty words dropped. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = f.slice(11).join('\t').trim();
    if (!text) continue;
    words.push({
      text,
      left: Number(f[6]),
      top: Number(f[7]),
      width: Number(f[8]),
      height: Number(f[9]),
      conf: Number(f[10]),
      line: `${f[2]}.${f[3]}.${f[4]}`,
    });
  }
  return words;
}

/** A Han character; `HAN` also takes the full-width punctuation printed among them. */
const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/u;
const HAN = /[\u3400-\u9fff\uf900-\ufaff（）《》〈〉【】“”‘’：；、，。！？％]/u;
/** Punctuation tesseract prints between Han characters, in either width. */
const PUNCT = /[()（）:;：；,.，。、!?！？"“”'‘’%％·—\-~～《》]/u;
const DIGIT = /[0-9]/;
/** Thousands separators and decimal points as OCR reads them. */
const SEP = /[,.，．。]/u;

/** Words of one line of text joined into one run, with their box in pixels. */
export interface Run {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Key of the line, shared by the runs of one line. */
  line: string;
  /** Typical character height on the line (pixels). */
  size: number;
  /** A speck read as a word (see `speck`): kept apart so the number pass sees it, never made an item. */
  speck?: boolean;
  /** The words joined, as read, with tesseract's confidence (0–100) and their height (pixels). */
  parts: { text: string; conf: number; h?: number }[];
}

/**
 * Words of one page into runs: words of one line are joined where the text layer of a PDF would have one run —
 * Han characters tesseract splits apart, a number split at its separators (`705,` `443.` `00`), a number and the
 * Han word or punctuation beside it (`37,151.47` `万元`) — when the gap is small; two numbers are never joined, nor
 * words across a wide gap (another cell), nor two Latin words. Runs come line by line, left to right.
 */
export function joinWords(words: readonly OcrWord[]): Run[] {
  const runs: Run[] = [];
  for (const [key, all] of visualLines(words)) {
    const size = median(all.map((w) => w.height));
    let cur: Run | undefined;
    for (const [i, w] of all.entries()) {
      const text = normaliseWord(w.text);
      if (speck(w, size, all[i - 1], all[i + 1])) {
        if (cur) runs.push(cur);
        cur = undefined;
        runs.push({ text, left: w.left, right: w.left + w.width, top: w.top, bottom: w.top + w.height, line: key, size, speck: true, parts: [{ text, conf: w.conf, h: w.height }] });
        continue;
      }
      if (cur && joins(cur.text, text, w.left - cur.right, size)) {
        cur.text += text;
        cur.right = Math.max(cur.right, w.left + w.width);
        cur.top = Math.min(cur.top, w.top);
        cur.bottom = Math.max(cur.bottom, w.top + w.height);
        cur.parts.push({ text, conf: w.conf, h: w.height });
      } else {
        if (cur) runs.push(cur);
        cur = { text, left: w.left, right: w.left + w.width, top: w.top, bottom: w.top + w.height, line: key, size, parts: [{ text, conf: w.conf, h: w.height }] };
      }
    }
    if (cur) runs.push(cur);
  }
  return runs;
}

/** Confidence under which a mark alone (no letter, digit or Han character) is a speck wherever it stands. */
const SPECK_CONF = 40;
/** Confidence under which a mark is a speck unless it stands against Han text (punctuation of prose). */
const MARK_CONF = 60;
/** Share of the line's height under which a mark standing apart is too small to print, and a word read unsure is a speck. */
const MARK_SIZE = 0.4;
const SMALL = 0.6;
/** Confidence under which a small word, or a lone Han character away from other Han text, is a speck. */
const UNSURE_CONF = 50;

/**
 * A word tesseract read from a speck, a remnant of a ruling or a cell border (`，` before a code, `—` between two
 * amounts, `.` or `本` in a header, `了` before an amount): a mark (no letter, digit or Han character) read with
 * hardly any confidence, or unsure or small and not against Han text; a word read unsure and much smaller than
 * the line's characters; a lone Han character read unsure with no Han text beside it.
 */
function speck(w: OcrWord, size: number, prev: OcrWord | undefined, next: OcrWord | undefined): boolean {
  const near = (o: OcrWord | undefined): boolean => o !== undefined && Math.max(w.left - (o.left + o.width), o.left - (w.left + w.width)) <= HAN_GAP * size;
  const hanBeside = (near(prev) && HAN_CHAR.test(prev?.text ?? '')) || (near(next) && HAN_CHAR.test(next?.text ?? ''));
  if (w.conf < UNSURE_CONF && w.height < SMALL * size) return true;
  if (!/[\p{L}\p{N}]/u.test(w.text)) {
    if (w.conf < SPECK_CONF) return true;
    const apart = !near(prev) && !near(next);
    return (!hanBeside && w.conf < MARK_CONF) || (apart && w.height < MARK_SIZE * size);
  }
  return [...w.text].length === 1 && HAN_CHAR.test(w.text) && w.conf < UNSURE_CONF && !hanBeside;
}

/**
 * The words of each line as seen on the page, left to right, keyed by the first tesseract line. Tesseract may cut
 * one table row into two lines at the same height (a cell that wraps above and below it) and read one number
 * twice over; lines whose boxes mostly overlap in height are one line, and a word lying inside a wider word of
 * the line is a duplicate fragment.
 */
function visualLines(words: readonly OcrWord[]): Map<string, OcrWord[]> {
  const byKey = new Map<string, { key: string; top: number; bottom: number; words: OcrWord[] }>();
  for (const w of words) {
    const l = byKey.get(w.line);
    if (l) {
      l.words.push(w);
      l.top = Math.min(l.top, w.top);
      l.bottom = Math.max(l.bottom, w.top + w.height);
    } else byKey.set(w.line, { key: w.line, top: w.top, bottom: w.top + w.height, words: [w] });
  }
  const merged: { key: string; top: number; bottom: number; words: OcrWord[] }[] = [];
  for (const l of [...byKey.values()].sort((a, b) => a.top - b.top)) {
    const same = merged.find((m) => Math.min(m.bottom, l.bottom) - Math.max(m.top, l.top) >= 0.6 * Math.min(m.bottom - m.top, l.bottom - l.top));
    if (same) {
      same.words.push(...l.words);
      same.top = Math.min(same.top, l.top);
      same.bottom = Math.max(same.bottom, l.bottom);
    } else merged.push({ ...l, words: [...l.words] });
  }
  const out = new Map<string, OcrWord[]>();
  for (const m of merged) {
    const ws = [...m.words].sort((a, b) => b.width - a.width);
    const kept = ws.filter((w, i) => !(numeric(w) && ws.slice(0, i).some((big) => numeric(big) && overlap(big, w) >= 0.8 * w.width)));
    out.set(m.key, kept.sort((a, b) => a.left - b.left));
  }
  return out;
}

/** Digits with at most separators and stray marks: a word that can be a second reading of a number. */
function numeric(w: OcrWord): boolean {
  return /\d/.test(w.text) && !HAN_CHAR.test(w.text) && !/[A-Za-z]{2}/.test(w.text);
}

function overlap(a: OcrWord, b: OcrWord): number {
  return Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
}

/** Smallest font size of a line as a share of the page's typical one. */
const SMALLEST_LINE = 0.8;
/** Height of a Han character's ink as a share of the font size (the em a text layer gives as an item's height). */
const HAN_INK = 0.9;

/**
 * Runs as text items in PDF points (`sx`, `sy`: points per pixel), top to bottom, left to right. An item's box is
 * its ink's width and, like a text layer's, the font size's height about the ink's middle: digits' ink is lower
 * than Han characters', and a box only as high as the ink would leave row gaps that read as blank lines.
 */
export function runsToItems(runs: readonly Run[], sx: number, sy: number): TextItem[] {
  const kept = runs.filter((b) => b.text && !b.speck);
  const ems = emByLine(kept);
  // Runs of one line share its middle: a run whose box takes in a speck above or below would otherwise drift off it.
  const mids = new Map<string, number>();
  for (const line of new Set(kept.map((r) => r.line))) mids.set(line, median(kept.filter((r) => r.line === line).map((r) => (r.top + r.bottom) / 2)));
  const items = kept.map((b) => {
    const em = ems.get(b.line) ?? b.bottom - b.top;
    const mid = mids.get(b.line) ?? (b.top + b.bottom) / 2;
    const text = itemText(withoutSpeckQuote(b));
    // A speck cut off the text's start (a lone quote) takes its share of the box with it.
    const lost = text.length < b.text.length && b.text.endsWith(text) ? ((b.right - b.left) * (b.text.length - text.length)) / b.text.length : 0;
    return { text, x: (b.left + lost) * sx, y: (mid - em / 2) * sy, w: (b.right - b.left - lost) * sx, h: em * sy, ocr: true as const };
  });
  return items.sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * Font size (pixels) of each line: from the ink of its Han words, else the page's. A word's box may take in a
 * speck or a quote mark above or below it, so the lower quartile of the heights is taken, not the middle.
 */
function emByLine(runs: readonly Run[]): Map<string, number> {
  const hanHeights = (rs: readonly Run[]): number[] => rs.flatMap((r) => r.parts.filter((p) => p.h !== undefined && HAN_CHAR.test(p.text)).map((p) => p.h ?? 0));
  const page = quartile(hanHeights(runs)) / HAN_INK;
  const out = new Map<string, number>();
  for (const line of new Set(runs.map((r) => r.line))) {
    const hs = hanHeights(runs.filter((r) => r.line === line));
    // A line of few Han characters may have them all small (费, 〈护)); no line of a page prints much smaller than its body.
    const em = hs.length ? Math.max(quartile(hs) / HAN_INK, SMALLEST_LINE * page) : page;
    if (em > 0) out.set(line, em);
  }
  return out;
}

/** Words of one page straight into text items (no second reading of the numbers). */
export function wordsToItems(words: readonly OcrWord[], sx: number, sy: number): TextItem[] {
  return runsToItems(joinWords(words), sx, sy);
}

const QUOTE_OR_DASH = /[“”"'‘’—–~～]/u;
const BRACKET = /[()（）〈〉《》【】]/u;
const BRACKET_GAP = 1.2;

/** Widest gap (in character heights) inside one run of Han text, and inside one number. */
const HAN_GAP = 0.8;
const NUMBER_GAP = 1.2;
/** A gap this small (in character heights) is inside one number: cells are padded wider apart. */
const TOUCH = 0.25;

function joins(cur: string, next: string, gap: number, size: number): boolean {
  const a = cur.at(-1) ?? '';
  const b = next[0] ?? '';
  // Two numbers side by side are two cells, unless they touch: then tesseract cut one number in two.
  if (DIGIT.test(a) && DIGIT.test(b)) return gap <= TOUCH * size;
  if (SEP.test(a) && DIGIT.test(b) && DIGIT.test(cur.at(-2) ?? '')) return gap <= NUMBER_GAP * size;
  if (DIGIT.test(a) && SEP.test(b) && DIGIT.test(next[1] ?? '')) return gap <= NUMBER_GAP * size;
  // A quote or dash after a number is a speck of a border or the start of the next cell, never part of it.
  if (DIGIT.test(a) && QUOTE_OR_DASH.test(b)) return false;
  if (QUOTE_OR_DASH.test(a) && DIGIT.test(b)) return false;
  // Full-width brackets carry their own space on the far side (维修（护）费).
  if (BRACKET.test(a) || BRACKET.test(b)) return gap <= BRACKET_GAP * size;
  if (HAN.test(a) || HAN.test(b) || PUNCT.test(a) || PUNCT.test(b)) return gap <= HAN_GAP * size;
  return false;
}

/** Full-width letters, digits and signs to ASCII (NFKC on those only: Chinese punctuation stays as printed). */
function normaliseWord(s: string): string {
  return s.replace(/[\uff01-\uff5e]/gu, (c) => (c === '，' || c === '：' || c === '；' || c === '（' || c === '）' || c === '！' || c === '？' ? c : c.normalize('NFKC')));
}

/** An amount or a plain number as printed: 1,234.56 / 123.45 / 2025 / -8.00. */
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Undo OCR confusions inside numbers only: a run of digits and look-alikes (O o → 0, l I i | → 1, ，→ , and 。．→ .)
 * that holds a real digit, is not part of a Latin word and becomes a well-formed number once fixed.
 */
export function fixNumbers(text: string): string {
  return text.replace(/[0-9OolIi|,，.．。]+/gu, (run, at: number) => {
    if (!DIGIT.test(run)) return run;
    const before = text[at - 1] ?? '';
    const after = text[at + run.length] ?? '';
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) return run;
    // Sentence punctuation after a number is not part of it.
    const trail = /[,，.．。]+$/u.exec(run)?.[0] ?? '';
    const core = run.slice(0, run.length - trail.length);
    const fixed = wellFormed(core.replace(/[Oo]/g, '0').replace(/[lIi|]/g, '1').replace(/[．。]/g, '.'));
    return fixed === undefined ? run : fixed + trail;
  });
}

/**
 * The number a run of digits and separators stands for, printed well-formed, or undefined. Beyond a plain match,
 * two slips that keep every digit are mended: a decimal point read as a comma (`1084,02` → `1084.02`: a group
 * after a comma always has three digits), a thousands comma lost from the first group (`1661,216.00` →
 * `1,661,216.00`) and a separator read twice (`085..00`). A digit lost or misread is never guessed.
 */
export function wellFormed(s: string): string | undefined {
  s = s.replace(/([,.])\1+/g, '$1');
  let plain = s.replace(/，/g, ',');
  if (NUMBER.test(plain)) return plain;
  // Only an ASCII comma can be a misread point: a full-width one is a list separator (12，34 = 12 and 34).
  const m = /^(-?[\d,，]*\d),(\d{2})$/.exec(s);
  if (m) {
    plain = `${m[1]?.replace(/，/g, ',')}.${m[2]}`;
    if (NUMBER.test(plain)) return plain;
  }
  const g = /^(-?)(\d{4,})((?:,\d{3})+)(\.\d+)?$/.exec(plain);
  if (g) return `${g[1]}${group(`${g[2]}${g[3]?.replaceAll(',', '')}`)}${g[4] ?? ''}`;
  return undefined;
}

/** Whether a text is a well-formed number as it stands, with no mending. */
export function isNumber(s: string): boolean {
  return NUMBER.test(s);
}

/** Digits with a thousands comma every three from the right. */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Marks OCR puts on the edge of a number in a table (what is left of a cell border, a speck): never printed there. */
const EDGE_JUNK = /^[“”"'‘’«»|[\]{}:;：；、·,，]+(?=\d)|(?<=\d)[“”"'‘’«»|[\]{}:;：；、·]+$/gu;

/** A quote mark at either end of Han text, the only one in it. */
const LONE_QUOTE = /^[“”"]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[“”"]+$/gu;

/** Height (share of the line's) over which a word holding a quote mark reaches outside the line: the mark is a speck. */
const OUTSIDE = 1.3;

/**
 * A run's text without a lone quote mark at its start or end when the word holding it was read unsure or reaches
 * above or below the line: a speck of a cell border or of a code's edge read into the word (`“一般` after the code
 * 02). A printed quote is read surely and sits within the line.
 */
function withoutSpeckQuote(run: Run): string {
  const quotes = [...run.text].filter((c) => c === '“' || c === '”' || c === '"').length;
  const speckish = (p: Run['parts'][number]): boolean => p.conf < MARK_CONF || (p.h ?? 0) > OUTSIDE * run.size;
  const edge = [run.parts[0], run.parts.at(-1)].some((p) => p !== undefined && speckish(p) && /^[“”"]|[“”"]$/u.test(p.text));
  return quotes === 1 && edge ? run.text.replace(LONE_QUOTE, '') : run.text;
}

/** A code of two or three characters read with letters for digits (Ol, ll, lO): nothing else prints that way in a table. */
const CODE_LOOKALIKE = /^[0-9OlI|]{2,3}$/;

/** Text of one item: numbers and codes mended, known terms mended, and stray marks around a bare number or code removed. */
export function itemText(text: string): string {
  if (CODE_LOOKALIKE.test(text) && /[OlI|]/.test(text)) return text.replace(/O/g, '0').replace(/[lI|]/g, '1');
  const fixed = fixNumbers(text);
  const bare = fixed.replace(EDGE_JUNK, '');
  return NUMBER.test(bare) ? bare : mendTerm(fixed);
}

function quartile(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 4)] ?? 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
