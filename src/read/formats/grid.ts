import { splitTabs } from '../lines/tsv.js';
import type { LineSource, SourceLine } from '../lines/types.js';
import { type Container, type Extracted, ReadFailure } from './types.js';

/** A cell of a structured container before merged cells are laid out: its text and how many rows/columns it covers. */
export interface SpanCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/**
 * Lay out merged cells on the grid they cover: a merged cell's text goes in its first (top-left) slot and the slots
 * it covers stay empty — what the tab-separated extractions print for merged headers (`收入\t\t支出\t\t\t`). Every row
 * is padded to the table's width, as a grid is.
 */
export function expandSpans(rows: readonly SpanCell[][]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      const slots = grid[r]!;
      while (slots[c] !== undefined) c++;
      const rs = Math.max(1, Math.min(cell.rowspan, rows.length - r));
      const cs = Math.max(1, Math.min(cell.colspan, 1000));
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) grid[r + i]![c + j] = i === 0 && j === 0 ? cell.text : '';
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Join the pieces of one cell or paragraph (split by `<br>`, inner paragraphs, runs): Chinese runs on without a space. */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    // No-break spaces count as spaces here: pages pad with &nbsp;&nbsp; where print would leave a gap.
    const p = raw.replace(/[\t\r\n \u00a0]+/g, ' ').trim();
    if (!p) continue;
    if (out && !(CJK.test(out.slice(-1)) && CJK.test(p[0] ?? ''))) out += ' ';
    out += p;
  }
  return out;
}

/** Builds the `LineSource` of a structured container: numbered lines of cells, each cell with its `ref`. */
export class LineBuilder {
  readonly lines: SourceLine[] = [];
  constructor(readonly file: string) {}

  /** A line of one cell (a paragraph, a heading, a title row). Empty text adds nothing. */
  text(text: string, ref: string): void {
    const t = text.replace(/[\t\r\n]+/g, ' ').trim();
    if (t) this.row([t], ref);
  }

  /** A line of cells (a table row); tabs and line breaks inside a cell become spaces so the cells stay apart. */
  row(cells: readonly string[], ref: string, cellRef?: (i: number) => string): void {
    const raw = cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t');
    const split = splitTabs(raw);
    const line: SourceLine = { no: this.lines.length + 1, raw, text: split.map((c) => c.text).join('\t'), cells: split, ref };
    if (cellRef) split.forEach((c, i) => (c.ref = cellRef(i)));
    this.lines.push(line);
  }

  /** A blank line (between blocks); never two in a row, never first. */
  blank(): void {
    const last = this.lines[this.lines.length - 1];
    if (!last || last.text === '') return;
    this.lines.push({ no: this.lines.length + 1, raw: '', text: '', cells: [{ text: '', start: 0, end: 0 }] });
  }

  /** The lines as a source; a container without any text is refused. */
  done(container: Container, extra: Omit<Extracted, 'source' | 'container'> = {}, empty = `the ${container.toUpperCase()} file holds no text`): Extracted {
    while (this.lines.length > 0 && this.lines[this.lines.length - 1]!.text === '') this.lines.pop();
    if (!this.lines.some((l) => l.text.trim() !== '')) throw new ReadFailure('no-text', empty);
    const source: LineSource = { file: this.file, format: 'tsv-text', lines: this.lines, dropped: [] };
    return { source, container, ...extra };
  }
}
