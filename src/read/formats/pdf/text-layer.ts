// One page of pdf.js text content → PageText: items placed in the page as it is shown (its /Rotate applied),
// and, should the page's main text still run sideways, turned further so that it reads left to right; the
// PageText's rotation is the whole clockwise turn from the unrotated page, so boxes can be mapped back.
import { normalizePdfText } from './chars.js';
import type { PageText, TextItem } from './page-text.js';
import { type PdfPage, pdfjs } from './pdfjs.js';
import { pathRules, type Rule } from './rules.js';

type Matrix = [number, number, number, number, number, number];

function times(m: Matrix, n: readonly number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = n;
  return [m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d, m[0] * e + m[2] * f + m[4], m[1] * e + m[3] * f + m[5]];
}

interface Raw {
  text: string;
  /** Baseline origin in the viewport (y down). */
  ox: number;
  oy: number;
  /** Text direction as a quarter turn: 0 → right, 1 → down, 2 → left, 3 → up (viewport coordinates). */
  dir: number;
  width: number;
  size: number;
  ascent: number;
  descent: number;
}

/** The positioned text of a page (1-based `pageNo`). */
export async function pageText(page: PdfPage, pageNo: number): Promise<PageText> {
  const vp = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const raws: Raw[] = [];
  for (const it of content.items) {
    if (!('str' in it) || it.str.trim() === '') continue;
    const m = times(vp.transform as Matrix, it.transform as number[]);
    const size = Math.hypot(m[2], m[3]);
    if (size <= 0) continue;
    const angle = Math.atan2(m[1], m[0]);
    const quarter = Math.round(angle / (Math.PI / 2));
    // Diagonal text (watermarks such as 仅供内部审核) is not part of the page's lines.
    if (Math.abs(angle - quarter * (Math.PI / 2)) > 0.05) continue;
    const style = content.styles[it.fontName];
    raws.push({ text: normalizePdfText(it.str), ox: m[4], oy: m[5], dir: (quarter + 4) % 4, width: it.width, size, ascent: style?.ascent ?? 0.85, descent: style?.descent ?? -0.15 });
  }
  return placeItems(raws, vp.width, vp.height, vp.rotation, pageNo);
}

/** Set the ruling lines of a page on its PageText, turned as its text was. */
export async function addRules(page: PdfPage, text: PageText): Promise<void> {
  const vp = page.getViewport({ scale: 1 });
  // The quarter turn placeItems gave the text: the PageText's rotation less the viewport's.
  const main = (4 - (((text.rotation - vp.rotation) / 90) % 4) + 4) % 4;
  const { OPS } = await pdfjs();
  text.rules = pathRules(await page.getOperatorList(), OPS, vp.transform as Matrix).map((r): Rule => {
    const [ax, ay] = turn(main, r.x0, r.y0, vp.width, vp.height);
    const [bx, by] = turn(main, r.x1, r.y1, vp.width, vp.height);
    return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
  });
}

// A quarter turn maps a viewport point so that direction `dir` becomes "right" and the page stays in the
// positive quadrant.
function turn(dir: number, x: number, y: number, w: number, h: number): [number, number] {
  if (dir === 1) return [y, w - x];
  if (dir === 2) return [w - x, h - y];
  if (dir === 3) return [h - y, x];
  return [x, y];
}

/** Items of the main direction, turned upright; text in other directions (sideways labels, stamps) is left out. */
export function placeItems(raws: readonly Raw[], width: number, height: number, rotation: number, pageNo: number): PageText {
  const weight = [0, 0, 0, 0];
  for (const r of raws) weight[r.dir] = (weight[r.dir] ?? 0) + r.text.length;
  const main = weight.indexOf(Math.max(...weight));
  const [w, h] = main % 2 === 1 ? [height, width] : [width, height];
  const items: TextItem[] = [];
  for (const r of raws) {
    if (r.dir !== main) continue;
    const [bx, by] = turn(main, r.ox, r.oy, width, height);
    items.push(...words({ text: r.text, x: bx, y: by - r.ascent * r.size, w: r.width, h: (r.ascent - r.descent) * r.size }, r.size));
  }
  // Turning text that runs down the shown page upright is a quarter turn back (anticlockwise), and so on.
  return { page: pageNo, width: w, height: h, rotation: (rotation + (4 - main) * 90) % 360, items };
}

export type { Raw as RawTextItem };

// Relative advance of a character, in ems: ideographs and full-width forms 1, others half, a space 0.3.
const advance = (c: string): number => (c === ' ' ? 0.3 : c.charCodeAt(0) >= 0x2e80 ? 1 : 0.5);

// pdf.js joins the words of one text-showing operation with spaces even when they sit in different table
// cells (WPS prints `371,514,655.00 一、一般公共服务支出` as one string). The words get their own items, the
// item's width shared out by the characters' usual advances, so each cell can have its own box.
// When the font size is known and the words at their usual advances leave room, the room is the spaces'
// (pdf.js puts one space for a gap of any width between two cells): each word keeps its natural width.
/** An item split into its space-separated words (`size`: its font size, when known). */
export function words(it: TextItem, size?: number): TextItem[] {
  if (!/\S\s+\S/.test(it.text)) return [it];
  const chars = [...it.text];
  const total = chars.reduce((s, c) => s + advance(c), 0);
  const spaces = chars.filter((c) => c === ' ').length;
  const glyphs = (total - 0.3 * spaces) * (size ?? 0);
  const wide = size !== undefined && spaces > 0 && glyphs + 0.3 * spaces * size < it.w;
  const scale = wide ? (size ?? 0) : total > 0 ? it.w / total : 0;
  const space = wide ? (it.w - glyphs) / spaces : 0.3 * scale;
  const out: TextItem[] = [];
  let x = it.x;
  let word = '';
  let wx = x;
  for (const c of chars) {
    if (c === ' ') {
      if (word) out.push({ ...it, text: word, x: wx, w: x - wx });
      word = '';
    } else {
      if (!word) wx = x;
      word += c;
    }
    x += c === ' ' ? space : advance(c) * scale;
  }
  if (word) out.push({ ...it, text: word, x: wx, w: x - wx });
  return out;
}
