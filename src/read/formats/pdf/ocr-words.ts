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
  /** The words joined, as read, with tesseract's confidence (0–100). */
  parts: { text: string; conf: number }[];
}

/**
 * Words of one page into runs: words of one line are joined where the text layer of a PDF would have one run —
 * Han characters tesseract splits apart, a number split at its separators (`705,` `443.` `00`), a number and the
 * Han word or punctuation beside it (`37,151.47` `万元`) — when the gap is small; two numbers are never joined, nor
 * words across a wide gap (another cell), nor two Latin words. Runs come line by line, left to right.
 */
export function joinWords(words: readonly OcrWord[]): Run[] {
  const runs: Run[] = [];
  for (const [key, line] of visualLines(words)) {
    const size = median(line.map((w) => w.height));
    let cur: Run | undefined;
    for (const w of line) {
      const text = normaliseWord(w.text);
      if (cur && joins(cur.text, text, w.left - cur.right, size)) {
        cur.text += text;
        cur.right = Math.max(cur.right, w.left + w.width);
        cur.top = Math.min(cur.top, w.top);
        cur.bottom = Math.max(cur.bottom, w.top + w.height);
        cur.parts.push({ text, conf: w.conf });
      } else {
        if (cur) runs.push(cur);
        cur = { text, left: w.left, right: w.left + w.width, top: w.top, bottom: w.top + w.height, line: key, size, parts: [{ text, conf: w.conf }] };
      }
    }
    if (cur) runs.push(cur);
  }
  return runs;
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

/** Runs as text items in PDF points (`sx`, `sy`: points per pixel), top to bottom, left to right. */
export function runsToItems(runs: readonly Run[], sx: number, sy: number): TextItem[] {
  const items = runs.filter((b) => b.text).map((b) => ({ text: itemText(b.text), x: b.left * sx, y: b.top * sy, w: (b.right - b.left) * sx, h: (b.bottom - b.top) * sy, ocr: true as const }));
  return items.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Words of one page straight into text items (no second reading of the numbers). */
export function wordsToItems(words: readonly OcrWord[], sx: number, sy: number): TextItem[] {
  return runsToItems(joinWords(words), sx, sy);
}

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

/** Text of one item: numbers mended, and stray marks around a bare number or code removed. */
export function itemText(text: string): string {
  const fixed = fixNumbers(text);
  const bare = fixed.replace(EDGE_JUNK, '');
  return NUMBER.test(bare) ? bare : fixed;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
