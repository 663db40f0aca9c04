// Positioned page text → space-aligned layout text, the shape `pdftotext -layout` prints, so that the layout
// reader (src/read/layout) and every table, narrative and form parser behind it read PDFs unchanged. Items on
// one baseline make a line; items that touch make one chunk (a cell's text); chunks sit at character columns
// proportional to their x (amounts by their right edge, as tables print them right-aligned). Every chunk
// keeps its box, so the cells read from the text can be given their place on the page.
import type { PageText, TextItem } from './page-text.js';

/** A box on a page in PDF points from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a text item of a rendered line came from: its character span and its box on the page. */
export interface Span {
  start: number;
  end: number;
  box: Box;
}

/** Layout text of a document and, per line (0-based), its page and the spans of its chunks. */
export interface Rendered {
  text: string;
  lines: { page: number; spans: Span[] }[];
}

interface Chunk {
  text: string;
  box: Box;
  /** Its items: where each starts in the chunk's text, its length and its box. */
  parts: { at: number; len: number; box: Box }[];
}

// A gap narrower than this share of the font size is inside a word; up to CELL_GAP it is a word space; wider
// gaps separate cells (two or more spaces in the text, as the layout reader expects between cells).
const TIGHT = 0.2;
const CELL_GAP = 0.8;

/** Union of two boxes. */
export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

const boxOf = (it: TextItem): Box => ({ x: it.x, y: it.y, w: it.w, h: it.h });

/** Items grouped into lines (top to bottom), each line's items left to right. */
export function lineItems(items: readonly TextItem[]): TextItem[][] {
  const sorted = [...items].sort((a, b) => a.y + a.h / 2 - (b.y + b.h / 2) || a.x - b.x);
  const lines: { cy: number; h: number; items: TextItem[] }[] = [];
  for (const it of sorted) {
    const cy = it.y + it.h / 2;
    const cur = lines[lines.length - 1];
    if (cur && Math.abs(cy - cur.cy) <= 0.45 * Math.min(cur.h, it.h)) cur.items.push(it);
    else lines.push({ cy, h: it.h, items: [it] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.x - b.x));
}

/** Items of one line joined into chunks: touching items are one text, a word gap is one space. */
export function chunksOf(items: readonly TextItem[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | undefined;
  let size = 0;
  for (const it of items) {
    const gap = cur ? it.x - (cur.box.x + cur.box.w) : Infinity;
    const em = Math.max(size, it.h);
    if (cur && gap <= CELL_GAP * em) {
      cur.text += gap > TIGHT * em ? ' ' : '';
      cur.parts.push({ at: cur.text.length, len: it.text.length, box: boxOf(it) });
      cur.text += it.text;
      cur.box = unionBox(cur.box, boxOf(it));
      size = Math.max(size, it.h);
      continue;
    }
    if (cur) out.push(cur);
    cur = { text: it.text, box: boxOf(it), parts: [{ at: 0, len: it.text.length, box: boxOf(it) }] };
    size = it.h;
  }
  if (cur) out.push(cur);
  return out;
}

// Spaces between a chunk and one that lies wholly right of it on paper. pdftotext's columns drift by a few
// characters between the header and the rows; the layout reader joins a label to a column within 2 characters
// of it, so cells are kept wider apart than that (measured on the corpus: 3 to 4 read every amount as
// pdftotext's text does, 2 or 5 and more do not).
const CELL_SPACES = 4;

// Columns are assigned as pdftotext -layout does (poppler's physical layout): chunks taken left to right by
// their left edge; a chunk starts two columns after every chunk that ends left of it on paper, and, under a
// chunk it overlaps on paper, at the character of that chunk above its left edge. This keeps the order
// of edges across lines (so columns line up and labels stay over the columns they head) while ideographs,
// twice as wide as digits on paper, take one character each.
/** Start column of every chunk of a page (same shape as the lines). */
export function assignColumns(lines: readonly (readonly Chunk[])[]): number[][] {
  const all = lines.flatMap((cs, li) => cs.map((c, k) => ({ c, li, k, col: 0 })));
  all.sort((a, b) => a.c.box.x - b.c.box.x || a.li - b.li);
  for (let i = 0; i < all.length; i++) {
    const f = all[i];
    if (!f) continue;
    const x = f.c.box.x;
    let col = 0;
    for (let j = 0; j < i; j++) {
      const g = all[j];
      if (!g) continue;
      const len = g.c.text.length;
      const right = g.c.box.x + g.c.box.w;
      let at: number;
      if (x >= right - 0.01) at = g.col + len + CELL_SPACES;
      else {
        // Characters of g whose middle lies left of f's left edge (g's characters taken as equally wide).
        const cw = g.c.box.w / Math.max(1, len);
        at = g.col + Math.min(len, Math.max(0, Math.floor((x - g.c.box.x) / cw + 0.5)));
      }
      if (at > col) col = at;
    }
    f.col = col;
  }
  const out = lines.map((cs) => new Array<number>(cs.length).fill(0));
  for (const f of all) (out[f.li] as number[])[f.k] = f.col;
  return out;
}

/** One page's lines of text, and their spans. */
function renderPage(page: PageText): { text: string; spans: Span[] }[] {
  const out: { text: string; spans: Span[] }[] = [];
  const lines = lineItems(page.items).filter((l) => l.length > 0);
  const chunks = lines.map(chunksOf);
  const cols = assignColumns(chunks);
  let prev: { cy: number; h: number } | undefined;
  lines.forEach((items, li) => {
    const first = items[0] as TextItem;
    const cy = first.y + first.h / 2;
    // A wide vertical gap is a blank line, as in pdftotext's output (paragraphs, a table after its title).
    if (prev && cy - prev.cy > 2 * Math.max(prev.h, first.h)) out.push({ text: '', spans: [] });
    prev = { cy, h: first.h };
    let text = '';
    const spans: Span[] = [];
    (chunks[li] ?? []).forEach((c, k) => {
      const want = cols[li]?.[k] ?? 0;
      const start = text.length === 0 ? want : Math.max(want, text.length + 2);
      text += ' '.repeat(start - text.length) + c.text;
      // One span per item, so that a cell the layout reader cuts out of a chunk gets only its own items' box.
      for (const p of c.parts) spans.push({ start: start + p.at, end: start + p.at + p.len, box: p.box });
    });
    out.push({ text, spans });
  });
  return out;
}

/** The layout text of the pages: each page after the first starts with a line holding a form feed. */
export function renderPages(pages: readonly PageText[]): Rendered {
  const texts: string[] = [];
  const lines: Rendered['lines'] = [];
  pages.forEach((p, i) => {
    if (i > 0) {
      texts.push('\f');
      lines.push({ page: p.page, spans: [] });
    }
    for (const l of renderPage(p)) {
      texts.push(l.text);
      lines.push({ page: p.page, spans: l.spans });
    }
  });
  return { text: texts.join('\n'), lines };
}
