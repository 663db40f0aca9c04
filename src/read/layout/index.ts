// `pdftotext -layout` text → lines of aligned cells, in the shape the tab-separated reader produces, so that
// the format-independent table parser can read both. The steps: pages and page furniture (pages.ts), tokens
// per line (tokens.ts), table regions anchored on their unit lines (regions.ts), per page the body's columns
// (align.ts) named by the header's labels (header.ts, segment.ts), one grid across pages (grid.ts), cells
// (cells.ts). Lines outside tables stay one trimmed cell each.
import type { LineSource, SourceCell, SourceLine } from '../lines/types.js';
import { gridCells, proseCell, tokenCells } from './cells.js';
import { buildGrid, type Grid } from './grid.js';
import { furniture, pageNumbers, pageNumbersOf } from './pages.js';
import { findRegions, type TableRegion } from './regions.js';
import { buildSegment, type SegmentModel } from './segment.js';
import { chunks, lazyTokens, type Token } from './tokens.js';

// A table line with more tokens than this is not a printed table row; its region is left as prose
// rather than aligned (the alignment is quadratic in tokens per line).
const MAX_TOKENS_PER_ROW = 120;

/** Read space-aligned text (pdftotext -layout): table rows become cells aligned to their header's columns. */
export function readLayoutText(text: string, file: string): LineSource {
  // Most text has no carriage returns, and a plain split is much cheaper than the pattern.
  const plain = !text.includes('\r');
  const raws = plain ? text.split('\n') : text.split(/\r\n|\n|\r/);
  try {
    return { file, format: 'layout-text', ...readLines(raws, plain ? pageNumbersOf(text, raws) : pageNumbers(raws)) };
  } catch {
    // Never throw on content: fall back to one cell per line.
    const lines = raws.map((raw, i): SourceLine => {
      const cell = proseCell(raw);
      return { no: i + 1, raw, text: cell.text, cells: [cell] };
    });
    return { file, format: 'layout-text', lines, dropped: [] };
  }
}

function readLines(raws: readonly string[], pages: readonly number[]): Pick<LineSource, 'lines' | 'dropped'> {
  const furnitureLines = furniture(raws, pages);
  const tokens = lazyTokens(raws);
  // Lines outside tables get their prose cell at the end, so table lines never compute one.
  const cells: (SourceCell[] | undefined)[] = new Array<SourceCell[] | undefined>(raws.length);
  for (const region of findRegions({ raws, pages, tokens, dropped: new Set(furnitureLines.keys()) })) {
    const tooWide = (i: number): boolean => tokens(i).length > MAX_TOKENS_PER_ROW;
    if (region.segments.some((s) => s.header.some(tooWide) || s.body.some(tooWide))) continue;
    const models = region.segments.map((s) => buildSegment(s.header.map((i) => tokens(i)), s.body.map((i) => tokens(i))));
    if (models.some((m) => m === undefined)) continue;
    for (const i of region.meta) cells[i] = tokenCells(chunks(raws[i] ?? ''));
    placeTable(region, models.filter((m): m is SegmentModel => m !== undefined), raws, tokens, cells);
  }
  for (const i of furnitureLines.keys()) cells[i] = [{ text: '', start: 0, end: 0 }];
  const lines = raws.map((raw, i): SourceLine => {
    const cs = cells[i] ?? [proseCell(raw)];
    const text = cs.length === 1 ? (cs[0]?.text ?? '') : cs.map((c) => c.text).join('\t');
    return { no: i + 1, raw, text, cells: cs, page: pages[i] ?? 1 };
  });
  const dropped = [...furnitureLines].sort((a, b) => a[0] - b[0]).map(([i, reason]) => ({ no: i + 1, reason }));
  return { lines, dropped };
}

/** Put every header and body line of a table onto the table's grid. */
function placeTable(region: TableRegion, models: readonly SegmentModel[], raws: readonly string[], toks: (i: number) => Token[], cells: (SourceCell[] | undefined)[]): void {
  const grid: Grid = buildGrid(models);
  region.segments.forEach((seg, s) => {
    const model = models[s];
    const map = grid.maps[s] ?? [];
    if (!model) return;
    const nominal = nominalStarts(grid, model, map, grid.shifts[s] ?? 0);
    const emit = (lineIdx: number, segCols: readonly number[]): void => {
      const master = segCols.map((c) => map[c] ?? 0);
      cells[lineIdx] = gridCells(raws[lineIdx] ?? '', toks(lineIdx), master, nominal);
    };
    seg.header.forEach((i, k) => emit(i, model.header[k] ?? []));
    seg.body.forEach((i, k) => emit(i, model.body[k] ?? []));
  });
}

/** Where each grid column starts on this page: its own column's mean start, else the grid's, shifted back. */
function nominalStarts(grid: Grid, model: SegmentModel, map: readonly number[], shift: number): number[] {
  const out = grid.cols.map((c) => c.start - shift);
  map.forEach((g, s) => {
    const c = model.cols[s];
    if (c) out[g] = c.start;
  });
  return out;
}
