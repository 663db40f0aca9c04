// Positioned page text → space-aligned layout text, the shape `pdftotext -layout` prints, so that the layout
// reader (src/read/layout) and every table, narrative and form parser behind it read PDFs unchanged. Items on
// one baseline make a line; items that touch make one chunk (a cell's text); chunks sit at character columns
// proportional to their x (amounts by their right edge, as tables print them right-aligned). Every chunk
// keeps its box, so the cells read from the text can be given their place on the page.
import type { PageText, TextItem } from './page-text.js';
import { type CellOf, ruledCells, sameColumns } from './ruled.js';

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

/** A line that is one row of a ruled table: the table's column count and, per cell with text, its first column and span. */
export interface RuledRow {
  /** The table (its column boundaries, the same object on every page of the table). */
  table: readonly number[];
  n: number;
  /** Cells with text: first column, columns covered, span in the line. */
  cells: { col: number; span: number; start: number; end: number }[];
}

/** Layout text of a document and, per line (0-based), its page, the spans of its chunks, and its cells when it is a ruled row. */
export interface Rendered {
  text: string;
  lines: { page: number; spans: Span[]; ruled?: RuledRow }[];
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

/** Items of one cell of a ruled table joined into one chunk, whatever the gaps between them. */
function cellChunk(items: readonly TextItem[]): Chunk {
  const [first, ...rest] = chunksOf(items);
  const out: Chunk = { text: first?.text ?? '', box: first?.box ?? { x: 0, y: 0, w: 0, h: 0 }, parts: [...(first?.parts ?? [])] };
  for (const c of rest) {
    out.text += ' ';
    for (const p of c.parts) out.parts.push({ ...p, at: p.at + out.text.length });
    out.text += c.text;
    out.box = unionBox(out.box, c.box);
  }
  return out;
}

/** A line's chunks: one per ruled cell it has text in, the rest joined as chunksOf does; left to right. */
function lineChunks(items: readonly TextItem[], cells: ReadonlyMap<TextItem, CellOf>): { chunk: Chunk; cell?: CellOf }[] {
  const free: TextItem[] = [];
  const byCell = new Map<string, { cell: CellOf; items: TextItem[] }>();
  for (const it of items) {
    const cell = cells.get(it);
    if (!cell) {
      free.push(it);
      continue;
    }
    const k = `${cell.l}|${cell.r}`;
    const g = byCell.get(k);
    if (g) g.items.push(it);
    else byCell.set(k, { cell, items: [it] });
  }
  const out: { chunk: Chunk; cell?: CellOf }[] = chunksOf(free).map((chunk) => ({ chunk }));
  for (const g of byCell.values()) out.push({ chunk: cellChunk(g.items), cell: g.cell });
  return out.sort((a, b) => a.chunk.box.x - b.chunk.box.x);
}

/** Character column where each column of a ruled table starts, per table (its column boundaries), and the table each boundaries stand for. */
interface TableColumns {
  starts: Map<readonly number[], number[]>;
  keys: Map<readonly number[], readonly number[]>;
}

// Every column of a ruled table is as wide as its widest single-column cell, a merged cell widening the last
// column it covers when it needs more; columns are RULED_SPACES apart. A table continued on the next page has
// the same rules, hence the same key and the same character columns.
const RULED_SPACES = CELL_SPACES;

/** Start columns of every ruled table of the document. */
function tableColumns(lines: readonly { chunk: Chunk; cell?: CellOf }[][]): TableColumns {
  // Tables by their boundaries, one entry for all pages of a table.
  const known: (readonly number[])[] = [];
  const canon = new Map<readonly number[], readonly number[]>();
  const keyOf = (b: readonly number[]): readonly number[] => {
    let k = canon.get(b);
    if (!k) {
      k = known.find((x) => sameColumns(x, b)) ?? b;
      if (k === b) known.push(b);
      canon.set(b, k);
    }
    return k;
  };
  const widths = new Map<readonly number[], number[]>();
  const spans: { cell: CellOf; len: number }[] = [];
  for (const line of lines)
    for (const { chunk, cell } of line) {
      if (!cell) continue;
      let w = widths.get(keyOf(cell.bounds));
      if (!w) widths.set(keyOf(cell.bounds), (w = new Array<number>(cell.n).fill(0)));
      if (cell.r === cell.l + 1) w[cell.l] = Math.max(w[cell.l] ?? 0, chunk.text.length);
      else spans.push({ cell, len: chunk.text.length });
    }
  spans.sort((a, b) => a.cell.r - a.cell.l - (b.cell.r - b.cell.l));
  for (const { cell, len } of spans) {
    const w = widths.get(keyOf(cell.bounds));
    if (!w) continue;
    let have = RULED_SPACES * (cell.r - cell.l - 1);
    for (let k = cell.l; k < cell.r; k++) have += w[k] ?? 0;
    if (have < len) w[cell.r - 1] = (w[cell.r - 1] ?? 0) + len - have;
  }
  const out = new Map<readonly number[], number[]>();
  for (const [key, w] of widths) {
    const starts: number[] = [];
    let at = 0;
    for (const x of w) {
      starts.push(at);
      at += x + RULED_SPACES;
    }
    out.set(key, starts);
  }
  for (const [b, k] of canon) out.set(b, out.get(k) ?? []);
  return { starts: out, keys: canon };
}

interface PageLines {
  items: TextItem[][];
  chunks: { chunk: Chunk; cell?: CellOf }[][];
}

/** A page's lines and their chunks. */
function pageLines(page: PageText): PageLines {
  const items = lineItems(page.items).filter((l) => l.length > 0);
  const cells = ruledCells(page);
  return { items, chunks: items.map((l) => (cells.size > 0 ? lineChunks(l, cells) : chunksOf(l).map((chunk) => ({ chunk })))) };
}

// A chunk in a ruled cell starts at its cell's first column, as a tab-separated text puts a merged cell's
// label in the first of its columns; other chunks are placed by assignColumns among themselves.
/** One page's lines of text, and their spans. */
function renderPage({ items: lines, chunks }: PageLines, table: TableColumns): { text: string; spans: Span[]; ruled?: RuledRow }[] {
  const out: { text: string; spans: Span[]; ruled?: RuledRow }[] = [];
  const cols = assignColumns(chunks.map((cs) => cs.filter((c) => !c.cell).map((c) => c.chunk)));
  let prev: { cy: number; h: number } | undefined;
  lines.forEach((items, li) => {
    const first = items[0] as TextItem;
    const cy = first.y + first.h / 2;
    // A wide vertical gap is a blank line, as in pdftotext's output (paragraphs, a table after its title).
    if (prev && cy - prev.cy > 2 * Math.max(prev.h, first.h)) out.push({ text: '', spans: [] });
    prev = { cy, h: first.h };
    let text = '';
    const spans: Span[] = [];
    let free = 0;
    const line = chunks[li] ?? [];
    // A line whose every chunk lies in a cell of one ruled table is a row of that table.
    const bounds = line[0]?.cell?.bounds;
    const ruled: RuledRow | undefined = bounds && line.every((c) => c.cell?.bounds === bounds) ? { table: table.keys.get(bounds) ?? bounds, n: bounds.length - 1, cells: [] } : undefined;
    for (const { chunk: c, cell } of line) {
      const want = cell ? (table.starts.get(cell.bounds)?.[cell.l] ?? 0) : (cols[li]?.[free++] ?? 0);
      const start = text.length === 0 ? want : Math.max(want, text.length + 2);
      text += ' '.repeat(start - text.length) + c.text;
      // One span per item, so that a cell the layout reader cuts out of a chunk gets only its own items' box.
      for (const p of c.parts) spans.push({ start: start + p.at, end: start + p.at + p.len, box: p.box });
      if (ruled && cell) ruled.cells.push({ col: cell.l, span: cell.r - cell.l, start, end: text.length });
    }
    out.push(ruled ? { text, spans, ruled } : { text, spans });
  });
  return out;
}

/** The layout text of the pages: each page after the first starts with a line holding a form feed. */
export function renderPages(pages: readonly PageText[]): Rendered {
  const texts: string[] = [];
  const lines: Rendered['lines'] = [];
  const read = pages.map(pageLines);
  const table = tableColumns(read.flatMap((p) => p.chunks));
  pages.forEach((p, i) => {
    if (i > 0) {
      texts.push('\f');
      lines.push({ page: p.page, spans: [] });
    }
    for (const l of renderPage(read[i] as PageLines, table)) {
      texts.push(l.text);
      lines.push(l.ruled ? { page: p.page, spans: l.spans, ruled: l.ruled } : { page: p.page, spans: l.spans });
    }
  });
  return { text: texts.join('\n'), lines };
}
