// Giving the cells the layout reader found their place on the PDF page: the union of the boxes of the chunks
// their character span covers on the rendered line.
import { normalizeText } from '../../lines/normalize.js';
import type { LineSource, SourceCell, SourceLine } from '../../lines/types.js';
import { type Box, type Rendered, type RuledRow, unionBox } from './layout.js';

const round = (v: number): number => Math.round(v * 100) / 100;

/** Set `box` on every non-empty cell of the source from the rendered lines' spans (lines are in the same order). */
export function attachBoxes(source: LineSource, rendered: Rendered): void {
  for (const line of source.lines) {
    const spans = rendered.lines[line.no - 1]?.spans;
    if (!spans || spans.length === 0) continue;
    for (const cell of line.cells) {
      if (cell.end <= cell.start) continue;
      let box: Box | undefined;
      for (const s of spans) if (s.start < cell.end && cell.start < s.end) box = box ? unionBox(box, s.box) : s.box;
      if (box) cell.box = { x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) };
    }
  }
}

// The layout reader finds a table's columns from the positions of its text; a ruled table says them. A row
// of a ruled table gets one cell per column of the table, a merged cell's text in the first column it
// covers. The tab-separated reader spreads a header label over the empty cells after it on every header row
// but the lowest (numbering rows 1 2 3 … aside); the layout text's header is not spread so, so a merged cell
// of such a row is written into every column it covers. A row holding one label across the whole table
// (一、政府采购情况) is a caption, not a column label, and stays in the first column; body rows (from the
// table's first amount on) keep merged cells in their first column (a 合计 over code and name is one name).
/** Give every line that is a row of a ruled table the cells its rules make. */
export function ruledRows(source: LineSource, rendered: Rendered): void {
  const rows: { line: SourceLine; ruled: RuledRow; texts: string[] }[] = [];
  // Header rows that spread their merged cells: per table, those before its first amount but the lowest.
  // Two tables may have the same columns: a line of text outside the rules (a title) starts a new one.
  const spread = new Set<SourceLine>();
  const tables: { header: SourceLine[]; body: boolean }[] = [];
  let open = new Map<readonly number[], { header: SourceLine[]; body: boolean }>();
  for (const line of source.lines) {
    const ruled = rendered.lines[line.no - 1]?.ruled;
    if (!ruled || ruled.cells.length === 0) {
      if (line.text.trim() !== '') open = new Map();
      continue;
    }
    const texts = ruled.cells.map((c) => normalizeText(line.raw.slice(c.start, c.end)).trim());
    rows.push({ line, ruled, texts });
    let t = open.get(ruled.table);
    if (!t) {
      open.set(ruled.table, (t = { header: [], body: false }));
      tables.push(t);
    }
    if (t.body) continue;
    if (texts.some((x) => AMOUNT_RE.test(x))) t.body = true;
    else if (!texts.every((x) => NUMBERING_RE.test(x))) t.header.push(line);
  }
  for (const t of tables) for (const l of t.header.slice(0, -1)) spread.add(l);
  for (const { line, ruled, texts } of rows) {
    const only = ruled.cells.length === 1 ? ruled.cells[0] : undefined;
    const wide = spread.has(line) && !(only && only.span === ruled.n);
    const cells: SourceCell[] = [];
    let at = 0;
    for (let col = 0; col < ruled.n; col++) {
      const k = ruled.cells.findIndex((x) => x.col <= col && col < x.col + (wide ? x.span : 1));
      const c = ruled.cells[k];
      if (c) {
        cells.push({ text: texts[k] ?? '', start: c.start, end: c.end });
        at = c.end;
      } else cells.push({ text: '', start: at, end: at });
    }
    line.cells = cells;
    line.text = cells.map((c) => c.text).join('\t');
  }
}

const AMOUNT_RE = /^-?[\d,]*\d\.\d{2}$/;
const NUMBERING_RE = /^(?:\d{1,3}|栏次|行次)?$/;
