import type { Table } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { posOf, spanOf } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { frameOf } from './frame.js';
import { readGeneric } from './final.js';
import { handlerFor } from './kinds.js';
import { diag } from '../context.js';
export { findTableBlocks } from './blocks.js';

/** A table's line range [start, end) in the document's lines. */
export interface TableBlock {
  start: number;
  end: number;
}

/** Parse table blocks into typed tables, or generic ones for titles gongkai does not know. */
export function readTables(lines: readonly SourceLine[], blocks: readonly TableBlock[], ctx: ReadContext): Table[] {
  return blocks.map((block) => {
    const frame = frameOf(lines, block, ctx);
    const handler = handlerFor(frame.title);
    if (!handler) diag(ctx, 'info', 'generic-table', `table “${frame.title}” is not a known kind; kept as a generic table`, posOf(ctx, frame.titleLine));
    const headerRows = frame.header.map((l) => l.cells.map((c) => ({ text: c.text, pos: posOf(ctx, l, c) })));
    const { columns, rows } = (handler?.read ?? readGeneric)(frame, ctx);
    const last = lines[Math.max(block.start, block.end - 1)] ?? frame.titleLine;
    const table: Table = {
      kind: handler?.kind ?? 'generic',
      title: frame.title,
      columns,
      headerRows,
      rows,
      noData: frame.noData,
      notes: frame.notes.map((l) => ({ text: l.cells.map((c) => c.text).filter(Boolean).join(' '), pos: posOf(ctx, l) })),
      pos: spanOf(ctx, lines[block.start] ?? frame.titleLine, last),
    };
    if (frame.number) table.number = frame.number;
    if (frame.year !== undefined) table.year = frame.year;
    if (frame.bodyName) table.bodyName = frame.bodyName;
    if (frame.unit) table.unit = frame.unit;
    return table;
  });
}
